import { DEMO_PASSWORD } from "@change-leaders/common";
import { DEMO_TARGET_TAMBONS } from "@change-leaders/common/demo";
import { graphql } from "@change-leaders/common/testing";
import type { Page } from "playwright-core";
import { openForm, pickTambon, screenshot, signIn } from "./support/browser";
import { panelSuite } from "./support/panel-suite";

/**
 * Activity 3 and 4 in the panel: a food-security progress report from draft to accepted (returned once with a reason),
 * and a result posted online with its sampled counts and the random draw of posts to check.
 */
describe("progress reports and engagement in the panel", () => {
  const suite = panelSuite();
  const { panelUrl } = suite;
  let page: Page;
  const confirm = async (button: string, reason?: string) => {
    await page.getByRole("button", { name: button, exact: true }).click();
    if (reason) await page.getByRole("dialog").getByLabel("เหตุผล").fill(reason);
    await page.getByRole("dialog").getByRole("button", { name: "ยืนยัน" }).click();
  };

  test("an officer drafts, edits and submits a report; the admin returns it with a reason; resubmitted, it is accepted", async () => {
    page = await suite.newPage();
    await signIn(page, panelUrl(), "officer.chanthaburi", DEMO_PASSWORD);
    await page.getByRole("menuitem", { name: /รายงานความก้าวหน้า/ }).click();
    await openForm(page, "สร้าง");
    await pickTambon(page, /^ตำบล/, DEMO_TARGET_TAMBONS[2]);
    await page.getByLabel(/^ตั้งแต่/).fill("01/01/2564");
    await page.getByLabel(/^ถึง/).fill("31/03/2564");
    await page.getByLabel(/^รายละเอียด/).fill("ปลูกผักสวนครัวรั้วกินได้ครบทุกหมู่บ้าน");
    await page.getByLabel(/ครัวเรือนที่เข้าร่วม/).fill("40");
    await page.getByLabel(/เงินออมจากการลดรายจ่าย/).fill("12500.50");
    await page.getByLabel(/ลิงก์หลักฐาน/).fill("https://photos.example.go.th/plots\nhttps://facebook.com/tambon/posts/1");
    await page.getByRole("button", { name: "บันทึก" }).click();
    await page.getByText("ร่าง", { exact: true }).waitFor();
    await page.getByText("40 ครัวเรือน").waitFor();
    await page.getByText("฿12,500.50").waitFor();
    const reportId = decodeURIComponent(/#\/progressReports\/([^/]+)\/show/.exec(page.url())![1]);

    await openForm(page, "แก้ไข");
    await page.getByLabel(/^รายละเอียด/).fill("ปลูกผักสวนครัวรั้วกินได้ครบ 12 หมู่บ้าน");
    await page.getByRole("button", { name: "บันทึก" }).click();
    await page.getByText("ปลูกผักสวนครัวรั้วกินได้ครบ 12 หมู่บ้าน").waitFor();
    await confirm("ส่ง");
    await page.getByText("ส่งแล้ว", { exact: true }).waitFor();
    await expect(page.getByRole("link", { name: "แก้ไข" }).count()).resolves.toBe(0);
    await page.close();

    page = await suite.newPage();
    await signIn(page, panelUrl(), "admin", DEMO_PASSWORD);
    await page.goto(`${panelUrl()}/#/progressReports/${encodeURIComponent(reportId)}/show`);
    await confirm("ส่งกลับ", "ขาดภาพถ่ายแปลงผัก");
    await page.getByText("ส่งกลับแก้ไข", { exact: true }).waitFor();
    await page.getByText("ขาดภาพถ่ายแปลงผัก", { exact: true }).waitFor();
    await page.close();

    page = await suite.newPage();
    await signIn(page, panelUrl(), "officer.chanthaburi", DEMO_PASSWORD);
    await page.goto(`${panelUrl()}/#/progressReports/${encodeURIComponent(reportId)}/show`);
    await openForm(page, "แก้ไข");
    await page.getByLabel(/ลิงก์หลักฐาน/).fill("https://photos.example.go.th/plots\nhttps://photos.example.go.th/plots-2");
    await page.getByRole("button", { name: "บันทึก" }).click();
    await page.getByRole("link", { name: "https://photos.example.go.th/plots-2" }).waitFor();
    await confirm("ส่ง");
    await page.getByText("ส่งแล้ว", { exact: true }).waitFor();
    await page.close();

    page = await suite.newPage();
    await signIn(page, panelUrl(), "admin", DEMO_PASSWORD);
    await page.goto(`${panelUrl()}/#/progressReports/${encodeURIComponent(reportId)}/show`);
    await confirm("รับรอง");
    await page.getByText("รับรองแล้ว", { exact: true }).waitFor();
    // The report's history shows each step by whom.
    const history = page.getByTestId("history-ProgressReport");
    await expect(history.locator("tbody tr").count()).resolves.toBeGreaterThanOrEqual(6);
    await screenshot(page, "progress-report-accepted");

    const answer = await graphql<{ progressReport: Record<string, unknown> }>(suite.system.url, REPORT, { id: reportId }, suite.admin);
    expect(answer.data!.progressReport).toEqual({
      status: "ACCEPTED",
      tambonCode: DEMO_TARGET_TAMBONS[2],
      periodStart: "2021-01-01",
      periodEnd: "2021-03-31",
      narrative: "ปลูกผักสวนครัวรั้วกินได้ครบ 12 หมู่บ้าน",
      evidenceLinks: ["https://photos.example.go.th/plots", "https://photos.example.go.th/plots-2"],
      indicators: expect.arrayContaining([
        { indicatorCode: "HOUSEHOLDS", quantity: 40, amount: null },
        { indicatorCode: "SAVINGS", quantity: null, amount: "12500.50" },
      ]),
    });
  });

  test("an officer records a post, samples its counts twice, and draws posts to check", async () => {
    page = await suite.newPage();
    await signIn(page, panelUrl(), "officer.chanthaburi", DEMO_PASSWORD);
    await page.getByRole("menuitem", { name: /โพสต์สื่อสังคม/ }).click();
    await openForm(page, "สร้าง");
    await page.getByLabel(/^ลิงก์/).fill("https://facebook.com/changeleaders.chanthaburi/posts/2564");
    await page.getByLabel(/^หัวข้อ/).fill("ตลาดนัดผักปลอดสารของตำบล");
    await pickTambon(page, /^ตำบล/, DEMO_TARGET_TAMBONS[3]);
    await page.getByLabel(/ผู้โพสต์/).click();
    await page.getByRole("option").first().click();
    await page.getByLabel(/โพสต์เมื่อ/).fill("20/03/2564 18:30");
    await page.getByRole("button", { name: "บันทึก" }).click();
    await page.getByText("ตลาดนัดผักปลอดสารของตำบล", { exact: true }).waitFor();
    const postId = decodeURIComponent(/#\/engagementPosts\/([^/]+)\/show/.exec(page.url())![1]);

    for (const [likes, follows, shares] of [
      ["120", "30", "12"],
      ["180", "41", "20"],
    ]) {
      await page.getByLabel("ถูกใจ", { exact: true }).fill(likes);
      await page.getByLabel("ติดตาม", { exact: true }).fill(follows);
      await page.getByLabel("แชร์", { exact: true }).fill(shares);
      await page.getByRole("button", { name: "บันทึกยอด ณ ตอนนี้" }).click();
      await page.getByRole("cell", { name: likes, exact: true }).waitFor();
    }
    await screenshot(page, "engagement-samples");

    await page.getByRole("menuitem", { name: /โพสต์สื่อสังคม/ }).click();
    await page.locator("tbody tr").first().waitFor();
    await page.getByLabel("ค่าตั้งต้นการสุ่ม").fill("panel-2564");
    await page.getByRole("button", { name: "สุ่ม", exact: true }).click();
    await page.getByText(/สุ่มได้ \d+ โพสต์ จาก \d+/).waitFor();

    const answer = await graphql<{ engagementPost: Record<string, unknown> }>(suite.system.url, POST, { id: postId }, suite.admin);
    expect(answer.data!.engagementPost).toEqual({
      tambonCode: DEMO_TARGET_TAMBONS[3],
      postedAt: expect.stringMatching(/^2021-03-20T11:30:00/),
      leader: { id: expect.any(String) },
      latestSample: { likes: 180, follows: 41, shares: 20 },
      samples: { totalCount: 2 },
    });
  });
});

const REPORT = `query Report($id: ID!) { progressReport(id: $id) { status tambonCode periodStart periodEnd narrative evidenceLinks
  indicators { indicatorCode quantity amount } } }`;
const POST = `query Post($id: ID!) { engagementPost(id: $id) { tambonCode postedAt leader { id } latestSample { likes follows shares }
  samples { totalCount } } }`;
