/** Thai words for an amount of baht, as written on Thai cheques and receipts: 1234.50 → "หนึ่งพันสองร้อยสามสิบสี่บาทห้าสิบสตางค์". */
const DIGITS = ["ศูนย์", "หนึ่ง", "สอง", "สาม", "สี่", "ห้า", "หก", "เจ็ด", "แปด", "เก้า"];
const PLACES = ["", "สิบ", "ร้อย", "พัน", "หมื่น", "แสน"];

/** Words for 0 < n < 1,000,000 (no "ล้าน"). */
function belowMillion(n: number, afterMillions = false): string {
  const digits = String(n).split("").map(Number).reverse();
  let words = "";
  for (let place = digits.length - 1; place >= 0; place--) {
    const digit = digits[place];
    if (digit === 0) continue;
    if (place === 0 && digit === 1 && (n > 10 || afterMillions)) words += "เอ็ด";
    else if (place === 1 && digit === 1) words += "";
    else if (place === 1 && digit === 2) words += "ยี่";
    else words += DIGITS[digit];
    words += PLACES[place];
  }
  return words;
}

/** Words for a whole number ≥ 0, with "ล้าน" repeated for each million group. */
function integerWords(n: bigint): string {
  if (n === 0n) return "";
  const million = 1_000_000n;
  const high = n / million;
  const low = Number(n % million);
  return (high > 0n ? integerWords(high) + "ล้าน" : "") + (low > 0 ? belowMillion(low, high > 0n) : "");
}

/** `amount` is a Baht string such as "250000.00" (the API's Baht scalar) or a number. */
export function bahttext(amount: string | number): string {
  const text = typeof amount === "number" ? amount.toFixed(2) : amount.trim();
  const match = /^(-)?(\d+)(?:\.(\d{1,2}))?$/.exec(text);
  if (!match) throw new Error(`not an amount of baht: ${amount}`);
  const [, minus, whole, fraction = "0"] = match;
  const baht = BigInt(whole);
  const satang = Number(fraction.padEnd(2, "0"));
  if (baht === 0n && satang === 0) return "ศูนย์บาทถ้วน";
  const bahtWords = baht > 0n ? integerWords(baht) + "บาท" : "";
  const satangWords = satang > 0 ? belowMillion(satang) + "สตางค์" : "ถ้วน";
  return (minus ? "ลบ" : "") + bahtWords + satangWords;
}
