/**
 * The panel's CSV export, one cell at a time. A spreadsheet runs a cell that starts with `=`, `+`, `-` or
 * `@` (or a tab or carriage return before one) as a formula: a first name `=HYPERLINK("http://evil/","x")`
 * would become a live link in the officer's Excel. Such a cell is prefixed with a single quote `'` (OWASP's
 * rule), so it shows as typed. A number stays a number: a value that is a plain decimal (`-500.00`, a
 * negative amount) cannot carry a formula and is written as is, so sums over an amount column still work.
 */

const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

/** The text of one cell: a formula start neutralised, then quoted when it holds `"`, `,`, CR or LF. */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return "";
  let text = typeof value === "object" ? JSON.stringify(value) : String(value);
  if (typeof value !== "number" && FORMULA_START.test(text) && !PLAIN_NUMBER.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * A whole CSV: the header (the column names, or `header` when the columns have words of their own) and one line per
 * row, CRLF between lines as RFC 4180 says.
 */
export function toCsv(columns: string[], rows: Record<string, unknown>[], header: string[] = columns): string {
  return tableCsv({ header, cells: rows.map((row) => columns.map((c) => row[c])) });
}

/** An export as the panel makes it, before it is a file: the header's words and each row's cells, column by column. */
export interface ExportTable {
  header: string[];
  cells: unknown[][];
}

/** The CSV of a table: what the Excel export writes too, cell for cell (see `tableXlsx`). */
export function tableCsv({ header, cells }: ExportTable): string {
  return [header, ...cells].map((line) => line.map(csvCell).join(",")).join("\r\n");
}
