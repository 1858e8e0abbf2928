import { type Identity, type RequestContext, Role, forbidden, requireIdentity } from "@change-leaders/common";

/** Roles that read leaders (every role; PARTNER without personal data). */
const WRITERS: ReadonlySet<Role> = new Set([Role.ADMIN, Role.PROVINCE_OFFICER]);

/**
 * The access rules of leaders (SPEC sections 2 and 5.7), in one place:
 * - every authenticated role reads; a PROVINCE_OFFICER only the leaders of their province;
 * - ADMIN writes anywhere, a PROVINCE_OFFICER only in their province; nobody else writes;
 * - a PARTNER never receives national ID, phone or birth date.
 */
export const leaderAccess = {
  /** The province a caller is confined to, or null when they may read every province. */
  readScope(ctx: RequestContext): string | null {
    const identity = requireIdentity(ctx);
    if (identity.role !== Role.PROVINCE_OFFICER) return null;
    if (!identity.provinceCode) throw forbidden("This officer account has no province");
    return identity.provinceCode;
  },

  /** FORBIDDEN unless the caller may read a leader of `provinceCode`. */
  assertRead(ctx: RequestContext, provinceCode: string): void {
    const scope = this.readScope(ctx);
    if (scope !== null && scope !== provinceCode) throw forbidden("This leader belongs to another province");
  },

  /** FORBIDDEN unless the caller may create or change leaders in `provinceCode` (any province when omitted). */
  assertWrite(ctx: RequestContext, provinceCode?: string): Identity {
    const identity = requireIdentity(ctx);
    if (!WRITERS.has(identity.role)) throw forbidden("Your role may not change leaders");
    if (identity.role === Role.PROVINCE_OFFICER && provinceCode !== undefined && identity.provinceCode !== provinceCode) {
      throw forbidden("Officers change only the leaders of their own province");
    }
    return identity;
  },

  /** True when the caller may receive personal data at all. */
  seesPersonalData(ctx: RequestContext): boolean {
    return requireIdentity(ctx).role !== Role.PARTNER;
  },
};
