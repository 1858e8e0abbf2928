import { describeEachDatabase, errorCodes, graphql } from "@change-leaders/common/testing";
import { type CellValue, Workbook } from "exceljs";
import { type TestSystem, startSystem } from "./support/system";

/**
 * Leaders imported from an .xlsx go through the same checks as from a CSV: a workbook of 10,000 leaders (dates as
 * date cells and as Buddhist-Era text, IDs, phones, codes as numeric cells) and its CSV twin give the same per-row
 * errors; the workbook without its bad rows writes every leader.
 */

const LEADERS = 10_000;
const HEADER = ["คำนำหน้า", "ชื่อ", "นามสกุล", "เพศ", "วันเกิด", "เลขประจำตัวประชาชน", "โทรศัพท์", "บทบาทในชุมชน", "รหัสตำบล", "หมู่ที่", "ปีงบประมาณ"];
const COLUMN = Object.fromEntries(
  ["title", "firstName", "lastName", "gender", "birthDate", "nationalId", "phone", "communityRole", "tambonCode", "villageNo", "cohortYear"].map(
    (field, i) => [field, i],
  ),
) as Record<string, number>;
const TAMBONS = ["220102", "220103", "220202", "220302", "450213", "450101", "100101", "500101"];

/** A valid Thai national ID (mod-11 check digit) from 12 digits. */
function nationalId(first12: string) {
  const sum = first12.split("").reduce((acc, digit, i) => acc + Number(digit) * (13 - i), 0);
  return first12 + String((11 - (sum % 11)) % 10);
}

/** One leader as its CSV fields and as the worksheet's cells (typed as a province's sheet types them). */
interface Row {
  csv: string[];
  xlsx: CellValue[];
  birthDate: string;
}

const two = (n: number) => String(n).padStart(2, "0");

function leader(i: number): Row {
  const [year, month, day] = [1960 + (i % 40), 1 + (i % 12), 1 + (i % 28)];
  const id = nationalId(String(310_000_000_000 + i));
  const phone = `08${String(10_000_000 + i).slice(-8)}`;
  const dashed = `${phone.slice(0, 3)}-${phone.slice(3, 6)}-${phone.slice(6)}`;
  const tambon = TAMBONS[i % TAMBONS.length];
  const be = `${two(day)}/${two(month)}/${year + 543}`;
  const csv = [i % 2 ? "นาง" : "นาย", `นำเข้า${i}`, `ตาราง${i % 997}`, i % 2 ? "หญิง" : "ชาย", be, id, i % 3 === 1 ? dashed : phone, "อาสาพัฒนาชุมชน"];
  csv.push(tambon, String(1 + (i % 12)), "2567");
  const xlsx: CellValue[] = [...csv];
  // a date cell on even rows (exceljs writes the calendar day: a UTC midnight), Buddhist-Era text on odd ones
  if (i % 2 === 0) xlsx[COLUMN.birthDate] = new Date(Date.UTC(year, month - 1, day));
  if (i % 4 !== 0) xlsx[COLUMN.nationalId] = Number(id);
  // a mobile typed as a number loses its 0 in Excel: 812345678
  if (i % 3 === 0) xlsx[COLUMN.phone] = Number(phone);
  if (i % 2 === 1) xlsx[COLUMN.tambonCode] = Number(tambon);
  xlsx[COLUMN.villageNo] = 1 + (i % 12);
  xlsx[COLUMN.cohortYear] = 2567;
  return { csv, xlsx, birthDate: `${year}-${two(month)}-${two(day)}` };
}

/** The same value in both files. */
const both = (row: Row, field: string, value: string, cell: CellValue = value) => {
  row.csv[COLUMN[field]] = value;
  row.xlsx[COLUMN[field]] = cell;
};

/** Twenty ways to get a row wrong, each with the field the import names; `rows` are the rows before it. */
const BAD: [string, string, (row: Row, rows: Row[]) => void][] = [
  [
    "a bad check digit (a numeric cell)",
    "nationalId",
    (row) => both(row, "nationalId", bump(row.csv[COLUMN.nationalId]), Number(bump(row.csv[COLUMN.nationalId]))),
  ],
  ["a bad check digit (text)", "nationalId", (row) => both(row, "nationalId", bump(row.csv[COLUMN.nationalId]))],
  ["an unknown tambon", "tambonCode", (row) => both(row, "tambonCode", "229999", 229999)],
  ["another unknown tambon", "tambonCode", (row) => both(row, "tambonCode", "999999")],
  ["a tambon code of five digits", "tambonCode", (row) => both(row, "tambonCode", "22010")],
  ["a future birth date (BE text)", "birthDate", (row) => both(row, "birthDate", "01/01/2600")],
  ["a future birth date (a date cell)", "birthDate", (row) => both(row, "birthDate", "01/01/2643", new Date(Date.UTC(2100, 0, 1)))],
  ["a day that does not exist", "birthDate", (row) => both(row, "birthDate", "31/02/2530")],
  ["a duplicate national ID (the row before's)", "nationalId", (row, rows) => both(row, "nationalId", rows[rows.length - 1].csv[COLUMN.nationalId])],
  ["another duplicate national ID", "nationalId", (row, rows) => both(row, "nationalId", rows[rows.length - 2].csv[COLUMN.nationalId])],
  ["a missing first name", "firstName", (row) => both(row, "firstName", "", null)],
  ["a missing title", "title", (row) => both(row, "title", "", null)],
  ["a first name too long", "firstName", (row) => both(row, "firstName", "ก".repeat(101))],
  ["a phone typed as a number with no one reading", "phone", (row) => both(row, "phone", "212345678", 212345678)],
  ["a phone too short", "phone", (row) => both(row, "phone", "12", 12)],
  ["a village number out of range", "villageNo", (row) => both(row, "villageNo", "150", 150)],
  ["a fiscal year that is not BE", "cohortYear", (row) => both(row, "cohortYear", "1999", 1999)],
  ["an unknown gender", "gender", (row) => both(row, "gender", "ไม่ระบุ")],
  ["a national ID of 12 digits (text)", "nationalId", (row) => both(row, "nationalId", "310000000001")],
  ["a name without letters", "lastName", (row) => both(row, "lastName", "12345", 12345)],
];
const bump = (id: string) => id.slice(0, 12) + String((Number(id[12]) + 1) % 10);
/** Where the bad rows go: spread over the file, none next to another. */
const BAD_AT = new Map(BAD.map((bad, k) => [137 + k * 487, bad]));

function leaders() {
  const rows: Row[] = [];
  const expected: [number, string][] = [];
  for (let i = 0; i < LEADERS; i++) {
    const row = leader(i);
    const bad = BAD_AT.get(i);
    if (bad) {
      bad[2](row, rows);
      expected.push([i + 2, bad[1]]);
    }
    rows.push(row);
  }
  // the first two share a birthday: as a date cell and as "15/03/2507"
  for (const row of rows.slice(0, 2))
    both(row, "birthDate", "15/03/2507", row.xlsx[COLUMN.birthDate] instanceof Date ? new Date(Date.UTC(1964, 2, 15)) : "15/03/2507");
  rows[0].birthDate = rows[1].birthDate = "1964-03-15";
  return { rows, expected };
}

const toCsv = (rows: Row[]) =>
  [HEADER, ...rows.map((row) => row.csv)]
    .map((fields) => fields.map((f) => (/[",\r\n]/.test(f) ? `"${f.replace(/"/g, '""')}"` : f)).join(","))
    .join("\r\n");

async function toXlsx(rows: (CellValue[] | undefined)[]): Promise<string> {
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet("ผู้นำ");
  sheet.addRow(HEADER);
  for (const row of rows) sheet.addRow(row ?? []);
  return Buffer.from(await workbook.xlsx.writeBuffer()).toString("base64");
}

interface Report {
  ok: boolean;
  dryRun: boolean;
  rowCount: number;
  createdCount: number;
  errorCount: number;
  leaderIds: string[];
  errors: { row: number; field: string; message: string }[];
}

describeEachDatabase("leaders imported from .xlsx", (dialect) => {
  let system: TestSystem;
  let admin: Record<string, string>;
  const { rows, expected } = leaders();
  const importLeaders = (variables: Record<string, unknown>) => graphql<{ importLeaders: Report }>(system.url, IMPORT, variables, admin);
  const total = async () => (await graphql<{ leaders: { totalCount: number } }>(system.url, COUNT, {}, admin)).data!.leaders.totalCount;

  beforeAll(async () => {
    system = await startSystem(dialect);
    admin = await system.loginAs("admin");
  });
  afterAll(() => system?.stop());

  it("reports the same per-row errors for a workbook and its CSV twin, and writes all the good rows of the workbook", async () => {
    const before = await total();
    const [csv, xlsx] = await Promise.all([
      importLeaders({ csv: toCsv(rows), dryRun: true }),
      toXlsx(rows.map((row) => row.xlsx)).then((file) => importLeaders({ xlsx: file, dryRun: true })),
    ]);
    expect(csv.errors).toBeUndefined();
    expect(xlsx.errors).toBeUndefined();
    const fromCsv = csv.data!.importLeaders;
    expect(fromCsv).toMatchObject({ ok: false, dryRun: true, rowCount: LEADERS, createdCount: 0, errorCount: BAD.length, leaderIds: [] });
    expect(fromCsv.errors.map((e) => [e.row, e.field])).toEqual(expected);
    expect(xlsx.data!.importLeaders).toEqual(fromCsv);

    const good = rows.filter((_, i) => !BAD_AT.has(i));
    const answer = await importLeaders({ xlsx: await toXlsx(good.map((row) => row.xlsx)) });
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.importLeaders).toMatchObject({ ok: true, dryRun: false, rowCount: 9_980, createdCount: 9_980, errorCount: 0, errors: [] });
    expect(await total()).toBe(before + 9_980);

    // the leaders written, in row order: a date cell and BE text are the same birthday; phones got their 0 back
    const ids = answer.data!.importLeaders.leaderIds;
    for (const i of [0, 1, 2, 3, 4, 5, 999, 5_000, 9_979]) {
      const { data } = await graphql<{ leader: Record<string, unknown> }>(system.url, LEADER, { id: ids[i] }, admin);
      const row = good[i];
      expect(data!.leader).toEqual({
        birthDate: row.birthDate,
        nationalId: row.csv[COLUMN.nationalId],
        phone: row.csv[COLUMN.phone].replace(/-/g, ""),
        tambonCode: row.csv[COLUMN.tambonCode],
        villageNo: Number(row.csv[COLUMN.villageNo]),
      });
    }
  }, 60_000);

  it("counts a workbook row as the CSV counts a line: a blank row in between keeps the numbers of the rows after it", async () => {
    const sample = [leader(20_000), leader(20_001), leader(20_002)];
    both(sample[2], "tambonCode", "229999");
    const csv = `${toCsv(sample.slice(0, 1))}\r\n\r\n${toCsv(sample.slice(1)).split("\r\n").slice(1).join("\r\n")}`;
    const [fromCsv, fromXlsx] = await Promise.all([
      importLeaders({ csv, dryRun: true }),
      toXlsx([sample[0].xlsx, undefined, sample[1].xlsx, sample[2].xlsx]).then((xlsx) => importLeaders({ xlsx, dryRun: true })),
    ]);
    expect(fromCsv.data!.importLeaders.errors.map((e) => [e.row, e.field])).toEqual([[5, "tambonCode"]]);
    expect(fromXlsx.data!.importLeaders).toEqual(fromCsv.data!.importLeaders);
  });

  it.each([
    ["both a CSV and a workbook", { csv: "x", xlsx: "x" }, "csv", undefined],
    ["neither", {}, "csv", undefined],
    ["a CSV sent as a workbook", { xlsx: Buffer.from(HEADER.join(",")).toString("base64") }, "xlsx", "NOT_XLSX"],
    ["an old .xls", { xlsx: Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).toString("base64") }, "xlsx", "XLS_NOT_XLSX"],
  ])("refuses %s with one Thai BAD_USER_INPUT, writing nothing", async (_, variables, field, reason) => {
    const before = await total();
    const answer = await importLeaders(variables);
    expect(errorCodes(answer)).toEqual(["BAD_USER_INPUT"]);
    expect(answer.errors![0].extensions).toMatchObject({ field, ...(reason ? { reason } : {}) });
    expect(answer.errors![0].extensions!.messageTh).toMatch(/[ก-๙]/);
    expect(await total()).toBe(before);
  });

  it.each([
    ["an empty first worksheet", [] as string[][], "EMPTY_FILE"],
    ["a title row above the header", [["รายชื่อผู้นำการเปลี่ยนแปลง จังหวัดจันทบุรี"], HEADER], "NO_HEADER"],
  ])("refuses %s with one Thai BAD_USER_INPUT", async (_, sheetRows, reason) => {
    const workbook = new Workbook();
    const sheet = workbook.addWorksheet("ผู้นำ");
    for (const row of sheetRows) sheet.addRow(row);
    const answer = await importLeaders({ xlsx: Buffer.from(await workbook.xlsx.writeBuffer()).toString("base64"), dryRun: true });
    expect(errorCodes(answer)).toEqual(["BAD_USER_INPUT"]);
    expect(answer.errors![0].extensions).toMatchObject({ field: "xlsx", reason });
    expect(answer.errors![0].extensions!.messageTh).toMatch(/[ก-๙]/);
  });
});

const IMPORT = `
  mutation ImportLeaders($csv: String, $xlsx: String, $dryRun: Boolean) {
    importLeaders(csv: $csv, xlsx: $xlsx, dryRun: $dryRun) { ok dryRun rowCount createdCount errorCount leaderIds errors { row field message } }
  }
`;
const COUNT = `query LeaderCount { leaders { totalCount } }`;
const LEADER = `query Leader($id: ID!) { leader(id: $id) { birthDate nationalId phone tambonCode villageNo } }`;
