import type { PartnerScope } from "./types";

/** What a partner's key may read: counts and results only, or also the leaders' names (each read logged). */
export const PARTNER_SCOPES: PartnerScope[] = ["AGGREGATE", "NAMED"];

/** A key is refused after its expiry (keys made before scopes have none). */
export const isExpired = (expiresAt: string | null, now = Date.now()) => expiresAt !== null && new Date(expiresAt).getTime() <= now;

/** Today's Bangkok calendar date a number of years ahead, as an ISO date (the expiry the form offers: one year). */
export function bangkokDateYearsAhead(years: number, now = new Date()): string {
  const bangkok = new Date(now.getTime() + 7 * 60 * 60 * 1000);
  bangkok.setUTCFullYear(bangkok.getUTCFullYear() + years);
  return bangkok.toISOString().slice(0, 10);
}

/** The moment a key picked to expire on a date stops working: the start of that Bangkok day. */
export const expiryInstant = (isoDate: string) => `${isoDate}T00:00:00+07:00`;
