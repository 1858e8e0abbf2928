import { type Identity, type RequestContext, Role, forbidden, requireIdentity } from "@change-leaders/common";

/** A province officer acts only in their own province; other roles pass (their decorators already chose them). */
export function requireOwnProvince(ctx: RequestContext, provinceCode: string): Identity {
  const identity = requireIdentity(ctx);
  if (identity.role === Role.PROVINCE_OFFICER && identity.provinceCode !== provinceCode) {
    throw forbidden(`A province officer of ${identity.provinceCode ?? "no province"} may not act on province ${provinceCode}`);
  }
  return identity;
}
