/**
 * The programme's own ranges for values every input may carry: fiscal years, dates, text and
 * names. One definition, used by the argument validator that every resolver of every subgraph runs
 * (validation.ts) and by the checks that also serve CSV imports. Each rule answers a fault in
 * English and in Thai (the panel shows the Thai one next to the field), or null when the value is fine.
 */
export interface Fault {
  message: string;
  messageTh: string;
}

/** The Buddhist-Era fiscal years the system accepts: the programme began in FY 2564; 2560–2600 leaves room both ways. */
export const MIN_FISCAL_YEAR = 2560;
export const MAX_FISCAL_YEAR = 2600;

export function fiscalYearFault(field: string, year: number): Fault | null {
  if (Number.isInteger(year) && year >= MIN_FISCAL_YEAR && year <= MAX_FISCAL_YEAR) return null;
  const gregorian = Number.isInteger(year) && year + 543 >= MIN_FISCAL_YEAR && year + 543 <= MAX_FISCAL_YEAR;
  return {
    message: `${field} is a Buddhist-Era fiscal year from ${MIN_FISCAL_YEAR} to ${MAX_FISCAL_YEAR}${gregorian ? ` (${year} looks Gregorian: ${year + 543})` : ""}`,
    messageTh: `ปีงบประมาณต้องเป็นปี พ.ศ. ${MIN_FISCAL_YEAR}–${MAX_FISCAL_YEAR}${gregorian ? ` (${year} เป็นปี ค.ศ. ใช่ พ.ศ. ${year + 543} หรือไม่)` : ""}`,
  };
}

/** The fiscal year (Buddhist Era) a date falls in: FY 2564 = 1 Oct 2020 – 30 Sep 2021. */
export function fiscalYearOf(date: Date): number {
  const year = date.getUTCFullYear() + 543;
  return date.getUTCMonth() >= 9 ? year + 1 : year;
}

/** The first day (YYYY-MM-DD) of a Buddhist-Era fiscal year: FY 2564 began on 1 October 2020. */
export const fiscalYearFirstDay = (fiscalYear: number): string => `${fiscalYear - 544}-10-01`;

/** The last day (YYYY-MM-DD) of a Buddhist-Era fiscal year: FY 2564 ended on 30 September 2021. */
export const fiscalYearLastDay = (fiscalYear: number): string => `${fiscalYear - 543}-09-30`;

/** The day (YYYY-MM-DD) an instant falls on in Thailand (UTC+7, no daylight saving). */
export function bangkokDay(instant: Date): string {
  return new Date(instant.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
}

/** The first and last day of the accepted fiscal years (FY 2560 began on 1 October 2016). */
export const PROGRAMME_FIRST_DAY = fiscalYearFirstDay(MIN_FISCAL_YEAR);
export const PROGRAMME_LAST_DAY = fiscalYearLastDay(MAX_FISCAL_YEAR);

/** A programme date (an event, a report, a plaque): within the accepted fiscal years. `day` is YYYY-MM-DD. */
export function programmeDateFault(field: string, day: string): Fault | null {
  if (day >= PROGRAMME_FIRST_DAY && day <= PROGRAMME_LAST_DAY) return null;
  const year = Number(day.slice(0, 4));
  const buddhist = year - 543 >= Number(PROGRAMME_FIRST_DAY.slice(0, 4)) && year - 543 <= Number(PROGRAMME_LAST_DAY.slice(0, 4));
  return {
    message: `${field} is a date from ${PROGRAMME_FIRST_DAY} to ${PROGRAMME_LAST_DAY}${buddhist ? ` (${year} looks Buddhist-Era: write ${year - 543})` : ""}`,
    messageTh: `วันที่ต้องอยู่ในช่วงปีงบประมาณ ${MIN_FISCAL_YEAR}–${MAX_FISCAL_YEAR}${buddhist ? ` (ปี ${year} เป็น พ.ศ. ให้กรอกเป็น ค.ศ. ${year - 543})` : ""}`,
  };
}

/** A leader's age in whole years on the day of the check: community leaders are 15 to 110. */
export const MIN_LEADER_AGE = 15;
export const MAX_LEADER_AGE = 110;

export function birthDateFault(field: string, day: string, today = new Date().toISOString().slice(0, 10)): Fault | null {
  const shift = (years: number) => `${String(Number(today.slice(0, 4)) - years).padStart(4, "0")}${today.slice(4)}`;
  if (day <= shift(MIN_LEADER_AGE) && day > shift(MAX_LEADER_AGE + 1)) return null;
  return {
    message: `${field} makes the leader ${MIN_LEADER_AGE} to ${MAX_LEADER_AGE} years old today`,
    messageTh: `วันเกิดต้องทำให้ผู้นำมีอายุ ${MIN_LEADER_AGE}–${MAX_LEADER_AGE} ปี`,
  };
}

/**
 * Characters no input holds: C0 controls but tab, newline and carriage return, DEL and C1 controls,
 * and the bidirectional embeddings, overrides and isolates that make text read other than it is stored.
 */
// eslint-disable-next-line no-control-regex
const CONTROL_OR_BIDI = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u;
/** Characters that take no space: a name made of them, or holding them, is not a name. */
const ZERO_WIDTH = /[\u200b-\u200f\u2060\u061c\ufeff\u00ad]/u;

/** A high surrogate not followed by a low one, or a low one without its high one: half a character. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Any text of any input: well formed (no lone surrogate), no control or direction characters. */
export function textFault(field: string, value: string): Fault | null {
  if (!LONE_SURROGATE.test(value) && !CONTROL_OR_BIDI.test(value)) return null;
  return {
    message: `${field} holds a control, text-direction or broken character`,
    messageTh: "ข้อความมีอักขระควบคุม อักขระกำหนดทิศทาง หรืออักขระที่เสีย กรุณาพิมพ์ใหม่",
  };
}

/** A person's title or name, already trimmed: printable on one line, with at least one letter. */
export function nameFault(field: string, value: string): Fault | null {
  const fault = textFault(field, value);
  if (fault) return fault;
  if (!ZERO_WIDTH.test(value) && !/[\t\n\r]/.test(value) && /\p{L}/u.test(value)) return null;
  return {
    message: `${field} is a name on one line, with letters and no invisible characters`,
    messageTh: "ชื่อต้องมีตัวอักษร อยู่ในบรรทัดเดียว และไม่มีอักขระที่มองไม่เห็น",
  };
}
