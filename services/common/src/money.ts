import type { ValueTransformer } from "typeorm";
import { badInput } from "./errors";

/**
 * Money in baht, exactly: a decimal string with two places ("1000000.00") at the edges (GraphQL's
 * Baht scalar, messages), whole satang (`Satang`, a bigint) inside, from the parsed argument to the
 * column and back. No baht amount is ever a JavaScript `number`.
 */
export type Baht = string;

/** An amount of money inside the system: whole satang (1 baht = 100 satang). */
export type Satang = bigint;

const BAHT_PATTERN = /^(-)?(\d{1,12})(?:\.(\d{1,2}))?$/;

/** Satang from a baht string such as "1000000.00", "12.5" or "7"; BAD_USER_INPUT for anything else. */
export function toSatang(value: string, field = "amount"): bigint {
  const match = BAHT_PATTERN.exec(value.trim());
  if (!match) throw badInput(field, `"${value}" is not an amount in baht with at most two decimals`);
  const [, sign, whole, fraction = ""] = match;
  const satang = BigInt(whole) * 100n + BigInt(fraction.padEnd(2, "0"));
  return sign ? -satang : satang;
}

/** The baht string of an amount in satang: always two decimals, no grouping. */
export function fromSatang(satang: bigint): Baht {
  const negative = satang < 0n;
  const abs = negative ? -satang : satang;
  const whole = abs / 100n;
  const fraction = (abs % 100n).toString().padStart(2, "0");
  return `${negative ? "-" : ""}${whole}.${fraction}`;
}

/** Normalises a baht string to two decimals ("12.5" → "12.50"). */
export const normaliseBaht = (value: string, field?: string): Baht => fromSatang(toSatang(value, field));

/** Reads a satang column as the drivers return it: number (SQLite), string (MySQL) or bigint. */
export function satangFromColumn(value: unknown): bigint {
  if (typeof value === "bigint") return value;
  if (typeof value === "number") {
    if (!Number.isSafeInteger(value)) throw new Error(`Satang column holds a non-integer ${value}`);
    return BigInt(value);
  }
  if (typeof value === "string" && /^-?\d+$/.test(value)) return BigInt(value);
  if (value === null || value === undefined) return 0n;
  throw new Error(`Cannot read satang from ${String(value)}`);
}

/** The one transformer for money columns: stored as whole satang (`bigint`), held as `Satang`. */
export const satangColumn: ValueTransformer = {
  to: (value: Satang | null | undefined) => (value === null || value === undefined ? value : value.toString()),
  from: (value: unknown) => (value === null || value === undefined ? value : satangFromColumn(value)),
};

/**
 * JSON of a record that may hold money (a history snapshot): `Satang` written as its baht string,
 * as the API shows it, since JSON has no bigint.
 */
export const moneyJson = (value: unknown): string => JSON.stringify(value, (_key, v: unknown) => (typeof v === "bigint" ? fromSatang(v) : v));
