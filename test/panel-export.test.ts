import fs from "node:fs";
import { DEMO_PASSWORD } from "@change-leaders/common";
import { type CellValue, Workbook } from "exceljs";
import { DEMO_TARGET_TAMBONS } from "@change-leaders/common/demo";
import { graphql } from "@change-leaders/common/testing";
import type { Page } from "playwright-core";
import { ADMIN_DIST, type Browser, launchBrowser, pickTambon, signIn } from "./support/browser";
import { type TestSystem, startSystem } from "./support/system";

/** A valid Thai national ID (mod-11 check digit) from 12 digits. */
function nationalId(first12: string) {
  const sum = first12.split("").reduce((acc, digit, i) => acc + Number(digit) * (13 - i), 0);
  return first12 + String((11 - (sum % 11)) % 10);
}

const IMPORTED = 450;

/**
 * CSV export of a list longer than one API page (500 rows): every row once, Thai intact with a UTF-8 BOM for Excel,
 * and a filtered export (a tambon picked by name) with that tambon's rows only; the Excel export beside it with the
 * same header and cells, codes kept as text.
 */
describe("CSV and Excel export in the panel", () => {
  let system: TestSystem;
  let browser: Browser;
  let admin: Record<string, string>;
  let page: Page;

  beforeAll(async () => {
    [system, browser] = await Promise.all([startSystem("sqlite", { adminDir: ADMIN_DIST }), launchBrowser()]);
    admin = await system.loginAs("admin");
    // Enough leaders for more than one page of 500: the demo's, and 450 imported across three target tambons.
    const rows = Array.from(
      { length: IMPORTED },
      (_, i) => `นาย,ส่งออก${i},ทดสอบไทย,${nationalId(String(391000000000 + i))},${DEMO_TARGET_TAMBONS[i % 3]},2564`,
    );
    const csv = ["คำนำหน้า,ชื่อ,นามสกุล,เลขประจำตัวประชาชน,รหัสตำบล,รุ่นปี", ...rows].join("\n");
    const imported = await graphql<{ importLeaders: { createdCount: number } }>(system.url, IMPORT, { csv }, admin);
    expect(imported.data?.importLeaders.createdCount).toBe(IMPORTED);
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await system?.stop();
  });
  afterEach(async () => {
    await page?.close();
    expect(browser.errors.splice(0)).toEqual([]);
  });

  const panelUrl = () => new URL(system.url).origin;
  const total = async (filter: Record<string, string>) =>
    (await graphql<{ leaders: { totalCount: number } }>(system.url, COUNT, { filter }, admin)).data!.leaders.totalCount;
  const downloaded = async (button: RegExp) => {
    const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: button }).click()]);
    return { name: file.suggestedFilename(), bytes: fs.readFileSync((await file.path())!) };
  };
  const download = async () => (await downloaded(/ส่งออก CSV/)).bytes.toString("utf8");
  const ids = (csv: string) =>
    csv
      .trim()
      .split("\r\n")
      .slice(1)
      .map((line) => line.split(",")[0]);

  test("exports every leader (more than 500) once each, with a BOM and the Thai names intact; a tambon filter exports its leaders only", async () => {
    page = await browser.newPage();
    await signIn(page, panelUrl(), "admin", DEMO_PASSWORD);
    await page.getByRole("menuitem", { name: /ผู้นำการเปลี่ยนแปลง/ }).click();
    const all = await total({});
    expect(all).toBeGreaterThan(500);
    await page.getByText(new RegExp(`1-\\d+ จาก ${all}`)).waitFor();

    const started = Date.now();
    const csv = await download();
    const took = Date.now() - started;
    // the header in Thai; the official codes partner systems join on kept, each beside its name
    expect(csv.startsWith("\uFEFFรหัสอ้างอิงในระบบ,คำนำหน้า,ชื่อ,นามสกุล,รหัสตำบล,ตำบล,รหัสอำเภอ,อำเภอ,รหัสจังหวัด,จังหวัด,หมู่ที่")).toBe(true);
    expect(csv).not.toMatch(/,ACTIVE\b/);
    expect(new Set(ids(csv)).size).toBe(all);
    expect(ids(csv)).toHaveLength(all);
    expect(csv).toContain("ส่งออก449,ทดสอบไทย");
    expect(took).toBeLessThan(10_000);

    await page.getByRole("button", { name: "เพิ่มตัวกรอง" }).click();
    await page.getByRole("menu").getByText("ตำบล", { exact: true }).click();
    await pickTambon(page, /^ตำบล/, DEMO_TARGET_TAMBONS[1]);
    const inTambon = await total({ tambonCode: DEMO_TARGET_TAMBONS[1] });
    await page.getByText(new RegExp(`1-\\d+ จาก ${inTambon}$`)).waitFor();
    const filtered = await download();
    expect(ids(filtered)).toHaveLength(inTambon);
    expect(
      filtered
        .trim()
        .split("\r\n")
        .slice(1)
        .every((line) => line.includes(`,${DEMO_TARGET_TAMBONS[1]},`)),
    ).toBe(true);
  });

  test("exports the same rows to Excel: the CSV's header and cells, codes as text and counts as numbers; exceljs only when asked", async () => {
    page = await browser.newPage();
    await signIn(page, panelUrl(), "admin", DEMO_PASSWORD);
    await page.getByRole("menuitem", { name: /ผู้นำการเปลี่ยนแปลง/ }).click();
    const all = await total({});
    await page.getByText(new RegExp(`1-\\d+ จาก ${all}`)).waitFor();
    // the workbook library is a chunk of its own, not part of the panel's first load
    expect(browser.requests.some((url) => /exceljs/.test(url))).toBe(false);

    const csv = await download();
    const xlsx = await downloaded(/ส่งออก Excel/);
    expect(xlsx.name).toBe("leaders.xlsx");
    expect(browser.requests.some((url) => /exceljs/.test(url))).toBe(true);
    const cells = await sheetCells(xlsx.bytes);
    const lines = csv.replace(/^\uFEFF/, "").split("\r\n");
    expect(cells).toHaveLength(all + 1);
    // cell for cell what the CSV holds (none of these columns holds a comma, a quote or a formula start)
    expect(
      cells.map((row) =>
        lines[0]
          .split(",")
          .map((_, i) => (row[i] == null ? "" : String(row[i])))
          .join(","),
      ),
    ).toEqual(lines);
    const header = lines[0].split(",");
    const row = cells.find((line) => line[header.indexOf("ชื่อ")] === "ส่งออก449")!;
    expect(typeof row[header.indexOf("รหัสตำบล")]).toBe("string");
    expect(typeof row[header.indexOf("รหัสจังหวัด")]).toBe("string");
    expect(row[header.indexOf("รุ่นปี (พ.ศ.)")]).toBe(2564);
    // codes in words: the status's label, the places' names
    expect(row[header.indexOf("สถานะ")]).toBe("ปฏิบัติงาน");
    for (const place of ["ตำบล", "อำเภอ", "จังหวัด"]) expect(String(row[header.indexOf(place)])).toMatch(/^[\u0E00-\u0E7F ]+$/);
  });
});

/** The cells of a workbook's first sheet, row by row (exceljs's rows are 1-based: index 0 is dropped). */
async function sheetCells(bytes: Buffer): Promise<CellValue[][]> {
  const workbook = new Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const rows: CellValue[][] = [];
  workbook.worksheets[0].eachRow((row) => rows.push((row.values as CellValue[]).slice(1)));
  return rows;
}

const IMPORT = `mutation Import($csv: String!) { importLeaders(csv: $csv) { createdCount errorCount } }`;
const COUNT = `query Count($filter: LeaderFilter) { leaders(filter: $filter) { totalCount } }`;
