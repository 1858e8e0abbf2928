import fs from "node:fs";
import { DEMO_PASSWORD } from "@change-leaders/common";
import { graphql } from "@change-leaders/common/testing";
import type { Page } from "playwright-core";
import { screenshot, signIn } from "./support/browser";
import { panelSuite } from "./support/panel-suite";

const VIEWPORTS = [
  { name: "desktop", width: 1366, height: 768 },
  { name: "phone", width: 390, height: 844 },
];

/** The fiscal year (BE) a Bangkok day falls in: FY N runs from 1 October of Gregorian N − 544. */
const fiscalYearToday = () => {
  const bangkok = new Date(Date.now() + 7 * 3600_000);
  return bangkok.getUTCFullYear() + 543 + (bangkok.getUTCMonth() >= 9 ? 1 : 0);
};
const baht = (amount: string) => new Intl.NumberFormat("th-TH", { style: "currency", currency: "THB" }).format(amount as unknown as number);
const count = (n: number) => new Intl.NumberFormat("th-TH").format(n);

/**
 * An executive reads a fiscal year: the dashboard opens on today's year, shows FY 2564's figures (as the API gives
 * them) once picked, with the provinces' map coloured by awards, and the executive summary with its PDF.
 */
describe.each(VIEWPORTS)("the executives' pages ($name, $width×$height)", (viewport) => {
  const suite = panelSuite();
  const ask = async <T>(query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const headers = await suite.system.loginAs("executive");
    const answer = await graphql<T>(suite.system.url, query, variables, headers);
    expect(answer.errors).toBeUndefined();
    return answer.data!;
  };
  const open = async (route = "") => {
    const page = await suite.newPage();
    await page.setViewportSize({ width: viewport.width, height: viewport.height });
    await signIn(page, suite.panelUrl(), "executive", DEMO_PASSWORD);
    if (route) await page.goto(`${suite.panelUrl()}/#/${route}`);
    return page;
  };
  const pick = async (page: Page, year: number) => {
    await page.getByRole("combobox", { name: "ปีงบประมาณ" }).click();
    await page.getByRole("option", { name: String(year), exact: true }).click();
  };

  test("the dashboard opens on today's fiscal year; FY 2564 shows its leaders, attendance, money by stage and the map by awards", async () => {
    const page = await open();
    await page.getByTestId("dashboard-year").getByText(`ปีงบประมาณ ${fiscalYearToday()}`).waitFor();
    if (viewport.name === "desktop") {
      // The executive's menu: dashboard, executive summary, then the awards, nominations and lessons.
      for (const item of ["แดชบอร์ด", "สรุปสำหรับผู้บริหาร", "รางวัล", "การเสนอชื่อ", "สรุปบทเรียน"]) {
        await page
          .getByRole("menuitem", { name: new RegExp(item) })
          .first()
          .waitFor();
      }
    }

    await pick(page, 2564);
    await page.getByTestId("dashboard-year").getByText("ปีงบประมาณ 2564").waitFor();
    const api = await ask<Api>(API, { fy: 2564 });
    const figures = page.getByTestId("figure-leaders");
    await figures.getByText(count(api.leaders.totalCount), { exact: true }).waitFor();
    const p = api.programmeFigures;
    await page
      .getByTestId("figure-attendance")
      .getByText(`${count(p.attended)} / ${count(p.targetLeaders)}`)
      .waitFor();
    await page.getByTestId("figure-workshops").getByText(count(p.workshopCount), { exact: true }).waitFor();
    // Money: "เบิกจ่ายแล้ว" is what was paid; what is recorded or approved but not paid is shown apart.
    await page.getByTestId("money-paid").getByText("เบิกจ่ายแล้ว").waitFor();
    await page.getByTestId("money-paid").getByText(baht(api.budgetSummary.paidTotal)).waitFor();
    await page.getByTestId("money-approved").getByText(baht(api.disbursementStages.approvedTotal)).waitFor();
    await page.getByTestId("money-recorded").getByText(baht(api.disbursementStages.recordedTotal)).waitFor();
    await page.getByTestId("money-remaining").getByText(baht(api.budgetSummary.remainingTotal)).waitFor();
    for (const round of api.executiveSummary.rounds) {
      await page.getByTestId(`round-${round.round}`).getByText(`เสนอชื่อ ${round.nominated} ตำบล คัดเลือก ${round.selected} ตำบล`).waitFor();
    }

    // The map: every province a tile; one with an award coloured apart from one without, its Thai name on hover.
    const map = page.getByTestId("province-map");
    await map.scrollIntoViewIfNeeded();
    await expect(map.locator("g[data-testid^='province-']").count()).resolves.toBe(77);
    const awarded = api.budgetSummary.byProvince.find((row) => row.awardCount > 0)!;
    const without = api.budgetSummary.byProvince.find((row) => row.awardCount === 0)!;
    const fill = (code: string) => page.getByTestId(`province-${code}`).locator("rect").getAttribute("fill");
    expect(await fill(awarded.provinceCode)).not.toBe(await fill(without.provinceCode));
    const name = api.provinces.find((place) => place.code === awarded.provinceCode)!.nameTh;
    await expect(page.getByTestId(`province-${awarded.provinceCode}`).locator("title").textContent()).resolves.toBe(
      `${name}: ${count(awarded.awardCount)} รางวัล`,
    );
    await page.getByTestId("map-legend").getByText("ไม่มี").waitFor();
    // By attendance: Chanthaburi (22) has the demo's workshop.
    await page.getByRole("button", { name: "ผู้เข้าอบรม" }).click();
    const attended = p.byProvince.find((row) => row.provinceCode === "22")!.attended;
    await expect(page.getByTestId("province-22").getAttribute("data-value")).resolves.toBe(String(attended));
    await screenshot(page, `executive-dashboard-${viewport.name}`);
  });

  test("the executive summary shows FY 2564's figures and lessons as the API gives them, and its PDF downloads", async () => {
    let page: Page;
    if (viewport.name === "desktop") {
      page = await open();
      await page.getByRole("menuitem", { name: "สรุปสำหรับผู้บริหาร" }).click();
    } else {
      page = await open("executive-summary");
    }
    await page.getByRole("heading", { name: "สรุปสำหรับผู้บริหาร" }).first().waitFor();
    await pick(page, 2564);
    const { executiveSummary: s } = await ask<{ executiveSummary: Summary }>(SUMMARY, { fy: 2564 });
    await page.getByTestId("summary-year").getByText(new RegExp(s.year.nameTh)).waitFor();
    await page.getByTestId("summary-paid").getByText(baht(s.budget.paidTotal)).waitFor();
    await page.getByTestId("summary-awarded").getByText(baht(s.budget.awardedTotal)).waitFor();
    await page.getByTestId("summary-outstanding").getByText(count(s.outstandingCount), { exact: true }).waitFor();
    const nation = s.rounds.find((round) => round.round === "NATION")!;
    await page.getByTestId("summary-round-NATION").getByText(count(nation.nominated), { exact: true }).first().waitFor();
    for (const lesson of s.publishedLessons) await page.getByTestId("summary-lessons").getByText(lesson.title, { exact: false }).first().waitFor();

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: /พิมพ์สรุปผู้บริหาร/ }).click()]);
    const pdf = fs.readFileSync((await download.path())!);
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    await screenshot(page, `executive-summary-${viewport.name}`);
  });
});

interface Api {
  leaders: { totalCount: number };
  programmeFigures: { workshopCount: number; targetLeaders: number; attended: number; byProvince: { provinceCode: string; attended: number }[] };
  disbursementStages: { recordedTotal: string; approvedTotal: string; paidTotal: string };
  budgetSummary: { paidTotal: string; remainingTotal: string; byProvince: { provinceCode: string; awardCount: number }[] };
  executiveSummary: { rounds: { round: string; nominated: number; selected: number }[] };
  provinces: { code: string; nameTh: string }[];
}
interface Summary {
  year: { nameTh: string };
  outstandingCount: number;
  rounds: { round: string; nominated: number }[];
  budget: { awardedTotal: string; paidTotal: string };
  publishedLessons: { title: string }[];
}

const API = `query ($fy: Int!) {
  leaders(filter: { cohortYear: $fy }, page: { limit: 1 }) { totalCount }
  programmeFigures(fiscalYear: $fy) { workshopCount targetLeaders attended byProvince { provinceCode attended } }
  disbursementStages(fiscalYear: $fy) { recordedTotal approvedTotal paidTotal }
  budgetSummary(fiscalYear: $fy) { paidTotal remainingTotal byProvince { provinceCode awardCount } }
  executiveSummary(fiscalYear: $fy) { rounds { round nominated selected } }
  provinces { code nameTh } }`;
const SUMMARY = `query ($fy: Int!) { executiveSummary(fiscalYear: $fy) { year { nameTh } outstandingCount rounds { round nominated }
  budget { awardedTotal paidTotal } publishedLessons { title } } }`;
