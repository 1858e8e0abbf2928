import { DEMO_PASSWORD } from "@change-leaders/common";
import { DEMO_TARGET_TAMBONS } from "@change-leaders/common/demo";
import { graphql } from "@change-leaders/common/testing";
import { DEMO_EXCELLENT_AWARD_ID, demoNominationId } from "@change-leaders/evaluation";
import { Workbook } from "exceljs";
import type { Locator, Page } from "playwright-core";
import { pickTambon, screenshot, signIn } from "./support/browser";
import { panelSuite } from "./support/panel-suite";

/**
 * The API's refusals as a person sees them in the panel: in Thai, on the field they concern, saying what to do, and a
 * form that saves once the field is corrected (nothing typed again); amounts typed as people type them, read out in
 * Thai words. At a laptop's size and at a phone's.
 */
const VIEWPORTS = [
  { name: "laptop", width: 1366, height: 768 },
  { name: "phone", width: 390, height: 844 },
] as const;

/** What a field says under it (its helper text), through the input's aria-describedby. */
async function helperOf(page: Page, input: Locator): Promise<string> {
  const id = await input.getAttribute("aria-describedby");
  if (!id) return "";
  return (await page.locator(`[id="${id.split(" ")[0]}"]`).textContent()) ?? "";
}

/** What `read` answers once it passes `ok`, or its last answer after 10 s (for the assertion to show). */
async function until<T>(read: () => Promise<T>, ok: (value: T) => boolean): Promise<T> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const value = await read();
    if (ok(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Waits until a field is marked invalid and says `words` (Thai, no English) under it. */
async function expectFieldError(page: Page, input: Locator, words: RegExp) {
  await expect(
    until(
      () => input.getAttribute("aria-invalid"),
      (v) => v === "true",
    ),
  ).resolves.toBe("true");
  const helper = await until(
    () => helperOf(page, input),
    (text) => words.test(text),
  );
  expect(helper).toMatch(words);
  // no English words (a link given as an example is not one)
  expect(helper.replace(/https?:\/\/\S*/g, "")).not.toMatch(/[A-Za-z]{3,}/);
}

/** Saves the form, once the last notification has gone (on a phone it covers the save button; it stays while pointed at). */
async function save(page: Page) {
  await page.mouse.move(5, 5);
  await page.locator(".MuiSnackbar-root").waitFor({ state: "detached", timeout: 15_000 });
  await page.getByRole("button", { name: "บันทึก" }).click();
}

/** Waits until a field says `words` under it. */
async function expectHelper(page: Page, input: Locator, words: string) {
  await expect(
    until(
      () => helperOf(page, input),
      (text) => text === words,
    ),
  ).resolves.toBe(words);
}

/** A valid Thai national ID (mod-11 check digit) from 12 digits. */
function nationalId(first12: string) {
  const sum = first12.split("").reduce((acc, digit, i) => acc + Number(digit) * (13 - i), 0);
  return first12 + String((11 - (sum % 11)) % 10);
}

/** A Bangkok date and time `days` from now, as the panel takes it (dd/mm/BE-year hh:mm). */
function beDateTime(days: number): string {
  const at = new Date(Date.now() + days * 86_400_000 + 7 * 3_600_000);
  const two = (n: number) => String(n).padStart(2, "0");
  return `${two(at.getUTCDate())}/${two(at.getUTCMonth() + 1)}/${at.getUTCFullYear() + 543} ${two(at.getUTCHours())}:${two(at.getUTCMinutes())}`;
}

describe.each(VIEWPORTS.map((v, i) => ({ ...v, month: String(7 + i).padStart(2, "0") })))(
  "the API's errors on their fields in the panel ($name, $width×$height)",
  (viewport) => {
    const suite = panelSuite();
    const { panelUrl } = suite;
    const open = async (username: string, route: string) => {
      const page = await suite.newPage();
      await page.setViewportSize({ width: viewport.width, height: viewport.height });
      await signIn(page, panelUrl(), username, DEMO_PASSWORD);
      await page.goto(`${panelUrl()}/#/${route}`);
      return page;
    };

    test("a report refused for a negative count and an evidence line that is no link saves once both are fixed, nothing retyped", async () => {
      const page = await open("officer.chanthaburi", "progressReports/create");
      await page.locator(".create-page form").waitFor();
      await pickTambon(page, /^ตำบล/, DEMO_TARGET_TAMBONS[4]);
      await page.getByLabel(/^ตั้งแต่/).fill(`01/${viewport.month}/2564`);
      await page.getByLabel(/^ถึง/).fill(`28/${viewport.month}/2564`);
      await page.getByLabel(/^รายละเอียด/).fill("แปลงผักรวมของหมู่ 3");
      const households = page.getByLabel(/ครัวเรือนที่เข้าร่วม/);
      await households.fill("-5");
      const savings = page.getByLabel(/เงินออมจากการลดรายจ่าย/);
      await savings.fill("12,500.50");
      await expectHelper(page, savings, "หนึ่งหมื่นสองพันห้าร้อยบาทห้าสิบสตางค์");
      const evidence = page.getByLabel(/ลิงก์หลักฐาน/);
      await evidence.fill("https://photos.example.go.th/plot-3\nรูปแปลงผักในไลน์กลุ่ม");
      await save(page);

      // the negative count, in Thai on its box (no browser bubble in the browser's language)
      await expectFieldError(page, households, /จำนวนติดลบไม่ได้/);
      await screenshot(page, `errors-report-count-${viewport.name}`);
      await households.fill("25");
      await save(page);
      // the evidence line, on the evidence box with its line number and what a link looks like
      await expectFieldError(page, evidence, /บรรทัดที่ 2: .*https:\/\//);
      await screenshot(page, `errors-report-evidence-${viewport.name}`);

      await evidence.fill("https://photos.example.go.th/plot-3\nhttps://line.me/group/plot-3");
      await save(page);
      await page.waitForURL(/#\/progressReports\/[^/]+\/show/);
      const id = decodeURIComponent(/#\/progressReports\/([^/]+)\/show/.exec(page.url())![1]);
      const saved = await graphql<{ progressReport: Record<string, unknown> }>(suite.system.url, REPORT, { id }, suite.admin);
      expect(saved.data!.progressReport).toEqual({
        narrative: "แปลงผักรวมของหมู่ 3",
        periodStart: `2021-${viewport.month}-01`,
        evidenceLinks: ["https://photos.example.go.th/plot-3", "https://line.me/group/plot-3"],
        indicators: expect.arrayContaining([
          { indicatorCode: "HOUSEHOLDS", quantity: 25, amount: null },
          { indicatorCode: "SAVINGS", quantity: null, amount: "12500.50" },
        ]),
      });
    });

    test("an officer checks a CSV whose rows the API refuses: each row's error in Thai, with its row and the field's Thai name; then an .xlsx", async () => {
      const page = await open("officer.chanthaburi", "leaders-import");
      const csv = ["คำนำหน้า,ชื่อ,นามสกุล,เลขประจำตัวประชาชน,รหัสตำบล,รุ่นปี", "นาย,เลขผิด,ทดลอง,1111111111111,220102,2564"];
      csv.push(`นาง,ไม่มีตำบล,ทดลอง,${nationalId("310990088001")},999999,2564`);
      await page.getByLabel("CSV").fill(csv.join("\n"));
      await page.getByRole("button", { name: /ตรวจสอบ/ }).click();
      await page.getByText("ตรวจสอบ 2 แถว พบข้อผิดพลาด 2 รายการ").waitFor();
      const idRow = page.getByTestId("import-error-2-nationalId");
      await expect(idRow.locator("td").allTextContents()).resolves.toEqual([
        "2",
        "เลขประจำตัวประชาชน",
        "เลขประจำตัวประชาชนไม่ถูกต้อง (หลักตรวจสอบไม่ตรง) ตรวจสอบกับบัตรประชาชนอีกครั้ง",
      ]);
      const tambonRow = page.getByTestId("import-error-3-tambonCode");
      await expect(tambonRow.locator("td").allTextContents()).resolves.toEqual(["3", "รหัสตำบล", "ไม่มีตำบลรหัส 999999 ตรวจสอบรหัสตำบล 6 หลักอีกครั้ง"]);
      expect(await page.locator("tbody").textContent()).not.toMatch(/[A-Za-z]{3,}/);
      await screenshot(page, `errors-import-${viewport.name}`);

      // the same rows fixed, in an Excel workbook: checked, then imported
      const workbook = new Workbook();
      const sheet = workbook.addWorksheet("ผู้นำ");
      sheet.addRow(["คำนำหน้า", "ชื่อ", "นามสกุล", "เลขประจำตัวประชาชน", "รหัสตำบล", "รุ่นปี"]);
      const id = nationalId(`3109900881${viewport.width === 390 ? "11" : "12"}`);
      sheet.addRow(["นาย", "จากเอกซ์เซล", "ทดลอง", id, "220102", 2564]);
      const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
      await page.getByLabel("เลือกไฟล์รายชื่อ").setInputFiles({
        name: "leaders.xlsx",
        mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        buffer,
      });
      await page.getByTestId("import-xlsx").waitFor();
      await page.getByRole("button", { name: /ตรวจสอบ/ }).click();
      await page.getByText("ตรวจสอบ 1 แถว พบข้อผิดพลาด 0 รายการ").waitFor();
      await page.getByRole("button", { name: "นำเข้า", exact: true }).click();
      await page.getByText("นำเข้าแล้ว 1 จาก 1 แถว").waitFor();
    });

    test("a post dated in the future is refused on its date, in Thai", async () => {
      const page = await open("officer.chanthaburi", "engagementPosts/create");
      await page.locator(".create-page form").waitFor();
      await page.getByLabel(/^ลิงก์/).fill("https://facebook.com/changeleaders.chanthaburi/posts/future");
      await pickTambon(page, /^ตำบล/, DEMO_TARGET_TAMBONS[3]);
      const postedAt = page.getByLabel(/โพสต์เมื่อ/);
      await postedAt.fill(beDateTime(3));
      await page.getByRole("button", { name: "บันทึก" }).click();
      await expectFieldError(page, postedAt, /ต้องไม่เลยเวลาปัจจุบัน/);
      await screenshot(page, `errors-post-future-${viewport.name}`);
    });

    test("a score above the criterion's maximum is refused on that score's box", async () => {
      const login = await graphql<{ login: { token: string; account: { id: string } } }>(suite.system.url, LOGIN, {
        username: "inspector.region9",
        password: DEMO_PASSWORD,
      });
      const inspector = { authorization: `Bearer ${login.data!.login.token}` };
      // a nomination under review the inspector has not reviewed yet
      let target: { id: string; criteria: { code: string; maxScore: number }[] } | undefined;
      for (const n of [3, 4]) {
        const read = await graphql<{ nomination: NominationRead }>(suite.system.url, NOMINATION, { id: demoNominationId(n) }, inspector);
        const nomination = read.data?.nomination;
        if (nomination?.status === "UNDER_REVIEW" && !nomination.reviews.some((r) => r.reviewerId === login.data!.login.account.id))
          target = { id: demoNominationId(n), criteria: nomination.rubric!.criteria };
      }
      expect(target).toBeDefined();
      const page = await open("inspector.region9", `nominations/${target!.id}/show`);
      const [first, ...others] = target!.criteria;
      const box = page.locator(`#review-score-${first.code}`);
      await box.fill(String(first.maxScore + 5));
      for (const c of others) await page.locator(`#review-score-${c.code}`).fill(String(c.maxScore));
      // the comment the API requires, on the comment box; then the score, on its box
      const submit = page.getByRole("button", { name: "ส่งผลการประเมิน" });
      await submit.click();
      const comment = page.locator("#review-comment");
      await expectFieldError(page, comment, /กรุณากรอกข้อมูล/);
      await comment.fill("แปลงผักเข้มแข็ง มีตลาดชุมชนรองรับ");
      await submit.click();
      await expectFieldError(page, box, new RegExp(`ตั้งแต่ 0 ถึง ${first.maxScore}`));
      await screenshot(page, `errors-review-score-${viewport.name}`);
    });

    test("a budget officer types amounts with commas, reads them in Thai words, and an overspend names what remains", async () => {
      const page = await open("budget", `awards/${DEMO_EXCELLENT_AWARD_ID}/show`);
      const amount = page.getByLabel("จำนวนเงิน", { exact: true });
      await amount.fill("300,000.50");
      await expectHelper(page, amount, "สามแสนบาทห้าสิบสตางค์");
      for (const [typed, words] of [
        ["300,000.505", /ทศนิยมได้ไม่เกิน 2 ตำแหน่ง/],
        ["สามแสน", /กรอกเป็นตัวเลข/],
        ["-300", /ติดลบไม่ได้/],
      ] as const) {
        await amount.fill(typed);
        await expectFieldError(page, amount, words);
      }

      const reference = `ERR-${viewport.name}`;
      await amount.fill("1,000.50");
      await page.getByLabel("วัตถุประสงค์").fill("ค่าป้ายไวนิล");
      await page.getByLabel("เลขที่อ้างอิง").fill(reference);
      await page.getByRole("button", { name: "บันทึก", exact: true }).click();
      await page.getByTestId(`disbursement-${reference}`).waitFor();

      const award = await graphql<{ award: { remaining: string } }>(suite.system.url, AWARD, { id: DEMO_EXCELLENT_AWARD_ID }, suite.admin);
      const remaining = award.data!.award.remaining;
      const over = (BigInt(remaining.replace(".", "")) + 100_000n).toString();
      const overTyped = `${over.slice(0, -2).replace(/\B(?=(\d{3})+(?!\d))/g, ",")}.${over.slice(-2)}`;
      await amount.fill(overTyped);
      await page.getByLabel("วัตถุประสงค์").fill("ค่าอุปกรณ์");
      await page.getByLabel("เลขที่อ้างอิง").fill(`${reference}-OVER`);
      await page.getByRole("button", { name: "บันทึก", exact: true }).click();
      const shown = new Intl.NumberFormat("th-TH", { style: "currency", currency: "THB" }).format(remaining as unknown as number);
      await expectFieldError(page, amount, new RegExp(`คงเหลือ ${shown.replace(/[.$]/g, "\\$&")}`));
      await screenshot(page, `errors-overspend-${viewport.name}`);
      expect(await page.getByTestId(`disbursement-${reference}-OVER`).count()).toBe(0);
    });
  },
);

interface NominationRead {
  status: string;
  reviews: { reviewerId: string }[];
  rubric: { criteria: { code: string; maxScore: number }[] } | null;
}

const LOGIN = `mutation Login($username: String!, $password: String!) { login(username: $username, password: $password) { token account { id } } }`;
const REPORT = `query Report($id: ID!) { progressReport(id: $id) { narrative periodStart evidenceLinks indicators { indicatorCode quantity amount } } }`;
const NOMINATION = `query N($id: ID!) { nomination(id: $id) { status reviews { reviewerId } rubric { criteria { code maxScore } } } }`;
const AWARD = `query A($id: ID!) { award(id: $id) { remaining } }`;
