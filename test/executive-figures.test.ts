import { describeEachDatabase, errorCodes, graphql } from "@change-leaders/common/testing";
import { type TestSystem, startSystem } from "./support/system";

/**
 * The figures of the executives' dashboard, through the gateway on both stores: activities' programmeFigures
 * (workshops and attendance against target, progress reports, posts, by province) and evaluation's
 * disbursementStages (recorded, approved and paid apart), checked against the records they count; read by
 * admins, executives and budget officers, refused to a province officer.
 */
describeEachDatabase("executive figures", (dialect) => {
  let system: TestSystem;
  let executive: Record<string, string>;
  let officer: Record<string, string>;

  beforeAll(async () => {
    system = await startSystem(dialect);
    executive = await system.loginAs("executive");
    officer = await system.loginAs("officer.chanthaburi");
  });
  afterAll(async () => {
    await system?.stop();
  });

  async function ok<T>(query: string, variables: Record<string, unknown>, headers: Record<string, string>): Promise<T> {
    const answer = await graphql<T>(system.url, query, variables, headers);
    expect(answer.errors).toBeUndefined();
    return answer.data!;
  }

  it("counts FY 2564's workshops, their target and attendance by province, as the events themselves report them", async () => {
    const { programmeFigures: figures } = await ok<{ programmeFigures: Figures }>(FIGURES, { fy: 2564 }, executive);
    const { events } = await ok<{ events: { nodes: EventRow[] } }>(WORKSHOPS, { fy: 2564 }, executive);
    const held = events.nodes.filter((event) => event.status !== "CANCELLED");
    expect(figures.workshopCount).toBe(held.length);
    expect(figures.workshopCount).toBeGreaterThan(0);
    expect(figures.targetLeaders).toBe(held.reduce((sum, event) => sum + event.attendance.target, 0));
    expect(figures.attended).toBe(held.reduce((sum, event) => sum + event.attendance.attended, 0));
    expect(figures.registered).toBe(held.reduce((sum, event) => sum + event.attendance.registered, 0));
    // Chanthaburi's workshop: 11 tambons × 15 leaders, 158 attended (the demo's).
    expect(figures.byProvince.find((p) => p.provinceCode === "22")).toMatchObject({ targetLeaders: 165, attended: 158 });
    expect(figures.byProvince.reduce((sum, p) => sum + p.attended, 0)).toBe(figures.attended);
    expect(figures.byProvince.map((p) => p.provinceCode)).toEqual([...figures.byProvince.map((p) => p.provinceCode)].sort());

    const { progressReports } = await ok<{ progressReports: { nodes: { status: string }[] } }>(REPORTS, { fy: 2564 }, executive);
    expect(figures.progressReportCount).toBe(progressReports.nodes.filter((r) => r.status !== "DRAFT").length);
    expect(figures.progressReportsAccepted).toBe(progressReports.nodes.filter((r) => r.status === "ACCEPTED").length);
    // A year with nothing recorded counts zeros.
    const empty = await ok<{ programmeFigures: Figures }>(FIGURES, { fy: 2570 }, executive);
    expect(empty.programmeFigures).toMatchObject({ workshopCount: 0, targetLeaders: 0, attended: 0, engagementPostCount: 0, byProvince: [] });
  });

  it("sums FY 2564's disbursements by stage, each apart, as the awards' own totals add up", async () => {
    const { disbursementStages: stages, budgetSummary } = await ok<{ disbursementStages: Stages; budgetSummary: Budget }>(
      STAGES,
      { fy: 2564 },
      executive,
    );
    const satang = (baht: string) => BigInt(baht.replace(".", ""));
    const sum = (field: keyof Budget["byAward"][number]) => budgetSummary.byAward.reduce((total, award) => total + satang(award[field]), 0n);
    expect(satang(stages.recordedTotal)).toBe(sum("recordedTotal"));
    expect(satang(stages.approvedTotal)).toBe(sum("approvedTotal"));
    expect(satang(stages.paidTotal)).toBe(sum("paidTotal"));
    expect(stages.paidTotal).toBe(budgetSummary.paidTotal);
    expect(satang(stages.recordedTotal) + satang(stages.approvedTotal) + satang(stages.paidTotal)).toBe(satang(budgetSummary.disbursedTotal));
    // The demo holds money at every stage, so that "paid" visibly leaves out what is not yet approved.
    expect(satang(stages.recordedTotal)).toBeGreaterThan(0n);
    expect(satang(stages.approvedTotal)).toBeGreaterThan(0n);
  });

  it("refuses both to a province officer (money and programme figures are for admins, executives and budget officers)", async () => {
    for (const query of [FIGURES, `query ($fy: Int!) { disbursementStages(fiscalYear: $fy) { paidTotal } }`]) {
      const answer = await graphql(system.url, query, { fy: 2564 }, officer);
      expect(errorCodes(answer)).toEqual(["FORBIDDEN"]);
    }
    const budget = await system.loginAs("budget");
    await ok(FIGURES, { fy: 2564 }, budget);
  });
});

interface Figures {
  workshopCount: number;
  targetLeaders: number;
  registered: number;
  attended: number;
  progressReportCount: number;
  progressReportsAccepted: number;
  engagementPostCount: number;
  byProvince: { provinceCode: string; workshopCount: number; targetLeaders: number; attended: number }[];
}
interface EventRow {
  status: string;
  attendance: { registered: number; attended: number; target: number };
}
interface Stages {
  recordedTotal: string;
  approvedTotal: string;
  paidTotal: string;
}
interface Budget {
  paidTotal: string;
  disbursedTotal: string;
  byAward: { recordedTotal: string; approvedTotal: string; paidTotal: string }[];
}

const FIGURES = `query ($fy: Int!) { programmeFigures(fiscalYear: $fy) { workshopCount targetLeaders registered attended
  progressReportCount progressReportsAccepted engagementPostCount byProvince { provinceCode workshopCount targetLeaders attended } } }`;
const WORKSHOPS = `query ($fy: Int!) { events(filter: { kind: WORKSHOP, fiscalYear: $fy }, page: { limit: 500 }) {
  nodes { status attendance { registered attended target } } } }`;
const REPORTS = `query ($fy: Int!) { progressReports(filter: { fiscalYear: $fy }, page: { limit: 500 }) { nodes { status } } }`;
const STAGES = `query ($fy: Int!) { disbursementStages(fiscalYear: $fy) { recordedTotal approvedTotal paidTotal }
  budgetSummary(fiscalYear: $fy) { paidTotal disbursedTotal byAward { recordedTotal approvedTotal paidTotal } } }`;
