import { fiscalYearFault } from "@change-leaders/common";

/**
 * The field rules of a leader, as plain functions shared by the GraphQL inputs and the CSV import.
 */

/** The check digit of the first 12 digits of a Thai national ID: (11 − Σ dᵢ·(13 − i) mod 11) mod 10. */
export function nationalIdCheckDigit(first12: string): number {
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(first12[i]) * (13 - i);
  return (11 - (sum % 11)) % 10;
}

/** True for 13 digits whose last is the mod-11 check digit of the first 12. */
export function isValidNationalId(value: string): boolean {
  return /^\d{13}$/.test(value) && nationalIdCheckDigit(value.slice(0, 12)) === Number(value[12]);
}

/** A national ID as people write it ("1-2345-67890-12-1", spaces) reduced to its digits. */
export const normaliseNationalId = (value: string) => value.replace(/[\s-]/g, "");

/**
 * A Thai phone number stored as 10 (mobile) or 9 (landline) digits starting with 0:
 * "081-234-5678", "081 234 5678", "+66 81 234 5678", "66812345678", "02-123-4567". Null when it is
 * not one.
 */
export function normalisePhone(value: string): string | null {
  let digits = value.replace(/[\s\-().]/g, "");
  if (digits.startsWith("+66")) digits = `0${digits.slice(3)}`;
  else if (/^66\d{8,9}$/.test(digits)) digits = `0${digits.slice(2)}`;
  if (/^0[689]\d{8}$/.test(digits)) return digits;
  if (/^0[2-7]\d{7}$/.test(digits)) return digits;
  return null;
}

/**
 * Names folded for the prefix search: trimmed, NFC, lower case (Thai has no case; English names do). Plain
 * `toLowerCase`: the same as `toLocaleLowerCase("en")` (English has no special casing), six times faster on an import.
 */
export const nameKey = (name: string) => name.trim().normalize("NFC").toLowerCase();

/** A fiscal year in the Buddhist Era the programme can have. */
export const isCohortYear = (year: number) => fiscalYearFault("cohortYear", year) === null;
