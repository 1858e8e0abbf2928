import { MAX_BODY, badInput } from "@change-leaders/common";
import type { CellValue } from "exceljs";
import type { LeaderFields } from "./leader.validation";

/**
 * The first worksheet of an .xlsx workbook (sent as base64) as records of cells, like `readCsv`'s: the
 * record number is the worksheet's row number (the header usually row 1), empty rows are skipped.
 * `cellText` then turns each cell into the text the same cell has in the CSV Excel saves.
 */

type ExcelJs = typeof import("exceljs");

/** A cell as the import reads it: a CSV field is always a string; a worksheet's may be typed. */
export type Cell = string | number | boolean | Date | null | undefined;

/** The longest base64 workbook taken: the request body a service accepts (MAX_BODY), which bounds a CSV too. */
export const MAX_XLSX_BASE64 = byteSize(MAX_BODY);

const refuse = (reason: string, message: string, messageTh: string) => badInput("xlsx", message, { messageTh, reason });

export async function* readXlsx(base64: string): AsyncGenerator<{ record: number; fields: Cell[] }> {
  const sheet = await firstWorksheet(base64);
  for (let number = 1; number <= sheet.rowCount; number++) {
    const row = sheet.findRow(number);
    if (!row?.hasValues) continue;
    // row.values is 1-based: index 0 is always empty
    const values = row.values as CellValue[];
    yield { record: number, fields: Array.from(values.slice(1), plain) };
  }
}

async function firstWorksheet(base64: string) {
  if (base64.length > MAX_XLSX_BASE64) {
    throw refuse(
      "FILE_TOO_LARGE",
      `The workbook is over ${MAX_BODY} in base64, the most an import takes`,
      `ไฟล์ Excel ใหญ่เกิน ${MAX_BODY} (เมื่อเข้ารหัส base64) กรุณาแบ่งเป็นหลายไฟล์`,
    );
  }
  const bytes = Buffer.from(base64, "base64");
  if (bytes.subarray(0, 4).equals(OLE2)) {
    throw refuse(
      "XLS_NOT_XLSX",
      "This is an old .xls workbook: save it as .xlsx (Excel Workbook) or CSV UTF-8",
      "ไฟล์นี้เป็น Excel รุ่นเก่า (.xls) กรุณาบันทึกเป็น .xlsx (Excel Workbook) หรือ CSV UTF-8 แล้วนำเข้าใหม่",
    );
  }
  const notXlsx = () => refuse("NOT_XLSX", "xlsx is not an .xlsx workbook in base64", "ไฟล์ที่ส่งมาไม่ใช่ไฟล์ Excel (.xlsx) กรุณาตรวจสอบไฟล์แล้วนำเข้าใหม่");
  if (!bytes.subarray(0, 4).equals(ZIP)) throw notXlsx();
  // exceljs is loaded with the first workbook, not with the service; Node's import() of a CommonJS module gives its
  // exports as `default`, a bundler's or jest's (with interop) as the namespace too
  const loaded = (await import("exceljs")) as ExcelJs & { default?: ExcelJs };
  const { Workbook } = loaded.default ?? loaded;
  const workbook = new Workbook();
  try {
    // exceljs types its argument as its own `Buffer` (an ArrayBuffer); it hands it to JSZip, which takes a Node Buffer
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw notXlsx();
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw notXlsx();
  return sheet;
}

/** An .xlsx is a zip; an .xls an OLE2 compound file. */
const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const OLE2 = Buffer.from([0xd0, 0xcf, 0x11, 0xe0]);

/** exceljs's shapes of a value (rich text, a formula's result, a link) reduced to the value shown. */
function plain(value: CellValue): Cell {
  if (value === null || typeof value !== "object" || value instanceof Date) return value;
  if ("richText" in value) return value.richText.map((run) => run.text).join("");
  if ("result" in value) return plain(value.result);
  if ("formula" in value || "sharedFormula" in value) return null;
  if ("hyperlink" in value) return plain(value.text as CellValue);
  if ("error" in value) return value.error;
  return String(value);
}

/**
 * The text of one cell, as the CSV Excel saves from the same sheet would hold it; a CSV field (a string)
 * comes back as it is. Numbers lose nothing (1101700230705, not 1.1017E+12). A date cell is the calendar
 * day it shows: exceljs gives it at UTC midnight (Excel dates have no zone), so it is read in UTC; a year
 * above 2400 is a date typed in the Buddhist Era into a Gregorian sheet, handed on as d/m/yyyy for the
 * import to read as it reads a CSV's. A number whose leading zero Excel dropped gets it back only where
 * there is a single reading (see `restoreZero`); any other number is its digits, for the usual checks.
 */
export function cellText(value: Cell, field?: keyof LeaderFields): string {
  if (typeof value === "string") return value;
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return dayText(value);
  const text = String(value);
  return typeof value === "number" && field ? restoreZero(field, text) : text;
}

/**
 * Excel stores a typed 0812345678 as the number 812345678. Put back the zero where exactly one Thai
 * number has those digits: nine digits starting 6, 8 or 9 can only be a mobile (0 + 9 digits), eight
 * starting 2–7 only a landline (0 + 8 digits); twelve digits only a national ID (always 13) that starts
 * with 0. Anything else is left as its digits (212345678 could be 02-123-4567 missing a digit or
 * 0212345678 that is no number at all): the import refuses it as it refuses the same text in a CSV,
 * naming the field.
 */
function restoreZero(field: keyof LeaderFields, digits: string): string {
  if (field === "phone" && /^(?:[689]\d{8}|[2-7]\d{7})$/.test(digits)) return `0${digits}`;
  if (field === "nationalId" && /^[1-9]\d{11}$/.test(digits)) return `0${digits}`;
  return digits;
}

function dayText(date: Date): string {
  if (Number.isNaN(date.getTime())) return "";
  const [year, month, day] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
  const two = (n: number) => String(n).padStart(2, "0");
  if (year > 2400) return `${two(day)}/${two(month)}/${year}`;
  return `${String(year).padStart(4, "0")}-${two(month)}-${two(day)}`;
}

/** "50mb" (the body parser's notation, 1 mb = 2^20 bytes) in bytes. */
function byteSize(size: string): number {
  const match = /^(\d+)(b|kb|mb|gb)$/i.exec(size);
  if (!match) throw new Error(`not a size: ${size}`);
  return Number(match[1]) * 1024 ** ["b", "kb", "mb", "gb"].indexOf(match[2].toLowerCase());
}
