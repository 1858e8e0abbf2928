/**
 * One spelling per login. MariaDB's `utf8mb4_unicode_ci` compares `ju\u200bdge`, `JUDGE` and
 * `júdge` equal to `judge`, while a rate-limit bucket keyed on the raw text gives each spelling its
 * own budget: the lookup and the limit must agree on who is meant. Usernames are made only in this
 * shape (account.inputs.ts), so a login in any other shape names nobody.
 */
export const USERNAME_PATTERN = /^[a-z0-9][a-z0-9._-]{2,63}$/;

/** Zero-width, bidi, other format (Cf) and control (Cc) characters: invisible, so never part of a name. */
const INVISIBLE = /[\p{Cc}\p{Cf}\u2028\u2029]/gu;

/** NFKC and lower case: full-width `ｊｕｄｇｅ` and `JUDGE` are `judge`. */
function folded(raw: string): string {
  return raw.normalize("NFKC").trim().toLowerCase();
}

/** The username a login means, or undefined when the text cannot be anyone's (then no lookup runs). */
export function canonicalUsername(raw: string): string | undefined {
  const username = folded(raw);
  return USERNAME_PATTERN.test(username) ? username : undefined;
}

/**
 * What a login attempt is counted against: its canonical username, and for a spelling that names
 * nobody, the same text without its invisible characters, so `ju\u200bdge` spends `judge`'s budget
 * (and `júdge`, which names nobody, cannot buy tries for anyone).
 */
export function loginAttemptKey(raw: string): string {
  return canonicalUsername(raw) ?? folded(raw).replace(INVISIBLE, "");
}
