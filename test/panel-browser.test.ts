import fs from "node:fs";
import { DEMO_PASSWORD } from "@change-leaders/common";
import { DEMO_TARGET_TAMBONS } from "@change-leaders/common/demo";
import { graphql } from "@change-leaders/common/testing";
import { DEMO_EXCELLENT_AWARD_ID } from "@change-leaders/evaluation";
import type { Page } from "playwright-core";
import { ADMIN_DIST, type Browser, launchBrowser, openForm, pickTambon, screenshot, signIn } from "./support/browser";
import { RECEIPT_PDF } from "./support/evidence";
import { type TestSystem, startSystem } from "./support/system";

/** A valid Thai national ID (mod-11 check digit) from 12 digits. */
function nationalId(first12: string) {
  const sum = first12.split("").reduce((acc, digit, i) => acc + Number(digit) * (13 - i), 0);
  return first12 + String((11 - (sum % 11)) % 10);
}

/**
 * The panel in a real Chromium, served by the gateway at / from admin/dist: what an admin, a budget officer
 * and an inspector do on a working day (SQLite store; the API itself is tested on both databases elsewhere).
 */
describe("the panel in a browser", () => {
  let system: TestSystem;
  let browser: Browser;
  let admin: Record<string, string>;

  beforeAll(async () => {
    [system, browser] = await Promise.all([startSystem("sqlite", { adminDir: ADMIN_DIST }), launchBrowser()]);
    admin = await system.loginAs("admin");
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await system?.stop();
  });

  const panelUrl = () => new URL(system.url).origin;
  const leaderCount = async () => (await graphql<{ leaders: { totalCount: number } }>(system.url, LEADER_COUNT, {}, admin)).data!.leaders.totalCount;

  let page: Page;
  afterEach(async () => {
    await page?.close();
    // No uncaught error, console error or failed request in the panel.
    const errors = browser.errors.splice(0);
    expect(errors).toEqual([]);
  });

  test("an admin lists the demo leaders, exports them, creates one (a bad national ID refused at the field), switches to English, and edits it", async () => {
    page = await browser.newPage();
    await signIn(page, panelUrl(), "admin", DEMO_PASSWORD);
    await page.getByText("แดชบอร์ดงบประมาณ", { exact: false }).first().waitFor();
    await screenshot(page, "dashboard");

    await page.getByRole("menuitem", { name: /ผู้นำการเปลี่ยนแปลง/ }).click();
    const demoTotal = await leaderCount();
    await page.getByText(new RegExp(`1-\\d+ จาก ${demoTotal}`)).waitFor();
    await expect(page.getByRole("columnheader", { name: "นามสกุล" }).count()).resolves.toBe(1);
    await screenshot(page, "leaders-list");

    // Export: every row (not a page of them), with a UTF-8 BOM so Excel shows the Thai names.
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: /ส่งออก CSV/ }).click()]);
    const csv = fs.readFileSync((await download.path())!, "utf8");
    expect(csv.split("\r\n")[0]).toMatch(/^\uFEFFรหัสอ้างอิงในระบบ,/);
    expect(csv.trim().split("\r\n")).toHaveLength(demoTotal + 1);
    expect(csv).toContain("ชัยมงคล");

    await openForm(page, "สร้าง");
    await page.getByLabel(/คำนำหน้า/).fill("นางสาว");
    await page.getByLabel(/^ชื่อ/).fill("ทดสอบ");
    await page.getByLabel(/นามสกุล/).fill("แผงควบคุม");
    await page.getByLabel(/เลขประจำตัวประชาชน/).fill("1234567890123");
    await page.getByLabel(/วันเกิด/).fill("15/03/2507");
    await pickTambon(page, /^ตำบล/, DEMO_TARGET_TAMBONS[0]);
    await page.getByLabel(/รุ่นปี/).fill("2564");
    await page.getByRole("button", { name: "บันทึก" }).click();
    await page
      .getByText(/^เลขประจำตัวประชาชนไม่ถูกต้อง/)
      .first()
      .waitFor();
    await screenshot(page, "leader-bad-national-id");
    expect(await leaderCount()).toBe(demoTotal);

    await page.getByLabel(/เลขประจำตัวประชาชน/).fill(nationalId("310990012345"));
    await page.getByRole("button", { name: "บันทึก" }).click();
    await page.getByText("แผงควบคุม").first().waitFor();
    await page.getByText("15 มีนาคม 2507").waitFor(); // the birth date typed in the Buddhist Era, shown in it
    expect(await leaderCount()).toBe(demoTotal + 1);

    await page.getByRole("button", { name: "ไทย" }).click();
    await page.getByRole("menuitem", { name: "English" }).click();
    await page.getByText("First name").first().waitFor();
    await page.getByRole("menuitem", { name: /Leaders/ }).waitFor();
    await screenshot(page, "leader-show-en");
    // Edit (with the version it was read at), and the change shows in the record's history.
    await openForm(page, "Edit");
    await page.getByLabel("Community role").fill("ประธานกลุ่มออมทรัพย์");
    await page.getByRole("button", { name: "Save" }).click();
    await page.getByText("ประธานกลุ่มออมทรัพย์", { exact: true }).waitFor(); // the field, not its line in the history
    await page.getByRole("cell", { name: "Changed", exact: true }).first().waitFor();
    // Back to Thai for the next tests (the choice is remembered).
    await page.getByRole("button", { name: "English" }).click();
    await page.getByRole("menuitem", { name: "ไทย" }).click();
    await page.getByText("ชื่อ").first().waitFor();
  });

  test("a budget officer records a disbursement and cancels it, and the remaining budget follows", async () => {
    page = await browser.newPage();
    await signIn(page, panelUrl(), "budget", DEMO_PASSWORD);
    await page.locator(".recharts-surface").first().waitFor();
    await expect(page.getByRole("menuitem", { name: /ผู้นำการเปลี่ยนแปลง/ }).count()).resolves.toBe(0);
    await page.goto(`${panelUrl()}/#/awards/${DEMO_EXCELLENT_AWARD_ID}/show`);
    const remaining = page.getByTestId("award-remaining");
    await expect(waitText(remaining, "฿420,000.00")).resolves.toBe("฿420,000.00");
    await expect(page.getByTestId("award-amount-words").textContent()).resolves.toContain("หนึ่งล้านบาทถ้วน");

    await page.getByLabel("จำนวนเงิน").fill("1500.50");
    await page.getByLabel("วัตถุประสงค์").fill("ซื้อเมล็ดพันธุ์ผัก");
    await page.getByLabel("เลขที่อ้างอิง").fill("PANEL-1");
    await page.getByRole("button", { name: "บันทึก", exact: true }).click();
    await page.getByTestId("disbursement-PANEL-1").waitFor();
    await expect(waitText(remaining, "฿418,499.50")).resolves.toBe("฿418,499.50");
    await screenshot(page, "award-ledger");

    await page.getByTestId("disbursement-PANEL-1").getByRole("button", { name: "ยกเลิก" }).click();
    await page.getByRole("dialog").getByLabel("เหตุผล").fill("บันทึกผิดรายการ");
    await page.getByRole("dialog").getByRole("button", { name: "ยืนยัน" }).click();
    await page
      .getByTestId("disbursement-PANEL-1")
      .getByText(/ยกเลิกแล้ว/)
      .waitFor();
    await expect(waitText(remaining, "฿420,000.00")).resolves.toBe("฿420,000.00");

    // Four eyes: the recorder is offered no approval; a second budget officer approves (confirmed), then marks it paid with the payment's reference.
    await page.getByLabel("จำนวนเงิน").fill("100");
    await page.getByLabel("วัตถุประสงค์").fill("ค่าถ่ายเอกสาร");
    await page.getByLabel("เลขที่อ้างอิง").fill("PANEL-2");
    await page.getByRole("button", { name: "บันทึก", exact: true }).click();
    await page.getByTestId("disbursement-PANEL-2").waitFor();
    await expect(page.getByTestId("disbursement-PANEL-2").getByRole("button", { name: "อนุมัติ" }).count()).resolves.toBe(0);
    await page.close();
    page = await browser.newPage();
    await signIn(page, panelUrl(), "budget.approver", DEMO_PASSWORD);
    await page.locator(".recharts-surface").first().waitFor();
    await page.goto(`${panelUrl()}/#/awards/${DEMO_EXCELLENT_AWARD_ID}/show`);
    const row = page.getByTestId("disbursement-PANEL-2");
    await row.getByRole("button", { name: "อนุมัติ" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "ยืนยัน" }).click();
    // The receipt first (the API refuses PAID without one), attached from the ledger entry's evidence.
    const evidence = page.getByTestId("disbursement-evidence-PANEL-2");
    const [chooser] = await Promise.all([page.waitForEvent("filechooser"), evidence.getByText("แนบไฟล์", { exact: true }).click()]);
    await chooser.setFiles({ name: "ใบเสร็จ PANEL-2.pdf", mimeType: "application/pdf", buffer: RECEIPT_PDF });
    await evidence.getByRole("link", { name: "ใบเสร็จ PANEL-2.pdf" }).waitFor();
    await row.getByRole("button", { name: "บันทึกว่าจ่ายแล้ว" }).click();
    await page
      .getByRole("dialog")
      .getByLabel(/เลขที่อ้างอิงการจ่ายเงิน/)
      .fill("KTB-2564-000123");
    await page.getByRole("dialog").getByRole("button", { name: "ยืนยัน" }).click();
    await row.getByText("จ่ายแล้ว", { exact: true }).waitFor();
    await expect(row.getByRole("button", { name: /ยกเลิก|อนุมัติ|จ่ายแล้ว/ }).count()).resolves.toBe(0);
    // The ledger row's own history: recorded by the budget officer, approved and paid by the second one.
    await row.getByRole("button", { name: "ประวัติการแก้ไข" }).click();
    const history = page.getByRole("dialog").getByTestId("history-Disbursement");
    for (const action of ["บันทึกรายการเบิกจ่าย", "อนุมัติการเบิกจ่าย", "จ่ายเงินแล้ว"]) {
      await history.getByRole("cell", { name: action, exact: true }).waitFor();
    }
    await expect(history.getByRole("cell", { name: "เจ้าหน้าที่การเงินและงบประมาณ", exact: true }).count()).resolves.toBe(1);
    // The second one approved it, attached the receipt and paid it.
    await expect(history.getByRole("cell", { name: "หัวหน้าฝ่ายการเงินและงบประมาณ", exact: true }).count()).resolves.toBe(3);
    await screenshot(page, "disbursement-history");
    await page.getByRole("dialog").getByRole("button", { name: "ปิด" }).click();
    await expect(waitText(page.getByTestId("award-remaining"), "฿419,900.00")).resolves.toBe("฿419,900.00");
  });

  test("a province officer nominates a Chanthaburi tambon and submits it; an inspector of region 9 reviews it on the rubric", async () => {
    // The province officer puts a tambon forward in the panel and submits it.
    page = await browser.newPage();
    await signIn(page, panelUrl(), "officer.chanthaburi", DEMO_PASSWORD);
    await page.getByRole("menuitem", { name: /การเสนอชื่อ/ }).click();
    await openForm(page, "สร้าง");
    await pickTambon(page, /^ตำบล/, DEMO_TARGET_TAMBONS[6]);
    await page.getByLabel(/สรุปผลงาน/).fill("กลุ่มออมทรัพย์และแปลงผักรวมของชุมชน");
    await page.getByRole("button", { name: "บันทึก" }).click();
    await page.getByText("ร่าง", { exact: true }).waitFor();
    const nominationId = decodeURIComponent(/#\/nominations\/([^/]+)\/show/.exec(page.url())![1]);
    await page.getByRole("button", { name: "ส่ง", exact: true }).click();
    await page.getByRole("dialog").getByRole("button", { name: "ยืนยัน" }).click();
    await page.getByText("ส่งแล้ว", { exact: true }).waitFor();
    await page.close();

    page = await browser.newPage();
    await signIn(page, panelUrl(), "inspector.region9", DEMO_PASSWORD);
    await expect(page.getByRole("menuitem", { name: /รางวัล/ }).count()).resolves.toBe(0);
    await page.getByText(/รอการประเมิน \d+ รายการ/).waitFor();
    await screenshot(page, "inspector-dashboard");
    await page.goto(`${panelUrl()}/#/nominations/${nominationId}/show`);
    await page.getByText("ประเมินตามเกณฑ์").waitFor();
    for (const [code, score] of [
      ["FOOD_SECURITY", "9"],
      ["LEADERSHIP", "8"],
      ["PARTICIPATION", "7"],
      ["SUSTAINABILITY", "8"],
    ]) {
      await page.locator(`input[data-criterion="${code}"]`).fill(score);
    }
    await page.getByLabel("ความเห็น", { exact: true }).fill("ตลาดชุมชนเข้มแข็ง ควรขยายผล");
    await page.getByRole("button", { name: "ส่งผลการประเมิน" }).click();
    await page.getByText("ส่งผลการประเมินแล้ว").waitFor();
    await page.getByRole("cell", { name: "80.50" }); // (9·30 + 8·25 + 7·25 + 8·20) / 10.waitFor();
    await screenshot(page, "nomination-review");

    const answer = await graphql<{ nomination: { reviewCount: number } }>(system.url, NOMINATION, { id: nominationId }, admin);
    expect(answer.data!.nomination.reviewCount).toBe(1);
  });

  test("an admin checks a CSV import (per-row errors, nothing written), then imports, and makes a partner API key shown once", async () => {
    page = await browser.newPage();
    await signIn(page, panelUrl(), "admin", DEMO_PASSWORD);
    const before = await leaderCount();
    await page.getByRole("menuitem", { name: /นำเข้าผู้นำ/ }).click();
    const rows = (id: string) => `คำนำหน้า,ชื่อ,นามสกุล,เลขประจำตัวประชาชน,รหัสตำบล,รุ่นปี\nนาย,นำเข้า,ทดลอง,${id},${DEMO_TARGET_TAMBONS[1]},2564`;
    await page.getByLabel("CSV").fill(rows("1111111111111"));
    await page.getByRole("button", { name: /ตรวจสอบ/ }).click();
    await page.getByText("ตรวจสอบ 1 แถว พบข้อผิดพลาด 1 รายการ").waitFor();
    await page.getByRole("cell", { name: "เลขประจำตัวประชาชน", exact: true }).waitFor();
    await screenshot(page, "leader-import-errors");
    expect(await leaderCount()).toBe(before);
    await page.getByLabel("CSV").fill(rows(nationalId("310990054321")));
    await page.getByRole("button", { name: /ตรวจสอบ/ }).click();
    await page.getByText("ตรวจสอบ 1 แถว พบข้อผิดพลาด 0 รายการ").waitFor();
    await page.getByRole("button", { name: "นำเข้า", exact: true }).click();
    await page.getByText("นำเข้าแล้ว 1 จาก 1 แถว").waitFor();
    expect(await leaderCount()).toBe(before + 1);

    await page.getByRole("menuitem", { name: /คีย์ API/ }).click();
    await page.getByLabel(/^ชื่อ/).fill("สำนักงานสถิติจังหวัด");
    await page.getByLabel(/^วัตถุประสงค์/).fill("สำรวจข้อมูลสถิติระดับตำบล");
    await page.getByRole("button", { name: "สร้างคีย์" }).click();
    const key = (await page.getByTestId("api-key-secret").textContent())!;
    const asPartner = await graphql(
      system.url,
      `
        {
          provinces {
            code
          }
        }
      `,
      {},
      { "x-api-key": key },
    );
    expect(asPartner.errors).toBeUndefined();
    await page.getByRole("cell", { name: "สำนักงานสถิติจังหวัด" }).waitFor();
  });

  test("an admin opens events with attendance, progress reports, engagement posts with a draw, and lesson summaries", async () => {
    page = await browser.newPage();
    await signIn(page, panelUrl(), "admin", DEMO_PASSWORD);
    for (const menu of [/รายงานความก้าวหน้า/, /โพสต์สื่อสังคม/, /สรุปบทเรียน/, /กิจกรรม/]) {
      // The page shown so far stays until the next one's code has loaded: wait for the new page's rows.
      await page.evaluate('document.querySelectorAll("#main-content > *").forEach((old) => old.setAttribute("data-left", ""))');
      await page.getByRole("menuitem", { name: menu }).click();
      await page.locator("#main-content > :not([data-left]) tbody tr").first().waitFor();
      if (String(menu) === String(/โพสต์สื่อสังคม/)) {
        await page.getByLabel("ค่าตั้งต้นการสุ่ม").fill("panel-2564");
        await page.getByRole("button", { name: "สุ่ม", exact: true }).click();
        await page.getByText(/สุ่มได้ \d+ โพสต์ จาก \d+/).waitFor();
      }
    }
    await page.locator("tbody tr").first().click();
    await page.getByText(/ลงทะเบียน \d+ · เข้าร่วม \d+ · เป้าหมาย \d+/).waitFor();
    await screenshot(page, "event-attendance");
  });

  test("nothing the browser asked for left this machine (no telemetry, no fonts from the internet)", () => {
    const outside = browser.requests.filter((url) => !/^(https?:\/\/(127\.0\.0\.1|localhost)(:\d+)?\/|data:|blob:|about:)/.test(url));
    expect(outside).toEqual([]);
    expect(browser.requests.length).toBeGreaterThan(10);
  });
});

/** Waits until a locator's text is `expected` and returns it (or the last text seen, for the failure message). */
async function waitText(locator: ReturnType<Page["getByTestId"]>, expected: string): Promise<string | null> {
  try {
    await locator.filter({ hasText: expected }).waitFor();
  } catch {
    // fall through: the assertion shows what was there
  }
  return locator.textContent();
}

const LEADER_COUNT = `{ leaders { totalCount } }`;
const NOMINATION = `query N($id: ID!) { nomination(id: $id) { reviewCount } }`;
