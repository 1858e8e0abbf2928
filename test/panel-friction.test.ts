import { DEMO_PASSWORD } from "@change-leaders/common";
import { DEMO_EXCELLENT_AWARD_ID } from "@change-leaders/evaluation";
import type { Page } from "playwright-core";
import { openForm, screenshot, signIn } from "./support/browser";
import { panelSuite } from "./support/panel-suite";

const AWARD = `/#/awards/${DEMO_EXCELLENT_AWARD_ID}/show`;
const PHONE = { width: 390, height: 844 };

/** The text of a locator once it equals `expected` (or its last text when it never does, for the assertion to show). */
async function textOf(page: Page, testId: string, expected: string): Promise<string> {
  const locator = page.getByTestId(testId);
  try {
    await locator.filter({ hasText: expected }).waitFor({ timeout: 10_000 });
  } catch {
    // fall through: the assertion shows what was there
  }
  return (await locator.textContent()) ?? "";
}

/**
 * Issue #17, everyday friction: one session per browser, the panel's own dialogs naming the amount and tambon, the
 * award's money apart by step, a duplicate voucher refused at its field, forms that offer only what can succeed,
 * a page an officer may not use saying so, and the engagement draws kept with a replay.
 */
describe("the panel without everyday friction", () => {
  const suite = panelSuite();
  const { panelUrl } = suite;

  test("a link opened in a new tab is signed in; signing out in one tab sends the other to the sign-in page", async () => {
    const first = await suite.newPage();
    await signIn(first, panelUrl(), "budget", DEMO_PASSWORD);
    const second = await suite.newPage();
    await second.goto(`${panelUrl()}${AWARD}`);
    await second.getByTestId("award-amount").waitFor();
    await expect(second.getByLabel(/รหัสผ่าน/).count()).resolves.toBe(0);

    await first.getByRole("button", { name: "ผู้ใช้" }).click();
    await first.getByRole("menuitem", { name: "ออกจากระบบ" }).click();
    await first.getByLabel(/รหัสผ่าน/).waitFor();
    // The other tab hears it (a storage event) and shows the sign-in page before its next action can fail.
    await second.getByLabel(/รหัสผ่าน/).waitFor();
    await expect(second.getByTestId("award-amount").count()).resolves.toBe(0);
  });

  test("a budget officer sees the award's money apart by step and is refused a voucher reference used before, at its field", async () => {
    const page = await suite.newPage();
    await signIn(page, panelUrl(), "budget", DEMO_PASSWORD);
    await page.goto(`${panelUrl()}${AWARD}`);
    await expect(textOf(page, "award-recorded", "฿80,000.00")).resolves.toBe("฿80,000.00");
    await expect(textOf(page, "award-approved", "฿150,000.00")).resolves.toBe("฿150,000.00");
    await expect(textOf(page, "award-paid", "฿350,000.00")).resolves.toBe("฿350,000.00");
    await expect(textOf(page, "award-remaining", "฿420,000.00")).resolves.toBe("฿420,000.00");
    await page.getByText("บันทึกแล้ว รออนุมัติ").waitFor();
    await page.getByText("อนุมัติแล้ว รอจ่าย").waitFor();

    await page.getByLabel("จำนวนเงิน").fill("1000");
    await page.getByLabel("วัตถุประสงค์").fill("ค่าวัสดุแปลงผัก");
    await page.getByLabel("เลขที่อ้างอิง").fill("ร.อ.-2564/0001");
    await page.getByRole("button", { name: "บันทึก", exact: true }).click();
    await page.getByText(/เลขที่อ้างอิง "ร\.อ\.-2564\/0001" ถูกใช้กับรายการเบิกจ่ายอื่นในปีงบประมาณ 2564 แล้ว/).waitFor();
    await screenshot(page, "friction-reference-taken");

    await page.getByLabel("เลขที่อ้างอิง").fill("ร.อ.-2564/8001");
    await page.getByRole("button", { name: "บันทึก", exact: true }).click();
    await page.getByTestId("disbursement-ร.อ.-2564/8001").waitFor();
    await expect(textOf(page, "award-recorded", "฿81,000.00")).resolves.toBe("฿81,000.00");
    await expect(textOf(page, "award-remaining", "฿419,000.00")).resolves.toBe("฿419,000.00");
  });

  test.each([
    ["at 1366×768", { width: 1366, height: 768 }, "ร.อ.-2564/8001"],
    ["on a phone (390×844)", PHONE, "ร.อ.-2564/8002"],
  ])("a second budget officer approves in the panel's dialog naming the amount and tambon %s", async (_name, viewport, reference) => {
    if (reference === "ร.อ.-2564/8002") {
      const recorder = await suite.newPage();
      await signIn(recorder, panelUrl(), "budget", DEMO_PASSWORD);
      await recorder.goto(`${panelUrl()}${AWARD}`);
      await recorder.getByLabel("จำนวนเงิน").fill("500");
      await recorder.getByLabel("วัตถุประสงค์").fill("ค่าถ่ายเอกสาร");
      await recorder.getByLabel("เลขที่อ้างอิง").fill(reference);
      await recorder.getByRole("button", { name: "บันทึก", exact: true }).click();
      await recorder.getByTestId(`disbursement-${reference}`).waitFor();
      await recorder.close();
    }
    const page = await suite.newPage();
    await page.setViewportSize(viewport);
    // Never the browser's confirm(): a native dialog would fail the test.
    page.on("dialog", (dialog) => {
      throw new Error(`a browser dialog: ${dialog.message()}`);
    });
    await signIn(page, panelUrl(), "budget.approver", DEMO_PASSWORD);
    await page.goto(`${panelUrl()}${AWARD}`);
    const row = page.getByTestId(`disbursement-${reference}`);
    await row.getByRole("button", { name: "อนุมัติ" }).click();
    const dialog = page.getByRole("dialog");
    const amount = reference.endsWith("8001") ? "฿1,000.00" : "฿500.00";
    await expect(dialog.getByTestId("approve-text").textContent()).resolves.toBe(
      `อนุมัติการเบิกจ่าย ${amount} บาท ของตำบลดงครั่งน้อย (เลขที่ ${reference}) หรือไม่`,
    );
    const box = await dialog.getByRole("button", { name: "ยืนยัน" }).boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(viewport.width);
    await screenshot(page, `friction-approve-${viewport.width}`);
    await dialog.getByRole("button", { name: "ยืนยัน" }).click();
    await row.getByText("อนุมัติแล้ว", { exact: true }).waitFor();
    // Mark paid names them too (its dialog asks for the payment's reference).
    await row.getByRole("button", { name: "บันทึกว่าจ่ายแล้ว" }).click();
    await expect(page.getByRole("dialog").getByTestId("pay-text").textContent()).resolves.toBe(
      `จ่ายเงิน ${amount} บาท ให้ตำบลดงครั่งน้อย (เลขที่ ${reference})`,
    );
    await page.getByRole("dialog").getByRole("button", { name: "ปิด" }).click();
  });

  test("a province officer is offered the provincial round only, reads 'no access' on /access, and sees no lesson award already written", async () => {
    const page = await suite.newPage();
    await signIn(page, panelUrl(), "officer.chanthaburi", DEMO_PASSWORD);
    await page.getByRole("menuitem", { name: /การเสนอชื่อ/ }).click();
    await openForm(page, "สร้าง");
    const round = page.getByRole("combobox", { name: /รอบ|ระดับ/ });
    await expect(round.textContent()).resolves.toContain("ระดับจังหวัด");
    await round.click({ force: true });
    await expect(page.getByRole("option", { name: "ระดับเขต" }).count()).resolves.toBe(0);
    await expect(page.getByRole("option", { name: "ระดับประเทศ" }).count()).resolves.toBe(0);

    await page.goto(`${panelUrl()}/#/access`);
    await page.getByText("ไม่มีสิทธิ์เข้าถึงหน้านี้").first().waitFor();
    await screenshot(page, "friction-no-access");
  });

  test("an admin's lesson award picker is searchable and leaves out the awards whose tambon already has a lesson that year", async () => {
    const page = await suite.newPage();
    await signIn(page, panelUrl(), "admin", DEMO_PASSWORD);
    await page.goto(`${panelUrl()}/#/lessonSummaries/create`);
    await page.getByText("แสดงเฉพาะรางวัลที่ยังไม่มีบทเรียน พิมพ์ชื่อตำบลเพื่อค้นหา").waitFor();
    const picker = page.getByLabel(/^รางวัล/);
    // Every demo award's tambon has its lesson for 2564: typing its name offers none of them.
    await picker.fill("ดงครั่งน้อย");
    await page.waitForTimeout(500);
    await expect(page.getByRole("option", { name: /ดงครั่งน้อย/ }).count()).resolves.toBe(0);
  });

  test("an officer draws posts, finds the draw among the past draws with who drew it, and replays it to a match", async () => {
    const page = await suite.newPage();
    await signIn(page, panelUrl(), "officer.chanthaburi", DEMO_PASSWORD);
    await page
      .getByRole("menuitem", { name: /ผลการเผยแพร่|โพสต์|การติดตาม/ })
      .first()
      .click();
    await page.getByLabel("ค่าตั้งต้นการสุ่ม").fill("friction-seed-1");
    await page.getByLabel("จำนวน", { exact: true }).fill("3");
    await page.getByRole("button", { name: "สุ่ม", exact: true }).click();
    await page.getByText(/สุ่มได้ \d+ โพสต์/).waitFor();
    await page.getByRole("link", { name: "ดูประวัติการสุ่มตรวจ" }).click();
    const card = page.getByTestId("draw-friction-seed-1");
    await card.getByText("เจ้าหน้าที่พัฒนาชุมชนจังหวัดจันทบุรี").waitFor();
    await expect(card.textContent()).resolves.toMatch(/25\d\d/);
    await card.getByRole("button", { name: "สุ่มซ้ำเพื่อตรวจสอบ" }).click();
    await card.getByText("สุ่มซ้ำแล้วได้ผลตรงกับที่บันทึกไว้").waitFor();
    await screenshot(page, "friction-draws");
  });
});
