import { DEMO_TARGET_TAMBONS } from "@change-leaders/common/demo";
import { describeEachDatabase, errorCodes, graphql } from "@change-leaders/common/testing";
import { DEMO_EXCELLENT_AWARD_ID } from "@change-leaders/evaluation";
import { rowCounts } from "./support/row-counts";
import { type TestSystem, startSystem } from "./support/system";

type Step = "acceptProgressReport" | "returnProgressReport" | "approveDisbursement" | "publishLessonSummary";
type First = "report" | "disbursement" | "lesson";

/**
 * SPEC section 2, four eyes, as a table: for each rule, who did the first step, who tries the second;
 * the same account is refused (FORBIDDEN naming FOUR_EYES, Thai words, nothing changed), another passes.
 */
const RULES: { rule: string; first: First; by1: string; second: Step; by: string; allowed: boolean }[] = [
  {
    rule: "an officer accepts the report they submitted",
    first: "report",
    by1: "officer.chanthaburi",
    second: "acceptProgressReport",
    by: "officer.chanthaburi",
    allowed: false,
  },
  {
    rule: "an officer returns the report they submitted",
    first: "report",
    by1: "officer.chanthaburi",
    second: "returnProgressReport",
    by: "officer.chanthaburi",
    allowed: false,
  },
  {
    rule: "the admin accepts an officer's report",
    first: "report",
    by1: "officer.chanthaburi",
    second: "acceptProgressReport",
    by: "admin",
    allowed: true,
  },
  {
    rule: "the admin returns an officer's report",
    first: "report",
    by1: "officer.chanthaburi",
    second: "returnProgressReport",
    by: "admin",
    allowed: true,
  },
  { rule: "the admin accepts the report they submitted", first: "report", by1: "admin", second: "acceptProgressReport", by: "admin", allowed: false },
  {
    rule: "the province's officer accepts the admin's report",
    first: "report",
    by1: "admin",
    second: "acceptProgressReport",
    by: "officer.chanthaburi",
    allowed: true,
  },
  {
    rule: "a budget officer approves the disbursement they recorded",
    first: "disbursement",
    by1: "budget",
    second: "approveDisbursement",
    by: "budget",
    allowed: false,
  },
  {
    rule: "another budget officer approves it",
    first: "disbursement",
    by1: "budget",
    second: "approveDisbursement",
    by: "budget.approver",
    allowed: true,
  },
  {
    rule: "an executive approves a budget officer's disbursement",
    first: "disbursement",
    by1: "budget",
    second: "approveDisbursement",
    by: "executive",
    allowed: true,
  },
  {
    rule: "the admin approves the disbursement they recorded",
    first: "disbursement",
    by1: "admin",
    second: "approveDisbursement",
    by: "admin",
    allowed: false,
  },
  {
    rule: "the budget officer approves the admin's disbursement",
    first: "disbursement",
    by1: "admin",
    second: "approveDisbursement",
    by: "budget",
    allowed: true,
  },
  {
    rule: "the admin publishes the lesson summary they wrote",
    first: "lesson",
    by1: "admin",
    second: "publishLessonSummary",
    by: "admin",
    allowed: false,
  },
  {
    rule: "an executive publishes the admin's lesson summary",
    first: "lesson",
    by1: "admin",
    second: "publishLessonSummary",
    by: "executive",
    allowed: true,
  },
];

const STATUS_AFTER: Record<Step, string> = {
  acceptProgressReport: "ACCEPTED",
  returnProgressReport: "RETURNED",
  approveDisbursement: "APPROVED",
  publishLessonSummary: "PUBLISHED",
};

describeEachDatabase("four eyes: nobody accepts, approves or publishes what they submitted, recorded or wrote", (dialect) => {
  let system: TestSystem;
  const as: Record<string, Record<string, string>> = {};

  beforeAll(async () => {
    system = await startSystem(dialect);
    for (const username of ["admin", "officer.chanthaburi", "budget", "budget.approver", "executive"]) as[username] = await system.loginAs(username);
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

  let disbursements = 0;
  /** A new disbursement of the demo's excellent award, recorded by `username`. */
  async function recordedBy(username: string): Promise<string> {
    disbursements += 1;
    const input = {
      awardId: DEMO_EXCELLENT_AWARD_ID,
      amount: "1.00",
      purpose: "ค่าถ่ายเอกสาร",
      reference: `FOUR-EYES-${disbursements}`,
      idempotencyKey: `four-eyes-${disbursements}`,
    };
    const recorded = await graphql<{ recordDisbursement: { id: string } }>(system.url, RECORD, { input }, as[username]);
    expect(recorded.errors).toBeUndefined();
    return recorded.data!.recordDisbursement.id;
  }

  /** The demo's draft lesson summary, as written by `username` (the demo's drafts predate the rule and name no writer). */
  async function writtenBy(username: string): Promise<string> {
    const { me } = (await graphql<{ me: { id: string } }>(system.url, ME, {}, as[username])).data!;
    await system.subgraphs.evaluation.subgraph.dataSource.query("UPDATE lesson_summary SET written_by = ? WHERE id = ?", [
      me.id,
      DEMO_DRAFT_LESSON_ID,
    ]);
    return DEMO_DRAFT_LESSON_ID;
  }

  const FIRST: Record<First, (username: string) => Promise<string>> = { report: submittedBy, disbursement: recordedBy, lesson: writtenBy };

  it.each(RULES)("$rule: allowed $allowed", async ({ first, by1, second, by, allowed }) => {
    const id = await FIRST[first](by1);
    const before = await rowCounts(system.store.config);
    const answer = await graphql<Record<Step, { status: string }>>(system.url, STEPS[second], { id, reason: "ขอภาพถ่ายเพิ่ม" }, as[by]);
    if (allowed) {
      expect(answer.errors).toBeUndefined();
      expect(answer.data![second].status).toBe(STATUS_AFTER[second]);
      return;
    }
    expect(errorCodes(answer)).toEqual(["FORBIDDEN"]);
    expect(answer.errors![0].extensions).toMatchObject({ rule: "FOUR_EYES", messageTh: expect.stringContaining("หลักการสี่ตา") });
    expect(await rowCounts(system.store.config)).toEqual(before);
  });

  it("a province officer no longer publishes lesson summaries: an admin or an executive does", async () => {
    const answer = await graphql(system.url, STEPS.publishLessonSummary, { id: DEMO_DRAFT_LESSON_ID }, as["officer.chanthaburi"]);
    expect(errorCodes(answer)).toEqual(["FORBIDDEN"]);
  });
});

/** The demo's one draft lesson summary (Songkhla, FY 2564). */
const DEMO_DRAFT_LESSON_ID = "1e550000-2564-4000-8000-000000000003";
const CREATE_REPORT = `mutation CreateProgressReport($input: ProgressReportInput!) { createProgressReport(input: $input) { id } }`;
const SUBMIT = `mutation SubmitProgressReport($id: ID!) { submitProgressReport(id: $id) { id } }`;
const STEPS: Record<Step, string> = {
  acceptProgressReport: `mutation AcceptProgressReport($id: ID!) { acceptProgressReport(id: $id) { status } }`,
  returnProgressReport: `mutation ReturnProgressReport($id: ID!, $reason: String!) { returnProgressReport(id: $id, reason: $reason) { status } }`,
  approveDisbursement: `mutation ApproveDisbursement($id: ID!) { approveDisbursement(id: $id) { status } }`,
  publishLessonSummary: `mutation PublishLessonSummary($id: ID!) { publishLessonSummary(id: $id) { status } }`,
};
const RECORD = `mutation RecordDisbursement($input: DisbursementInput!) { recordDisbursement(input: $input) { id } }`;
const ME = `query Me { me { id } }`;
