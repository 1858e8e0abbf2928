import { bahttext } from "bahttext";
import { fromSatang, toSatang } from "../money";

/**
 * How a Thai government paper writes dates, money and places: Buddhist-Era dates in Bangkok time
 * ("15 มีนาคม 2564"), baht in figures with grouping ("250,000.50") and in words
 * ("สองแสนห้าหมื่นบาทห้าสิบสตางค์"), and "ตำบล…อำเภอ…จังหวัด…".
 */

const TIME_ZONE = "Asia/Bangkok";
const DATE = new Intl.DateTimeFormat("th-TH-u-ca-buddhist", { timeZone: TIME_ZONE, day: "numeric", month: "long", year: "numeric" });
const SHORT_DATE = new Intl.DateTimeFormat("th-TH-u-ca-buddhist", { timeZone: TIME_ZONE, day: "numeric", month: "short", year: "numeric" });
const TIME = new Intl.DateTimeFormat("en-GB", { timeZone: TIME_ZONE, hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const COUNT = new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 });

/**
 * The instant a value names. A date-only string ("2021-03-15") is that calendar day: noon UTC, which
 * is the same day in Bangkok, so no time zone can move it to the 14th or the 16th.
 */
export function toInstant(value: Date | string): Date {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new Error("Invalid date");
    return value;
  }
  const day = DATE_ONLY.exec(value.trim());
  const instant = day ? new Date(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3]), 12)) : new Date(value);
  if (Number.isNaN(instant.getTime()) || (day && instant.getUTCDate() !== Number(day[3]))) throw new Error(`"${value}" is not a date`);
  return instant;
}

/** "15 มีนาคม 2564": the day in Bangkok, month in full, Buddhist-Era year. */
export const thaiDate = (value: Date | string): string => DATE.format(toInstant(value));

/** "15 มี.ค. 2564": the same day with the month abbreviated, for narrow table columns. */
export const thaiShortDate = (value: Date | string): string => SHORT_DATE.format(toInstant(value));

/** "15 มีนาคม 2564 เวลา 09:30 น.": date and Bangkok time (24-hour, hour:minute). */
export const thaiDateTime = (value: Date | string): string => `${thaiDate(value)} เวลา ${thaiTime(value)} น.`;

/** "09:30": the Bangkok hour and minute. */
export const thaiTime = (value: Date | string): string => TIME.format(toInstant(value));

/** The amount in Thai words, read from the exact baht string: "250000.50" → "สองแสนห้าหมื่นบาทห้าสิบสตางค์". */
export function bahtWords(amount: string): string {
  // Normalised first ("12.5" → "12.50", at most 12 digits of baht), so bahttext only ever reads a
  // two-decimal string and slices the satang off it; no float arithmetic touches the amount.
  return bahttext(fromSatang(toSatang(amount)));
}

/** The amount in figures with thousands grouped and two decimals: "250000.5" → "250,000.50". */
export function bahtFigures(amount: string): string {
  const [whole, fraction] = fromSatang(toSatang(amount)).split(".");
  const negative = whole.startsWith("-");
  const digits = negative ? whole.slice(1) : whole;
  return `${negative ? "-" : ""}${digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",")}.${fraction}`;
}

/** A count with thousands grouped: 12345 → "12,345". */
export const thaiCount = (value: number): string => COUNT.format(value);

const prefixed = (prefix: string, name: string): string => (name.startsWith(prefix) ? name : `${prefix}${name}`);

/** "ตำบลท่าช้าง อำเภอเมืองนครราชสีมา จังหวัดนครราชสีมา"; Bangkok's are แขวง and เขต. */
export function thaiPlace(tambonName: string, districtName: string, provinceName: string): string {
  if (provinceName === "กรุงเทพมหานคร") return `${prefixed("แขวง", tambonName)} ${prefixed("เขต", districtName)} ${provinceName}`;
  return `${prefixed("ตำบล", tambonName)} ${prefixed("อำเภอ", districtName)} ${prefixed("จังหวัด", provinceName)}`;
}

/** "จังหวัดนครนายก" (Bangkok is กรุงเทพมหานคร, no prefix). */
export const thaiProvince = (provinceName: string): string => (provinceName === "กรุงเทพมหานคร" ? provinceName : prefixed("จังหวัด", provinceName));

/** "ตำบลท่าช้าง" (or "แขวง…" in Bangkok). */
export const thaiTambon = (tambonName: string, provinceName: string): string =>
  prefixed(provinceName === "กรุงเทพมหานคร" ? "แขวง" : "ตำบล", tambonName);
