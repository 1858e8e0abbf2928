import { type Identity, type RequestContext, Role, forbidden, requireIdentity, requireProvince } from "@change-leaders/common";

/** Roles that read leaders (every role; PARTNER without personal data). */
const WRITERS: ReadonlySet<Role> = new Set([Role.ADMIN, Role.PROVINCE_OFFICER]);

/**
 * The access rules of leaders (SPEC sections 2 and 5.7), in one place:
 * - every authenticated role reads; a PROVINCE_OFFICER only the leaders of their province (`provinceScope`);
 * - ADMIN writes anywhere, a PROVINCE_OFFICER only in their province; nobody else writes;
 * - a PARTNER never receives national ID, phone or birth date.
 */
export const leaderAccess = {
  /** FORBIDDEN unless the caller may read a leader of `provinceCode` (the province scope of common). */
  assertRead(ctx: RequestContext, provinceCode: string): void {
    requireProvince(ctx, provinceCode, "This leader belongs to another province");
  },

  /** FORBIDDEN unless the caller may create or change leaders in `provinceCode` (any province when omitted). */
  assertWrite(ctx: RequestContext, provinceCode?: string): Identity {
    const identity = requireIdentity(ctx);
    if (!WRITERS.has(identity.role)) throw forbidden("Your role may not change leaders");
    if (provinceCode !== undefined) requireProvince(ctx, provinceCode, "Officers change only the leaders of their own province");
    return identity;
  },

  /** True when the caller may receive personal data at all. */
  seesPersonalData(ctx: RequestContext): boolean {
    return requireIdentity(ctx).role !== Role.PARTNER;
  },
};
