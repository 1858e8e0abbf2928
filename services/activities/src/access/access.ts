import { type Identity, type RequestContext, Role, badInput, forbidden, provinceScope, requireIdentity } from "@change-leaders/common";

/**
 * Who may see and change what in this subgraph (SPEC section 2). Nothing here is personal data, so
 * every role reads; a province officer reads and writes only their own province (common's
 * `provinceScope`); admins do anything.
 */

/** True when the caller may read a record of `provinceCode` (null: the department's own). */
export function mayRead(ctx: RequestContext, provinceCode: string | null): boolean {
  const scope = provinceScope(ctx);
  return scope === null || provinceCode === null || provinceCode === scope;
}

/** The caller, when they may change records of `provinceCode` (null: the department's, admins only); FORBIDDEN otherwise. */
export function requireWriteAccess(ctx: RequestContext, provinceCode: string | null): Identity {
  const identity = requireIdentity(ctx);
  if (identity.role === Role.ADMIN) return identity;
  if (identity.role === Role.PROVINCE_OFFICER && provinceCode !== null && provinceScope(ctx) === provinceCode) return identity;
  throw forbidden(
    provinceCode === null ? "Only administrators change the department's records" : `You may not change records of province ${provinceCode}`,
  );
}

/** The province of a tambon: the first two digits of its official code. */
export const provinceOfTambon = (tambonCode: string) => tambonCode.slice(0, 2);

/** A URL that a browser opens safely: http or https, nothing else (no javascript:, data:, file:). */
export function isHttpUrl(value: string): boolean {
  if (value.length > 500) return false;
  try {
    const url = new URL(value);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname.length > 0;
  } catch {
    return false;
  }
}

/** BAD_USER_INPUT on `field` unless `value` is an http(s) URL. */
export function requireHttpUrl(value: string, field: string): string {
  if (!isHttpUrl(value))
    throw badInput(field, `"${value.slice(0, 80)}" is not an http or https link`, {
      messageTh: "ลิงก์ไม่ถูกต้อง ต้องขึ้นต้นด้วย http:// หรือ https:// เช่น https://www.facebook.com/…",
    });
  return value;
}
