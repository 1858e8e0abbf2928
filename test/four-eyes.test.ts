import { DEMO_TARGET_TAMBONS } from "@change-leaders/common/demo";
import { describeEachDatabase, errorCodes, graphql } from "@change-leaders/common/testing";
import { rowCounts } from "./support/row-counts";
import { type TestSystem, startSystem } from "./support/system";

type Step = "acceptProgressReport" | "returnProgressReport";

/**
 * SPEC section 2, four eyes, as a table: for each rule, who did the first step, who tries the second;
 * the same account is refused (FORBIDDEN naming FOUR_EYES, Thai words, nothing changed), another passes.
 */
const RULES: { rule: string; submitter: string; second: Step; by: string; allowed: boolean }[] = [
  {
    rule: "an officer accepts the report they submitted",
    submitter: "officer.chanthaburi",
    second: "acceptProgressReport",
    by: "officer.chanthaburi",
    allowed: false,
  },
  {
    rule: "an officer returns the report they submitted",
    submitter: "officer.chanthaburi",
    second: "returnProgressReport",
    by: "officer.chanthaburi",
    allowed: false,
  },
  { rule: "the admin accepts an officer's report", submitter: "officer.chanthaburi", second: "acceptProgressReport", by: "admin", allowed: true },
  { rule: "the admin returns an officer's report", submitter: "officer.chanthaburi", second: "returnProgressReport", by: "admin", allowed: true },
  { rule: "the admin accepts the report they submitted", submitter: "admin", second: "acceptProgressReport", by: "admin", allowed: false },
  {
    rule: "the province's officer accepts the admin's report",
    submitter: "admin",
    second: "acceptProgressReport",
    by: "officer.chanthaburi",
    allowed: true,
  },
];

describeEachDatabase("four eyes: nobody accepts what they submitted", (dialect) => {
  let system: TestSystem;
  const as: Record<string, Record<string, string>> = {};

  beforeAll(async () => {
    system = await startSystem(dialect);
    for (const username of ["admin", "officer.chanthaburi"]) as[username] = await system.loginAs(username);
  });
  afterAll(async () => {
    await system?.stop();
  });

  let year = 2040;
  /** A new report of a Chanthaburi tambon, submitted by `username`. */
  async function submittedBy(username: string): Promise<string> {
    year += 1;
    const created = await graphql<{ createProgressReport: { id: string } }>(
      system.url,
      CREATE_REPORT,
      {
        input: {
          tambonCode: DEMO_TARGET_TAMBONS[8],
          periodStart: `${year}-01-01`,
          periodEnd: `${year}-03-31`,
          narrative: "ครัวเรือนปลูกผัก",
          indicators: [{ indicatorCode: "HOUSEHOLDS", quantity: 12 }],
          evidenceLinks: [],
        },
      },
      as[username],
    );
    expect(created.errors).toBeUndefined();
    const id = created.data!.createProgressReport.id;
    expect((await graphql(system.url, SUBMIT, { id }, as[username])).errors).toBeUndefined();
    return id;
  }

  it.each(RULES)("$rule: allowed $allowed", async ({ submitter, second, by, allowed }) => {
    const id = await submittedBy(submitter);
    const before = await rowCounts(system.store.config);
    const answer = await graphql<Record<Step, { status: string }>>(system.url, STEPS[second], { id, reason: "ขอภาพถ่ายเพิ่ม" }, as[by]);
    if (allowed) {
      expect(answer.errors).toBeUndefined();
      expect(answer.data![second].status).toBe(second === "acceptProgressReport" ? "ACCEPTED" : "RETURNED");
      return;
    }
    expect(errorCodes(answer)).toEqual(["FORBIDDEN"]);
    expect(answer.errors![0].extensions).toMatchObject({ rule: "FOUR_EYES", messageTh: expect.stringContaining("หลักการสี่ตา") });
    expect(await rowCounts(system.store.config)).toEqual(before);
    const report = await graphql<{ progressReport: { status: string } }>(system.url, STATUS, { id }, as.admin);
    expect(report.data!.progressReport.status).toBe("SUBMITTED");
  });
});

const CREATE_REPORT = `mutation CreateProgressReport($input: ProgressReportInput!) { createProgressReport(input: $input) { id } }`;
const SUBMIT = `mutation SubmitProgressReport($id: ID!) { submitProgressReport(id: $id) { id } }`;
const STATUS = `query ProgressReport($id: ID!) { progressReport(id: $id) { status } }`;
const STEPS: Record<Step, string> = {
  acceptProgressReport: `mutation AcceptProgressReport($id: ID!) { acceptProgressReport(id: $id) { status } }`,
  returnProgressReport: `mutation ReturnProgressReport($id: ID!, $reason: String!) { returnProgressReport(id: $id, reason: $reason) { status } }`,
};
