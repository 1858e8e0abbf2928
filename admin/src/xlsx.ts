import type { ExportTable } from "./csv";

type ExcelJs = typeof import("exceljs");

/** The .xlsx content type, for the download. */
export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** An amount as the API writes it ("250000.00", "-1500.5"): a number in the sheet, so that its column sums. */
const DECIMAL = /^-?\d+\.(\d+)$/;

/**
 * The Excel workbook of an export: one sheet, the same header and cells as its CSV (`tableCsv`). Codes and ids stay
 * text (a national ID, a phone's leading 0, a tambon code: whatever the API sends as a string of digits), numbers the
 * API sends as numbers and decimal amounts become numbers; a text cell is never a formula, so it needs no quote
 * before an `=` as the CSV does. exceljs (about a megabyte) is fetched the first time someone exports to Excel.
 */
export async function tableXlsx(sheetName: string, { header, cells }: ExportTable): Promise<ArrayBuffer> {
  const loaded = (await import("exceljs")) as ExcelJs & { default?: ExcelJs };
  const { Workbook } = loaded.default ?? loaded;
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet(sheetTitle(sheetName), { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.addRow(header).font = { bold: true };
  for (const line of cells) {
    const row = sheet.addRow(line.map(cellValue));
    line.forEach((value, i) => {
      const decimals = typeof value === "string" ? DECIMAL.exec(value)?.[1].length : undefined;
      if (decimals) row.getCell(i + 1).numFmt = `0.${"0".repeat(decimals)}`;
    });
  }
  header.forEach((title, i) => {
    sheet.getColumn(i + 1).width = Math.min(60, Math.max(10, title.length + 2));
  });
  return (await workbook.xlsx.writeBuffer()) as ArrayBuffer;
}

/** A cell's value in the sheet; the text is the CSV's (`csvCell`) but for the CSV's own quoting. */
function cellValue(value: unknown): string | number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "number") return Number.isFinite(value) ? value : String(value);
  if (typeof value === "string") return DECIMAL.test(value) ? Number(value) : value;
  return typeof value === "object" ? JSON.stringify(value) : String(value);
}

/** A sheet's name: at most 31 characters, none of : \ / ? * [ ]. */
const sheetTitle = (name: string) => name.replace(/[:\\/?*[\]]/g, " ").slice(0, 31) || "Sheet1";
