import { DEMO_PASSWORD } from "@change-leaders/common";
import { graphql } from "@change-leaders/common/testing";
import { DEMO_EXCELLENT_AWARD_ID } from "@change-leaders/evaluation";
import type { Page } from "playwright-core";
import { screenshot, signIn } from "./support/browser";
import { panelSuite } from "./support/panel-suite";
import { rowCounts } from "./support/row-counts";
import { attachReceipt } from "./support/evidence";

/**
 * An admin runs the next fiscal year from the panel: copies FY 2564's set-up into FY 2565 after a dry run
 * (a second copy refused with what the year holds), corrects FY 2565's inspection regions (a province that is
 * already in a region refused in Thai), and closes FY 2564 once its money is settled (refused before).
 */
describe("fiscal years in the panel", () => {
  const suite = panelSuite();
  let page: Page;
  const regions = async (fiscalYear: number) =>
    (
      await graphql<{ inspectionRegions: { code: string; provinceCodes: string[] }[] }>(
        suite.system.url,
        `
          query ($y: Int!) {
            inspectionRegions(fiscalYear: $y) {
              code
              provinceCodes
            }
          }
        `,
        { y: fiscalYear },
        suite.admin,
      )
    ).data!.inspectionRegions;

  test("an admin copies FY 2564's set-up into FY 2565 after a dry run; a second copy shows what the year already holds", async () => {
    page = await suite.newPage();
    await signIn(page, suite.panelUrl(), "admin", DEMO_PASSWORD);
    await page.getByRole("menuitem", { name: "ปีงบประมาณ" }).click();
    await page.getByTestId("fiscal-year-2564").getByText("เปิดดำเนินการ").waitFor();

    const before = await rowCounts(suite.system.store.config);
    await page.getByRole("button", { name: "ตรวจสอบก่อนคัดลอก" }).click();
    const report = page.getByTestId("copy-report");
    await report.getByText(/^จะคัดลอก \d+ รายการ/).waitFor();
    await report.getByText("ทุกจังหวัดอยู่ในเขตตรวจราชการแล้ว").waitFor();
    await report.getByText(/เงินรางวัลตำบลระดับดีเลิศ 1,000,000\.00 บาท/).waitFor();
    expect(await rowCounts(suite.system.store.config)).toEqual(before);
    expect(await regions(2565)).toEqual([]);

    await page.getByRole("button", { name: "คัดลอก", exact: true }).click();
    await report.getByText(/^คัดลอกแล้ว \d+ รายการ/).waitFor();
    expect(await regions(2565)).toHaveLength(18);
    // The regions of the year copied to are shown below, Chanthaburi in region 9.
    await page.getByTestId("region-9").getByText(/จันทบุรี/).waitFor();
    await screenshot(page, "fiscal-year-copied");

    await page.getByRole("button", { name: "คัดลอก", exact: true }).click();
    const refused = page.getByTestId("copy-error");
    await refused.getByText(/ปีงบประมาณ 2565 มีการตั้งค่าแล้ว \d+ รายการ จึงไม่ได้คัดลอก/).waitFor();
    await refused.getByText("ปีปลายทางมีการตั้งค่าแล้ว:").waitFor();
    expect(await regions(2565)).toHaveLength(18);

    // The copied year is now the working year: the dashboard opens on FY 2565 (no money yet) and goes back to FY 2564.
    await page.getByRole("menuitem", { name: "แดชบอร์ด" }).click();
    await page
      .getByText(/ปีงบประมาณ 2565/)
      .first()
      .waitFor();
    await page.getByText("฿0.00").first().waitFor();
    await page.getByRole("combobox", { name: "ปีงบประมาณ" }).click();
    await page.getByRole("option", { name: "2564" }).click();
    await page
      .getByText(/ปีงบประมาณ 2564/)
      .first()
      .waitFor();
    await page.getByText("฿1,000,000.00").first().waitFor();
  });

  test("an admin is refused a province already in another region, then moves Trat out of region 9 and sees it listed without a region", async () => {
    page = await suite.newPage();
    await signIn(page, suite.panelUrl(), "admin", DEMO_PASSWORD);
    await page.getByRole("menuitem", { name: "ปีงบประมาณ" }).click();
    // The dashboard's year picker (a select of the same name) may still be on screen: the page's own number field.
    await page.waitForURL(/#\/fiscal-years/);
    await page.getByRole("spinbutton", { name: "ปีงบประมาณ", exact: true }).fill("2565");
    await page.getByTestId("region-9").waitFor();

    // A new region 19 claiming Chanthaburi, which region 9 already holds.
    await page.getByLabel("เขตที่").fill("19");
    await page.getByLabel("ชื่อเขต (ไทย)").fill("เขตตรวจราชการที่ 19");
    await page.getByLabel("ชื่อเขต (อังกฤษ)").fill("Inspection Region 19");
    await page.getByLabel("จังหวัดในเขต").fill("จันทบุรี");
    await page.getByRole("option", { name: "จันทบุรี (22)" }).click();
    const before = await rowCounts(suite.system.store.config);
    await page.getByRole("button", { name: "บันทึกเขต" }).click();
    await page
      .getByTestId("region-error")
      .getByText(/จังหวัดจันทบุรี อยู่ในเขตตรวจราชการที่ 9 ของปีงบประมาณ 2565 แล้ว/)
      .waitFor();
    const message = await page.getByTestId("region-error").innerText();
    expect(message).toMatch(/[ก-๙]/);
    expect(message).not.toMatch(/BAD_USER_INPUT|CONFLICT|provinceCodes/);
    expect(await rowCounts(suite.system.store.config)).toEqual(before);
    await screenshot(page, "region-province-taken");

    // Correct region 9: Trat moves out of it; the page then lists Trat as a province without a region.
    await page.getByTestId("region-9").getByRole("button", { name: "แก้ไข" }).click();
    await page.getByRole("button", { name: /ตราด/ }).locator("svg").click();
    await page.getByRole("button", { name: "บันทึกเขต" }).click();
    await page.getByTestId("provinces-without-region").getByText(/ตราด/).waitFor();
    const nine = (await regions(2565)).find((region) => region.code === "9")!;
    expect(nine.provinceCodes).not.toContain("23");
    expect(nine.provinceCodes).toContain("22");
  });

  test("an admin cannot close FY 2564 while money is in flight, and closes it once the disbursements are settled", async () => {
    page = await suite.newPage();
    await signIn(page, suite.panelUrl(), "admin", DEMO_PASSWORD);
    await page.getByRole("menuitem", { name: "ปีงบประมาณ" }).click();
    const row = page.getByTestId("fiscal-year-2564");
    await row.getByRole("button", { name: "ปิดปีงบประมาณ" }).click();
    await page.getByRole("button", { name: "ยืนยัน" }).click();
    await page.getByText(/ปิดปีงบประมาณ 2564 ไม่ได้: ยังมีรายการเบิกจ่าย 2 รายการ/).waitFor();
    await row.getByText("เปิดดำเนินการ").waitFor();

    // The budget officers settle the two: the approved one paid, the recorded one cancelled.
    const budget = await suite.system.loginAs("budget");
    const ledger = await graphql<{ award: { disbursements: { nodes: { id: string; status: string }[] } } }>(
      suite.system.url,
      `
        query ($id: ID!) {
          award(id: $id) {
            disbursements(page: { limit: 50 }) {
              nodes {
                id
                status
              }
            }
          }
        }
      `,
      { id: DEMO_EXCELLENT_AWARD_ID },
      budget,
    );
    for (const { id, status } of ledger.data!.award.disbursements.nodes) {
      const settle =
        status === "APPROVED"
          ? `mutation($id: ID!) { markDisbursementPaid(id: $id, paymentReference: "KTB-2564-9") { id } }`
          : status === "RECORDED"
            ? `mutation($id: ID!) { cancelDisbursement(id: $id, reason: "เลื่อนไปปีหน้า") { id } }`
            : null;
      if (status === "APPROVED") await attachReceipt(suite.system.url, budget, id);
      if (settle) expect((await graphql(suite.system.url, settle, { id }, budget)).errors).toBeUndefined();
    }

    await row.getByRole("button", { name: "ปิดปีงบประมาณ" }).click();
    await page.getByRole("button", { name: "ยืนยัน" }).click();
    await row.getByText("ปิดปีแล้ว").waitFor();
    // When, as a Thai date in the Buddhist Era.
    expect(await row.innerText()).toMatch(/\d{1,2} [ก-๙]+ 25\d\d/);
    expect(await row.getByRole("button", { name: "ปิดปีงบประมาณ" }).count()).toBe(0);
    const status = await graphql<{ fiscalYear: { status: string } }>(
      suite.system.url,
      `
        {
          fiscalYear(fiscalYear: 2564) {
            status
          }
        }
      `,
      {},
      suite.admin,
    );
    expect(status.data!.fiscalYear.status).toBe("CLOSED");
    await screenshot(page, "fiscal-year-closed");
  });
});
