import { bahttext as words } from "bahttext";

/** The largest whole baht the package reads exactly (it works in JavaScript numbers): 999,999,999,999,999. */
const MAX_BAHT_DIGITS = 15;

/**
 * Thai words for an amount of baht, as written on Thai cheques and receipts: "1234.50" → "หนึ่งพันสองร้อยสามสิบสี่บาทห้าสิบสตางค์"
 * (the `bahttext` package, which reads as Google Sheets' BAHTTEXT does). `amount` is a Baht string such as
 * "250000.00" (the API's Baht scalar) or a number. The package answers "ศูนย์บาทถ้วน" for what it cannot read, so
 * what is not an amount, or is too large for it, is refused here instead.
 */
export function bahttext(amount: string | number): string {
  const text = typeof amount === "number" ? amount.toFixed(2) : amount.trim();
  const match = /^-?(\d+)(?:\.\d{1,2})?$/.exec(text);
  if (!match) throw new Error(`not an amount of baht: ${amount}`);
  if (match[1].replace(/^0+(?=\d)/, "").length > MAX_BAHT_DIGITS) throw new Error(`too large an amount of baht: ${amount}`);
  // the text, not a number: the package reads a string's satang digit by digit, so no float is involved
  return words(text);
}
