import { forbidden } from "./errors";
import { type RequestContext, requireIdentity } from "./context";
import { type Identity, Role } from "./identity";

/**
 * Where a caller's reach ends (SPEC section 2), the one place every subgraph asks: a province
 * officer is confined to their province; every other role has already been chosen by the resolver's
 * role decorator and reaches the whole country, but for inspectors, whose provinces are those of the
 * regions they serve each fiscal year (people's `inspectedProvinces`, asked by evaluation). An officer
 * account that names no province is refused (FORBIDDEN), never read as a made-up code that matches nothing.
 */

/** The province a caller is confined to (a PROVINCE_OFFICER's own), or null when they reach every province. */
export function provinceScope(ctx: RequestContext): string | null {
  const identity = requireIdentity(ctx);
  if (identity.role !== Role.PROVINCE_OFFICER) return null;
  if (!identity.provinceCode) throw forbidden("This officer account has no province");
  return identity.provinceCode;
}

/** The caller, unless they are confined to a province other than `provinceCode` (FORBIDDEN with `message`). */
export function requireProvince(ctx: RequestContext, provinceCode: string, message?: string): Identity {
  const scope = provinceScope(ctx);
  if (scope !== null && scope !== provinceCode) {
    throw forbidden(message ?? `A province officer of ${scope} may not act on province ${provinceCode}`);
  }
  return requireIdentity(ctx);
}
