import { Workbook } from "exceljs";
import { type Cell, MAX_XLSX_BASE64, cellText, readXlsx } from "../xlsx";

/** A workbook of one sheet with these rows, as the base64 the mutation takes. */
async function base64Of(rows: unknown[][], extra?: (workbook: Workbook) => void): Promise<string> {
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet("ผู้นำ");
  rows.forEach((row, i) => {
    if (row.length) sheet.getRow(i + 1).values = row as Cell[];
  });
  extra?.(workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer()).toString("base64");
}

async function read(base64: string) {
  const records: { record: number; fields: Cell[] }[] = [];
  for await (const record of readXlsx(base64)) records.push(record);
  return records;
}

describe("a worksheet cell as the text of the same cell in a CSV", () => {
  it.each<[string, Cell, Parameters<typeof cellText>[1], string]>([
    ["text as it is", " 081-234-5678 ", "phone", " 081-234-5678 "],
    ["a national ID typed as a number, all 13 digits", 1101700230705, "nationalId", "1101700230705"],
    ["a national ID whose leading 0 Excel dropped", 101700230705, "nationalId", "0101700230705"],
    ["a national ID of 11 digits: left for the check to refuse", 10170023070, "nationalId", "10170023070"],
    ["a mobile whose 0 Excel dropped", 812345678, "phone", "0812345678"],
    ["a landline whose 0 Excel dropped", 21234567, "phone", "021234567"],
    ["nine digits from 2: no one reading, left for the check to refuse", 212345678, "phone", "212345678"],
    ["a mobile with the country code", 66812345678, "phone", "66812345678"],
    ["a village number", 3, "villageNo", "3"],
    ["a village number that is not whole", 3.5, "villageNo", "3.5"],
    ["a tambon code", 220102, "tambonCode", "220102"],
    ["a fiscal year", 2567, "cohortYear", "2567"],
    ["a date cell: the calendar day at UTC", new Date(Date.UTC(1964, 2, 15)), "birthDate", "1964-03-15"],
    ["a date cell with a time late in the day", new Date(Date.UTC(1964, 2, 15, 23, 59)), "birthDate", "1964-03-15"],
    ["a Buddhist-Era date typed into a Gregorian sheet", new Date(Date.UTC(2507, 2, 15)), "birthDate", "15/03/2507"],
    ["an empty cell", null, "phone", ""],
    ["a yes/no cell", true, "status", "true"],
  ])("%s", (_, value, field, text) => {
    expect(cellText(value, field)).toBe(text);
  });
});

describe("reading the first worksheet", () => {
  it("numbers records by row, skips empty rows and reduces rich text, formulas and links to what they show", async () => {
    const base64 = await base64Of([
      ["ชื่อ", "วันเกิด"],
      [],
      [{ richText: [{ text: "สม" }, { text: "ชาย" }] }, new Date(Date.UTC(1964, 2, 15))],
      [
        { formula: "1+1", result: 2 },
        { text: "ลิงก์", hyperlink: "https://example.org/" },
      ],
    ]);
    expect(await read(base64)).toEqual([
      { record: 1, fields: ["ชื่อ", "วันเกิด"] },
      { record: 3, fields: ["สมชาย", new Date(Date.UTC(1964, 2, 15))] },
      { record: 4, fields: [2, "ลิงก์"] },
    ]);
  });

  it("reads the first sheet in tab order, not the others", async () => {
    const base64 = await base64Of([["แผ่นแรก"]], (workbook) => workbook.addWorksheet("อื่น").addRow(["แผ่นที่สอง"]));
    expect(await read(base64)).toEqual([{ record: 1, fields: ["แผ่นแรก"] }]);
  });

  it.each([
    ["base64 that is not a zip (a CSV)", Buffer.from("คำนำหน้า,ชื่อ\nนาย,ก").toString("base64"), "NOT_XLSX"],
    ["a zip that is no workbook", Buffer.from("PK\x03\x04 truncated").toString("base64"), "NOT_XLSX"],
    ["an old .xls", Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]).toString("base64"), "XLS_NOT_XLSX"],
    ["more base64 than a request may carry", "A".repeat(MAX_XLSX_BASE64 + 4), "FILE_TOO_LARGE"],
  ])("refuses %s with one Thai error", async (_, base64, reason) => {
    const error = await read(base64).catch((e: unknown) => e);
    expect(error).toMatchObject({ extensions: { code: "BAD_USER_INPUT", field: "xlsx", reason } });
    expect((error as { extensions: { messageTh: string } }).extensions.messageTh).toMatch(/[ก-๙]/);
  });

  it("takes base64 up to the request body limit (50 MB)", () => {
    expect(MAX_XLSX_BASE64).toBe(50 * 1024 * 1024);
  });
});
