import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import {
  type CertificateDocument,
  type ExecutiveSummaryDocument,
  type LeaderDataDocument,
  type SignInSheetDocument,
  type VoucherDocument,
  Paper,
  awardCertificatePdf,
  bahtFigures,
  bahtWords,
  breakLines,
  breakPieces,
  disbursementVoucherPdf,
  executiveSummaryPdf,
  leaderDataPdf,
  measure,
  scriptRuns,
  signInSheetPdf,
  thaiDate,
  thaiDateTime,
} from "../paperwork";

/**
 * The paperwork is read back the way a person's tools read it: pdftotext (poppler) must give the
 * Thai exactly as written (names with stacked marks, amounts in words, Buddhist-Era dates), which
 * proves the ToUnicode maps and that no glyph is broken; word boxes must lie inside the margins;
 * page 1 of each document is rasterised into artifacts/paperwork/ for a person to look at.
 */

const POPPLER = spawnSync("pdftotext", ["-v"]).error === undefined;
if (!POPPLER) {
  if (process.env.CI === "true") throw new Error("pdftotext is missing; CI needs poppler-utils to read the paperwork back");
  console.warn("\npdftotext (poppler-utils) is not installed: the paperwork PDFs are not read back (apt-get install poppler-utils).\n");
}
const withPoppler = POPPLER ? describe : describe.skip;

const ARTIFACTS = path.resolve(__dirname, "../../../../artifacts/paperwork");
const A4 = { width: 595.28, height: 841.89 };
const CM = 72 / 2.54;

describe("Thai dates and baht", () => {
  it.each([
    [new Date("2021-03-15T02:30:00Z"), "15 มีนาคม 2564"],
    ["2021-03-15", "15 มีนาคม 2564"],
    ["2021-03-15T00:00:00+07:00", "15 มีนาคม 2564"],
    [new Date("2021-03-14T17:30:00Z"), "15 มีนาคม 2564"], // 00:30 in Bangkok
    [new Date("2021-03-15T16:59:00Z"), "15 มีนาคม 2564"], // 23:59 in Bangkok
    ["2026-12-07", "7 ธันวาคม 2569"],
    ["2020-10-01", "1 ตุลาคม 2563"],
  ])("%p is %s in Bangkok, Buddhist Era", (value, expected) => {
    expect(thaiDate(value)).toBe(expected);
  });

  it("gives the Bangkok time with น.", () => {
    expect(thaiDateTime(new Date("2021-03-15T02:30:00Z"))).toBe("15 มีนาคม 2564 เวลา 09:30 น.");
    expect(thaiDateTime(new Date("2021-03-14T17:05:00Z"))).toBe("15 มีนาคม 2564 เวลา 00:05 น.");
  });

  it.each(["2021-02-30", "15/03/2021", "not a date"])("refuses %p", (value) => {
    expect(() => thaiDate(value)).toThrow();
  });

  it.each([
    ["250000.50", "สองแสนห้าหมื่นบาทห้าสิบสตางค์"],
    ["1000000.00", "หนึ่งล้านบาทถ้วน"],
    ["1000000", "หนึ่งล้านบาทถ้วน"],
    ["21.00", "ยี่สิบเอ็ดบาทถ้วน"],
    ["11.00", "สิบเอ็ดบาทถ้วน"],
    ["12.5", "สิบสองบาทห้าสิบสตางค์"],
    ["0.75", "เจ็ดสิบห้าสตางค์"],
    ["0.01", "หนึ่งสตางค์"],
    ["999999999999.99", "เก้าแสนเก้าหมื่นเก้าพันเก้าร้อยเก้าสิบเก้าล้านเก้าแสนเก้าหมื่นเก้าพันเก้าร้อยเก้าสิบเก้าบาทเก้าสิบเก้าสตางค์"],
  ])("%s baht in words is %s", (amount, words) => {
    expect(bahtWords(amount)).toBe(words);
  });

  it.each([
    ["250000.50", "250,000.50"],
    ["1000000", "1,000,000.00"],
    ["999", "999.00"],
    ["0.5", "0.50"],
    ["-1234.5", "-1,234.50"],
    ["999999999999.99", "999,999,999,999.99"],
  ])("%s baht in figures is %s", (amount, figures) => {
    expect(bahtFigures(amount)).toBe(figures);
  });

  it.each(["12.345", "1,000", "1e6", ""])("refuses %p as an amount", (amount) => {
    expect(() => bahtWords(amount)).toThrow();
    expect(() => bahtFigures(amount)).toThrow();
  });
});

describe("Thai line-break opportunities", () => {
  it.each([
    ["ต่าง ๆ กัน", ["ต่าง ๆ", " ", "กัน"]],
    ["(สองแสนบาท)", ["(สอง", "แสน", "บาท)"]],
    ["ผู้ใหญ่บ้าน, กำนัน", ["ผู้ใหญ่", "บ้าน,", " ", "กำนัน"]],
    ["เวลา 09:00 น.", ["เวลา", " ", "09:00", " ", "น."]],
    ["KTB-0011223344 ใบเสร็จ.pdf", ["KTB-0011223344", " ", "ใบ", "เสร็จ.pdf"]],
  ])("%p breaks only between words, never at its punctuation", (text, pieces) => {
    expect(breakPieces(text)).toEqual(pieces);
  });

  it("splits a word only when it alone is wider than the line, and then between clusters", async () => {
    const { doc } = await Paper.open({ title: "ทดสอบ", createdAt: new Date(0) });
    const style = { size: 14 };
    const hash = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    const lines = breakLines(doc, `ลายนิ้วมือ ${hash}`, 150, style);
    expect(lines[0]).toBe("ลายนิ้วมือ");
    expect(lines.slice(1).join("")).toBe(hash);
    for (const line of lines) expect(measure(doc, line, style)).toBeLessThanOrEqual(150);
    expect(breakLines(doc, "ผู้ใหญ่บ้านน้ำปั่น", 40, style).join("|")).not.toMatch(/\|[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/);
  });

  it("draws no invisible character and nothing Sarabun lacks", async () => {
    const { doc } = await Paper.open({ title: "ทดสอบ", createdAt: new Date(0) });
    expect(scriptRuns(doc, "น้ำ\u200Bปั่น 25\u00AD64 漢😀")).toEqual([
      { script: "thai", text: "น้ำปั่น" },
      { script: "latin", text: " 2564 ??" },
    ]);
  });

  it("never breaks inside a syllable", () => {
    expect(breakPieces("น้ำปั่นกี่แก้ว").join("|")).not.toMatch(/\|[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/);
  });
});

withPoppler("the paperwork reads back as written", () => {
  let dir: string;
  const built = new Map<string, { pdf: Buffer; ms: number }>();

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "paperwork-"));
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    const builders: [string, () => Promise<Buffer>][] = [
      ["voucher", () => disbursementVoucherPdf(VOUCHER)],
      ["certificate", () => awardCertificatePdf(CERTIFICATE)],
      ["sign-in-sheet", () => signInSheetPdf(SIGN_IN_SHEET)],
      ["executive-summary", () => executiveSummaryPdf(EXECUTIVE_SUMMARY)],
      ["leader-data", () => leaderDataPdf(LEADER_DATA)],
    ];
    for (const [name, build] of builders) {
      const started = performance.now();
      const pdf = await build();
      built.set(name, { pdf, ms: performance.now() - started });
      fs.writeFileSync(path.join(dir, `${name}.pdf`), pdf);
      execFileSync("pdftoppm", ["-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", path.join(dir, `${name}.pdf`), path.join(ARTIFACTS, name)]);
    }
  });

  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  const file = (name: string) => path.join(dir, `${name}.pdf`);
  /** The text of each page, as pdftotext -layout lays it out. */
  const pages = (name: string): string[] =>
    execFileSync("pdftotext", ["-layout", file(name), "-"], { encoding: "utf8" })
      .split("\f")
      .slice(0, -1);
  /** All the text, runs of spaces made one (table columns and alignment put several). */
  const text = (name: string): string =>
    pages(name)
      .join("\n")
      .replace(/[ \t]+/g, " ");
  const info = (name: string): string => execFileSync("pdfinfo", [file(name)], { encoding: "utf8" });
  /** Every word's box on every page, from pdftotext -bbox. */
  const words = (name: string) =>
    Array.from(
      execFileSync("pdftotext", ["-bbox", file(name), "-"], { encoding: "utf8" }).matchAll(
        /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</g,
      ),
      ([, xMin, yMin, xMax, yMax, word]) => ({ xMin: Number(xMin), yMin: Number(yMin), xMax: Number(xMax), yMax: Number(yMax), word }),
    );

  it("writes the voucher's names, amount in words, BE dates, budget lines and receipts", () => {
    const voucher = text("voucher");
    for (const expected of [
      "กรมการพัฒนาชุมชน",
      "ใบสำคัญการเบิกจ่ายงบประมาณ",
      "ปีงบประมาณ 2564",
      "DB-2564-000123",
      "ตำบลท่าช้าง อำเภอเมืองนครนายก จังหวัดนครนายก",
      "ตำบลดีเด่นระดับจังหวัด",
      "จัดซื้อเครื่องปั่นน้ำผลไม้", // a zero-width space in the data is not drawn
      "250,000.50 บาท",
      "(สองแสนห้าหมื่นบาทห้าสิบสตางค์)",
      "15 มีนาคม 2564 เวลา 09:30 น.",
      "1,000,000.00",
      "449,999.50",
      "ใบเสร็จรับเงิน ร้านน้ำทิพย์พาณิชย์.pdf",
      "(นางสาวกัญญ์ณัชชา ศรีสุข)",
      "(นายปั่น น้ำใจดี)",
      "ผู้บันทึก",
      "ผู้อนุมัติ",
      "วันที่ 15 มีนาคม 2564",
      "วันที่ 16 มีนาคม 2564",
      "หน้า 1/1",
    ]) {
      expect(voucher).toContain(expected);
    }
  });

  it("writes the certificate on landscape A4 with the tambon, the award and the BE date", () => {
    const certificate = text("certificate");
    for (const expected of [
      "เกียรติบัตร",
      "ขอมอบเกียรติบัตรฉบับนี้ไว้เพื่อแสดงว่า",
      "ตำบลท่าช้าง",
      "อำเภอเมืองนครนายก จังหวัดนครนายก",
      "ได้รับรางวัลตำบลดีเด่นระดับจังหวัด อันดับที่ 1",
      "ให้ไว้ ณ วันที่ 15 มีนาคม 2564",
      "(นางสาวกัญญ์ณัชชา ศรีสุข)",
      "อธิบดีกรมการพัฒนาชุมชน",
    ]) {
      expect(certificate).toContain(expected);
    }
    expect(info("certificate")).toMatch(/Page size:\s+841\.89 x 595\.28 pts \(A4\)/);
  });

  it("puts 200 sign-in rows on several pages, the header row on each, no row cut", () => {
    const sheet = pages("sign-in-sheet");
    expect(sheet.length).toBeGreaterThanOrEqual(6);
    sheet.forEach((page, i) => {
      for (const header of ["ลำดับ", "ชื่อ-สกุล", "ตำบล", "บทบาท", "ลายมือชื่อ"]) expect(page).toContain(header);
      expect(page).toContain(`หน้า ${i + 1}/${sheet.length}`);
    });
    // Every row once, in order, its cells on one line of one page.
    const lines = sheet.flatMap((page) => page.split("\n").map((line) => line.replace(/[ \t]+/g, " ").trim()));
    let from = 0;
    for (const row of SIGN_IN_SHEET.rows) {
      const at = lines.findIndex((line, i) => i >= from && line.startsWith(`${row.no} ${row.name} ${row.tambonName} ${row.communityRoleTh}`));
      expect(at).toBeGreaterThanOrEqual(from);
      from = at + 1;
    }
    expect(text("sign-in-sheet")).toContain("รวม 200 คน");
  });

  it("writes the executive summary's tables, chart and lessons, wrapping long Thai inside the margins", () => {
    const summary = text("executive-summary");
    for (const expected of [
      "สรุปผลการดำเนินงานสำหรับผู้บริหาร",
      "โครงการเสริมสร้างและพัฒนาผู้นำการเปลี่ยนแปลง ปีงบประมาณ 2564",
      "ข้อมูล ณ วันที่ 1 ตุลาคม 2564 เวลา 09:00 น.",
      "ตำบลที่เข้าร่วมโครงการ 878",
      "ตำบลดีเด่นระดับประเทศ 3 3,000,000.00",
      "งบประมาณที่ได้รับจัดสรร 87,800,000.00",
      "คงเหลือ 12,345,678.90",
      "เงินรางวัลที่จ่ายแล้วตามภาค (ล้านบาท)",
      "ตะวันออกเฉียง", // "ตะวันออกเฉียงเหนือ" wrapped under its bar
      "บทเรียนจากพื้นที่",
      "กลุ่มน้ำพริกแม่บ้านบ้านท่าช้าง",
      "ปัจจัยความสำเร็จ",
      "ข้อเสนอแนะ",
    ]) {
      expect(summary).toContain(expected);
    }
    // The long paragraphs come back whole, word for word, however they were wrapped.
    const joined = pages("executive-summary").join("").replace(/\s+/g, "");
    for (const lesson of EXECUTIVE_SUMMARY.lessons) expect(joined).toContain(lesson.lessons.replace(/\s+/g, ""));
    // ...over many lines, every word inside the margins.
    const boxes = words("executive-summary");
    const lessonLines = new Set(
      boxes.filter((w) => EXECUTIVE_SUMMARY.lessons[0].lessons.includes(w.word) && w.word.length > 3).map((w) => Math.round(w.yMin)),
    );
    expect(lessonLines.size).toBeGreaterThan(4);
  });

  it("writes the leader's data in its four sections", () => {
    const leader = text("leader-data");
    for (const expected of [
      "ข้อมูลส่วนบุคคลของผู้นำการเปลี่ยนแปลง",
      "(ตาม พ.ร.บ. คุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562)",
      "1. ข้อมูลที่บันทึก",
      "2. ประวัติการแก้ไข",
      "3. การเข้าถึงข้อมูล",
      "4. การเข้าร่วมกิจกรรม",
      "นางสาวกัญญ์ณัชชา ศรีสุข",
      "ผู้ใหญ่บ้าน",
      "แก้ไขเบอร์โทรศัพท์",
      "ตรวจสอบคุณสมบัติผู้เข้ารับรางวัล",
      "อบรมการทำน้ำปั่นสมุนไพร",
      "ไม่ได้เข้าร่วม",
    ]) {
      expect(leader).toContain(expected);
    }
  });

  it.each([
    ["voucher", { left: 2.5 * CM, right: A4.width - 2 * CM, top: 0.5 * CM, bottom: A4.height - 0.5 * CM }],
    ["sign-in-sheet", { left: 2.5 * CM, right: A4.width - 2 * CM, top: 0.5 * CM, bottom: A4.height - 0.5 * CM }],
    ["executive-summary", { left: 2.5 * CM, right: A4.width - 2 * CM, top: 0.5 * CM, bottom: A4.height - 0.5 * CM }],
    ["leader-data", { left: 2.5 * CM, right: A4.width - 2 * CM, top: 0.5 * CM, bottom: A4.height - 0.5 * CM }],
    ["certificate", { left: 40, right: A4.height - 40, top: 40, bottom: A4.width - 40 }], // inside its border
  ])("keeps every word of %s inside its margins", (name, box) => {
    const all = words(name);
    expect(all.length).toBeGreaterThan(20);
    for (const w of all) {
      expect(w.xMin).toBeGreaterThanOrEqual(box.left - 0.5);
      expect(w.xMax).toBeLessThanOrEqual(box.right + 0.5);
      expect(w.yMin).toBeGreaterThanOrEqual(box.top);
      expect(w.yMax).toBeLessThanOrEqual(box.bottom);
    }
  });

  it.each([
    ["voucher", "ใบสำคัญการเบิกจ่ายงบประมาณ DB-2564-000123"],
    ["certificate", "เกียรติบัตร ตำบลท่าช้าง ตำบลดีเด่นระดับจังหวัด ปีงบประมาณ 2564"],
    ["sign-in-sheet", "ใบลงทะเบียนผู้เข้าร่วม เวทีประชาคมผู้นำการเปลี่ยนแปลง ครั้งที่ 1"],
    ["executive-summary", "สรุปผลการดำเนินงานสำหรับผู้บริหาร ปีงบประมาณ 2564"],
    ["leader-data", "ข้อมูลส่วนบุคคลของผู้นำการเปลี่ยนแปลง (ตาม พ.ร.บ. คุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562)"],
  ])("gives %s its Thai title, the department as author and no vendor's name", (name, title) => {
    const meta = info(name);
    expect(meta).toContain(`Title:           ${title}`);
    expect(meta).toContain("Author:          กรมการพัฒนาชุมชน");
    expect(meta).toContain("Creator:         Change Leaders");
    expect(meta).toContain("Producer:        Change Leaders");
    expect(built.get(name)?.pdf.toString("latin1")).not.toMatch(/pdfkit|https?:\/\//i);
  });

  it("embeds only Sarabun, and the same data gives the same file", async () => {
    const fonts = execFileSync("pdffonts", [file("voucher")], { encoding: "utf8" });
    expect(fonts).toMatch(/Sarabun/);
    expect(fonts).not.toMatch(/Helvetica|Times|Courier/);
    expect((await disbursementVoucherPdf(VOUCHER)).equals(built.get("voucher")?.pdf ?? Buffer.alloc(0))).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// The documents' data, as the services would hand it over.

const KANCHANA = "นางสาวกัญญ์ณัชชา ศรีสุข";

const VOUCHER: VoucherDocument = {
  reference: "DB-2564-000123",
  fiscalYear: 2564,
  tambonName: "ท่าช้าง",
  districtName: "เมืองนครนายก",
  provinceName: "นครนายก",
  awardLevelTh: "ตำบลดีเด่นระดับจังหวัด",
  purpose: "จัดซื้อ\u200Bเครื่องปั่นน้ำผลไม้และอุปกรณ์สำหรับกลุ่มอาชีพแม่บ้าน เพื่อแปรรูปผลผลิตทางการเกษตรของชุมชน โดยผู้ใหญ่บ้านเป็นผู้ประสานงาน และซื้อกี่ทอผ้าสองหลัง",
  amount: "250000.50",
  statusTh: "จ่ายแล้ว",
  recordedAt: new Date("2021-03-15T02:30:00Z"),
  recordedByName: KANCHANA,
  approvedAt: new Date("2021-03-16T03:00:00Z"),
  approvedByName: "นายปั่น น้ำใจดี",
  paidAt: new Date("2021-03-20T04:15:00Z"),
  paymentReference: "KTB-0011223344",
  receipts: [
    { name: "ใบเสร็จรับเงิน ร้านน้ำทิพย์พาณิชย์.pdf", sha256: "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08" },
    { name: "ใบส่งของ กี่ทอผ้า.jpg", sha256: "2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae" },
  ],
  awardAmount: "1000000.00",
  disbursedBefore: "300000.00",
  remainingAfter: "449999.50",
  printedAt: new Date("2021-03-21T05:00:00Z"),
};

const CERTIFICATE: CertificateDocument = {
  tambonName: "ท่าช้าง",
  districtName: "เมืองนครนายก",
  provinceName: "นครนายก",
  fiscalYear: 2564,
  awardLevelTh: "ตำบลดีเด่นระดับจังหวัด",
  rank: 1,
  awardedAt: "2021-03-15",
  signerName: KANCHANA,
  signerTitle: "อธิบดีกรมการพัฒนาชุมชน",
};

const PREFIXES = ["นาย", "นาง", "นางสาว"];
const GIVEN = ["สมชาย", "กัญญ์ณัชชา", "ปิ่นอนงค์", "ณัฐพงศ์", "วิไลวรรณ", "บุญเรือน", "น้ำฝน", "ทองปั่น", "ศักดิ์ชัย", "พิมพ์ชนก", "ฤทธิ์ณรงค์"];
const FAMILY = ["ศรีสุข", "ใจดี", "แก้วมณี", "บุญมี", "ทองคำ", "สุขสวัสดิ์", "พึ่งบุญ", "เพ็ชรรัตน์", "น้ำใจดี"];
const TAMBONS = ["ท่าช้าง", "บ้านใหญ่", "หนองน้ำใส", "ปากพลี", "เกาะหวาย"];
const ROLES = ["ผู้ใหญ่บ้าน", "กำนัน", "อาสาพัฒนาชุมชน", "ผู้นำสตรี", "ผู้นำเยาวชน", "ปราชญ์ชาวบ้าน"];

const SIGN_IN_SHEET: SignInSheetDocument = {
  eventId: "5d1c0a4e-2564-4000-8000-000000000001",
  eventTitle: "เวทีประชาคมผู้นำการเปลี่ยนแปลง ครั้งที่ 1",
  kindTh: "การประชุมเชิงปฏิบัติการ",
  startsAt: new Date("2021-03-15T02:00:00Z"),
  endsAt: new Date("2021-03-15T09:30:00Z"),
  venue: "ศาลาประชาคมบ้านท่าช้าง หมู่ที่ 3",
  organiserTh: "สำนักงานพัฒนาชุมชนจังหวัดนครนายก",
  rows: Array.from({ length: 200 }, (_, i) => ({
    no: i + 1,
    leaderId: `1eade700-2564-4000-8000-${String(i).padStart(12, "0")}`,
    name: `${PREFIXES[i % 3]}${GIVEN[i % GIVEN.length]} ${FAMILY[(i * 7) % FAMILY.length]}`,
    tambonName: TAMBONS[i % TAMBONS.length],
    communityRoleTh: ROLES[(i * 5) % ROLES.length],
    attended: null,
  })),
};

const EXECUTIVE_SUMMARY: ExecutiveSummaryDocument = {
  fiscalYear: 2564,
  generatedAt: new Date("2021-10-01T02:00:00Z"),
  figures: [
    { labelTh: "ตำบลที่เข้าร่วมโครงการ", value: "878" },
    { labelTh: "ผู้นำการเปลี่ยนแปลงที่ผ่านการพัฒนา", value: "13,170" },
    { labelTh: "กิจกรรมที่จัด", value: "2,634" },
    { labelTh: "ผู้เข้าร่วมกิจกรรมเฉลี่ยต่อครั้ง", value: "42.5" },
  ],
  awardsByLevel: [
    { labelTh: "ตำบลดีเด่นระดับประเทศ", count: 3, amount: "3000000.00" },
    { labelTh: "ตำบลดีเด่นระดับเขตตรวจราชการ", count: 18, amount: "9000000.00" },
    { labelTh: "ตำบลดีเด่นระดับจังหวัด", count: 76, amount: "76000000.00" },
  ],
  money: { allocated: "87800000.00", recorded: "80000000.00", approved: "78000000.00", paid: "75454321.10", remaining: "12345678.90" },
  chart: {
    titleTh: "เงินรางวัลที่จ่ายแล้วตามภาค (ล้านบาท)",
    bars: [
      { label: "เหนือ", value: 18.4 },
      { label: "ตะวันออกเฉียงเหนือ", value: 27.9 },
      { label: "กลาง", value: 14.2 },
      { label: "ตะวันออก", value: 6.5 },
      { label: "ตะวันตก", value: 3.1 },
      { label: "ใต้", value: 5.35 },
    ],
  },
  lessons: [
    {
      tambonName: "ท่าช้าง",
      provinceName: "นครนายก",
      title: "กลุ่มน้ำพริกแม่บ้านบ้านท่าช้าง จากครัวเรือนสู่ตลาดออนไลน์",
      successFactors:
        "ผู้นำการเปลี่ยนแปลงทั้งสิบห้าคนของตำบลร่วมกันสำรวจทุนของชุมชนก่อนเริ่มงาน พบว่าแม่บ้านหลายครัวเรือนมีฝีมือทำน้ำพริกที่ขายได้อยู่แล้ว แต่ต่างคนต่างทำ จึงรวมกลุ่มกันและแบ่งหน้าที่ตามความถนัด ผู้ใหญ่บ้านช่วยประสานกับสำนักงานพัฒนาชุมชนอำเภอ และกำนันช่วยหาตลาดในงานประจำปีของอำเภอ",
      lessons:
        "การเริ่มจากสิ่งที่ชุมชนมีอยู่แล้วทำให้สมาชิกมั่นใจและลงมือได้ทันทีโดยไม่ต้องรอความช่วยเหลือจากภายนอก การจดบัญชีรายรับรายจ่ายทุกสัปดาห์และเปิดให้สมาชิกทุกคนตรวจดูได้ทำให้เกิดความไว้วางใจ ส่วนการทดลองขายผ่านช่องทางออนไลน์ในช่วงที่มีการระบาดของโรคโควิด-19 ช่วยให้กลุ่มมีรายได้ต่อเนื่อง แม้ตลาดนัดในพื้นที่จะปิดไปหลายเดือน อย่างไรก็ดี กลุ่มพบว่าการผลิตให้ได้มาตรฐานเดียวกันทุกครั้งเป็นเรื่องยาก จึงต้องกำหนดสูตรและขั้นตอนให้ชัดเจน และฝึกสมาชิกรุ่นใหม่ให้ทำตามได้",
      recommendations:
        "ควรสนับสนุนให้กลุ่มได้รับการรับรองมาตรฐานผลิตภัณฑ์ชุมชน และเชื่อมโยงกับตำบลใกล้เคียงที่ผลิตวัตถุดิบ เช่น พริก กระเทียม และหอมแดง เพื่อลดต้นทุนและกระจายรายได้ให้ทั่วถึงมากขึ้น",
    },
    {
      tambonName: "หนองน้ำใส",
      provinceName: "สระแก้ว",
      title: "ธนาคารน้ำใต้ดินเพื่อแก้ปัญหาภัยแล้ง",
      successFactors: "ชุมชนมีข้อมูลแหล่งน้ำที่เก็บไว้ตั้งแต่ปีก่อน ๆ และได้ปราชญ์ชาวบ้านที่มีประสบการณ์ด้านการจัดการน้ำมาเป็นพี่เลี้ยง",
      lessons:
        "การทำธนาคารน้ำใต้ดินแบบระบบปิดในครัวเรือนนำร่องสามสิบหลังคาเรือนทำให้บ่อน้ำตื้นมีน้ำใช้ได้นานขึ้นกว่าเดิมเกือบสองเดือน เมื่อชาวบ้านเห็นผลจริงจึงขยายต่อเองโดยใช้แรงงานในชุมชนและวัสดุที่หาได้ในท้องถิ่น",
      recommendations: "ควรจัดเวทีแลกเปลี่ยนเรียนรู้ระหว่างตำบลที่ประสบปัญหาภัยแล้งคล้ายกัน และติดตามวัดระดับน้ำใต้ดินอย่างต่อเนื่อง",
    },
  ],
};

const LEADER_DATA: LeaderDataDocument = {
  generatedAt: new Date("2021-06-01T03:00:00Z"),
  requestedByName: KANCHANA,
  record: [
    { labelTh: "ชื่อ-สกุล", value: KANCHANA },
    { labelTh: "เลขประจำตัวประชาชน", value: "x-xxxx-xxxxx-12-1" },
    { labelTh: "วันเกิด", value: thaiDate("1985-11-02") },
    { labelTh: "ที่อยู่", value: "บ้านเลขที่ 99 หมู่ที่ 3 ตำบลท่าช้าง อำเภอเมืองนครนายก จังหวัดนครนายก 26000" },
    { labelTh: "บทบาทในชุมชน", value: "ผู้ใหญ่บ้าน" },
    { labelTh: "เบอร์โทรศัพท์", value: "081-234-5678" },
  ],
  history: [
    { at: new Date("2021-01-10T02:00:00Z"), actionTh: "บันทึกข้อมูลผู้นำ", actorName: "นายปั่น น้ำใจดี" },
    { at: new Date("2021-02-11T07:45:00Z"), actionTh: "แก้ไขเบอร์โทรศัพท์", actorName: "นายปั่น น้ำใจดี" },
  ],
  accessLog: [{ at: new Date("2021-04-02T04:20:00Z"), actorName: "นางวิไลวรรณ แก้วมณี", purposeTh: "ตรวจสอบคุณสมบัติผู้เข้ารับรางวัล" }],
  participations: [
    { eventTitle: "อบรมการทำน้ำปั่นสมุนไพร", startsAt: new Date("2021-02-20T02:00:00Z"), attended: true },
    { eventTitle: "เวทีประชาคมผู้นำการเปลี่ยนแปลง ครั้งที่ 1", startsAt: new Date("2021-03-15T02:00:00Z"), attended: false },
  ],
};
