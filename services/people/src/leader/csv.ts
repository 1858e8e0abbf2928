import { Readable } from "node:stream";
import { CsvError as ParseError, type Options, parse } from "csv-parse";

/**
 * RFC 4180 CSV through csv-parse: comma-separated fields, CRLF, LF or lone CR line ends (mixed too),
 * fields in double quotes that may hold commas, line breaks and doubled quotes (""). A leading UTF-8
 * BOM is skipped. It yields one record at a time, the text going in 64 KB at a time, so a
 * 100,000-row file is never held as one array of rows.
 */
export class CsvError extends Error {
  constructor(
    message: string,
    readonly record: number,
  ) {
    super(message);
  }
}

const OPTIONS: Options = {
  bom: true,
  record_delimiter: ["\r\n", "\n", "\r"],
  // a row with fewer or more fields than the header is the import's to judge, field by field
  relax_column_count: true,
  // blank lines come through as [""] so that they keep their record number, then are skipped here
  skip_empty_lines: false,
};
/**
 * The parser's stream must not destroy itself on a parse error: it would drop the records it had
 * already parsed from the same chunk, which the import still reports on.
 */
const STREAM = { autoDestroy: false } as Options;
const CHUNK_BYTES = 64 * 1024;

/** What csv-parse's error codes mean, in the words the import has always reported. */
const MESSAGES: Record<string, string> = {
  CSV_QUOTE_NOT_CLOSED: "A quoted field is not closed",
  CSV_INVALID_CLOSING_QUOTE: "A quoted field must end at a comma or a line end",
  INVALID_OPENING_QUOTE: "A field with a quote must be quoted as a whole",
};

/** The records of `text`, each with its number (the first record, usually the header, is 1; a blank line counts). */
export async function* readCsv(text: string): AsyncGenerator<{ record: number; fields: string[] }> {
  const bytes = Buffer.from(text, "utf8");
  const input = Readable.from(chunks(bytes), { objectMode: false });
  const parser = parse({ ...OPTIONS, ...STREAM });
  input.pipe(parser);
  let record = 0;
  try {
    for await (const fields of parser as AsyncIterable<string[]>) {
      record += 1;
      // skip blank lines (a record of one empty field)
      if (fields.length === 1 && fields[0] === "") continue;
      yield { record, fields };
    }
  } catch (error) {
    if (error instanceof ParseError) throw new CsvError(MESSAGES[error.code] ?? error.message, record + 1);
    throw error;
  } finally {
    input.destroy();
    parser.destroy();
  }
}

function* chunks(bytes: Buffer): Generator<Buffer> {
  for (let i = 0; i < bytes.length; i += CHUNK_BYTES) yield bytes.subarray(i, i + CHUNK_BYTES);
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
