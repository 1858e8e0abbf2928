/**
 * A small RFC 4180 CSV reader: comma-separated fields, CRLF or LF line ends, fields in double quotes
 * that may hold commas, line breaks and doubled quotes (""). A leading UTF-8 BOM is skipped. It yields
 * one record at a time, so a 100,000-row file is never held as one array of rows.
 */
export class CsvError extends Error {
  constructor(
    message: string,
    readonly record: number,
  ) {
    super(message);
  }
}

/** The records of `text`, each with its number (the first record, usually the header, is 1). */
export function* readCsv(text: string): Generator<{ record: number; fields: string[] }> {
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const n = text.length;
  let record = 0;
  while (i < n) {
    record += 1;
    const fields: string[] = [];
    for (;;) {
      let value: string;
      if (text[i] === '"') {
        let j = i + 1;
        let out = "";
        for (;;) {
          const q = text.indexOf('"', j);
          if (q === -1) throw new CsvError("A quoted field is not closed", record);
          out += text.slice(j, q);
          if (text[q + 1] === '"') {
            out += '"';
            j = q + 2;
          } else {
            j = q + 1;
            break;
          }
        }
        value = out;
        i = j;
        if (i < n && text[i] !== "," && text[i] !== "\n" && text[i] !== "\r") {
          throw new CsvError("A quoted field must end at a comma or a line end", record);
        }
      } else {
        let j = i;
        while (j < n) {
          const c = text.charCodeAt(j);
          if (c === 44 /* , */ || c === 10 /* \n */ || c === 13 /* \r */) break;
          j++;
        }
        value = text.slice(i, j);
        if (value.includes('"')) throw new CsvError("A field with a quote must be quoted as a whole", record);
        i = j;
      }
      fields.push(value);
      if (i >= n) break;
      if (text[i] === ",") {
        i++;
        continue;
      }
      // a line end: CRLF, LF or a lone CR
      if (text[i] === "\r" && text[i + 1] === "\n") i += 2;
      else i += 1;
      break;
    }
    // skip blank lines (a record of one empty field)
    if (fields.length === 1 && fields[0] === "") continue;
    yield { record, fields };
  }
}

/** Writes one CSV record, quoting where RFC 4180 needs it. */
export function csvLine(fields: (string | number | null | undefined)[]): string {
  return fields
    .map((field) => {
      const text = field == null ? "" : String(field);
      return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
    })
    .join(",");
}
