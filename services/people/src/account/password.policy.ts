import { DEMO_PASSWORD, badInput } from "@change-leaders/common";
import { dictionary } from "@zxcvbn-ts/language-common";

/**
 * What a panel password must be (finding 8 of the attack audit: `aaaaaaaaaa`, `1234567890`, ten
 * spaces and the demo password were accepted). NIST SP 800-63B's rules: long, checked against
 * passwords known from breaches (zxcvbn-ts's list of ~49,000), no composition rules.
 */
export const MIN_PASSWORD_CHARACTERS = 12;
/** bcrypt reads only the first 72 bytes: a longer password would match any with the same start. */
export const MAX_PASSWORD_BYTES = 72;
const MIN_DISTINCT_CHARACTERS = 5;

const COMMON_PASSWORDS: ReadonlySet<string> = new Set(dictionary.passwords.map((p) => p.toLowerCase()));

/** Why a password may not be set: in Thai for the admin who typed it, and in English for the log. */
export interface PasswordProblem {
  th: string;
  en: string;
}

/** Why this password may not be set, or undefined when it may. */
export function passwordProblem(password: string, username: string): PasswordProblem | undefined {
  const characters = [...password];
  if (characters.length < MIN_PASSWORD_CHARACTERS) {
    return { th: `รหัสผ่านต้องยาวอย่างน้อย ${MIN_PASSWORD_CHARACTERS} ตัวอักษร`, en: `A password needs at least ${MIN_PASSWORD_CHARACTERS} characters` };
  }
  if (Buffer.byteLength(password, "utf8") > MAX_PASSWORD_BYTES) {
    return {
      th: `รหัสผ่านยาวเกิน ${MAX_PASSWORD_BYTES} ไบต์ (อักษรไทยหนึ่งตัวใช้ 3 ไบต์)`,
      en: `A password may have at most ${MAX_PASSWORD_BYTES} bytes (a Thai letter takes 3)`,
    };
  }
  if (new Set(characters.filter((c) => c.trim() !== "")).size < MIN_DISTINCT_CHARACTERS) {
    return {
      th: `รหัสผ่านต้องมีตัวอักษรต่างกันอย่างน้อย ${MIN_DISTINCT_CHARACTERS} ตัว`,
      en: `A password needs at least ${MIN_DISTINCT_CHARACTERS} different characters`,
    };
  }
  const lower = password.toLowerCase();
  if (password === DEMO_PASSWORD || COMMON_PASSWORDS.has(lower)) {
    return { th: "รหัสผ่านนี้เป็นรหัสที่ใช้กันทั่วไปหรือเคยรั่วไหล ใช้รหัสอื่น", en: "This password is common or known from a breach" };
  }
  if (username && lower.includes(username.toLowerCase())) {
    return { th: "รหัสผ่านต้องไม่มีชื่อผู้ใช้อยู่ในนั้น", en: "A password may not contain the username" };
  }
  return undefined;
}

/** Refuses a password that breaks the policy: BAD_USER_INPUT naming the field it came in, the reason in Thai. */
export function assertPasswordAllowed(field: string, password: string, username: string): void {
  const problem = passwordProblem(password, username);
  if (problem) throw badInput(field, problem.en, { messageTh: problem.th });
}
