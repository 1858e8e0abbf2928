import { IDENTITY_HEADER, Role, signSubgraphIdentity } from "@change-leaders/common";
import { FY2564_EXCELLENT_TAMBON } from "@change-leaders/common/demo";
import { describeEachDatabase, errorCodes, graphql } from "@change-leaders/common/testing";
import { DEMO_EXCELLENT_AWARD_ID, demoNominationId } from "@change-leaders/evaluation";
import { type TestSystem, startSystem } from "./support/system";

const UNKNOWN = "00000000-0000-4000-8000-000000000000";
const { ADMIN, PROVINCE_OFFICER, INSPECTOR, JUDGE, BUDGET_OFFICER, EXECUTIVE, PARTNER } = Role;
const ROLES = [ADMIN, PROVINCE_OFFICER, INSPECTOR, JUDGE, BUDGET_OFFICER, EXECUTIVE, PARTNER];

/**
 * The role × operation matrix of issue 5: who may call what. Each operation is sent with arguments
 * that would fail for another reason (an unknown id, a decided nomination), so nothing changes; the
 * role check must answer FORBIDDEN before anything else, and any other answer means the role passed.
 */
const MATRIX: [name: string, document: string, variables: Record<string, unknown>, allowed: Role[]][] = [
  [
    "createNomination (province 22)",
    CREATE_NOMINATION(),
    { input: { tambonCode: "220102", fiscalYear: 2564, round: "PROVINCE", summary: "x" } },
    [ADMIN, PROVINCE_OFFICER],
  ],
  ["submitNomination", `mutation { submitNomination(id: "${UNKNOWN}") { id } }`, {}, [ADMIN, PROVINCE_OFFICER]],
  ["withdrawNomination", `mutation { withdrawNomination(id: "${UNKNOWN}", reason: "r") { id } }`, {}, [ADMIN, PROVINCE_OFFICER]],
  ["returnNomination", `mutation { returnNomination(id: "${UNKNOWN}", reason: "r") { id } }`, {}, [ADMIN]],
  [
    "submitReview",
    REVIEW(),
    { input: { nominationId: UNKNOWN, scores: [{ criterionCode: "X", score: 1 }], recommendation: "SELECT", comment: "c" } },
    [INSPECTOR, JUDGE],
  ],
  ["decideNomination", `mutation { decideNomination(id: "${UNKNOWN}", decision: SELECTED) { id } }`, {}, [ADMIN]],
  [
    "defineRubric",
    DEFINE_RUBRIC(),
    {
      input: {
        fiscalYear: 2564,
        round: "NATION",
        nameTh: "x",
        nameEn: "x",
        criteria: [{ code: "A", nameTh: "a", nameEn: "a", weight: 100, maxScore: 10 }],
      },
    },
    [ADMIN],
  ],
  [
    "correctRubric",
    `mutation CorrectRubric($input: RubricInput!) { correctRubric(input: $input) { id } }`,
    {
      input: {
        fiscalYear: 2564,
        round: "NATION",
        nameTh: "x",
        nameEn: "x",
        criteria: [{ code: "A", nameTh: "a", nameEn: "a", weight: 50, maxScore: 10 }],
      },
    },
    [ADMIN],
  ],
  ["setAwardAmount", `mutation { setAwardAmount(fiscalYear: 2400, level: EXCELLENT, amount: "-1.00") { amount } }`, {}, [ADMIN]],
  ["evaluationYearSetup", `{ evaluationYearSetup(fiscalYear: 2564) { key } }`, {}, [ADMIN]],
  ["copyEvaluationYearSetup", `mutation { copyEvaluationYearSetup(fromFiscalYear: 2570, toFiscalYear: 2565, dryRun: true) { key } }`, {}, [ADMIN]],
  [
    "recordDisbursement",
    RECORD(),
    { input: { awardId: UNKNOWN, amount: "1.00", purpose: "p", reference: "r", idempotencyKey: "matrix" } },
    [ADMIN, BUDGET_OFFICER],
  ],
  ["approveDisbursement", `mutation { approveDisbursement(id: "${UNKNOWN}") { id } }`, {}, [ADMIN, BUDGET_OFFICER, EXECUTIVE]],
  ["markDisbursementPaid", `mutation { markDisbursementPaid(id: "${UNKNOWN}", paymentReference: "KTB-0001") { id } }`, {}, [ADMIN, BUDGET_OFFICER]],
  ["cancelDisbursement", `mutation { cancelDisbursement(id: "${UNKNOWN}", reason: "r") { id } }`, {}, [ADMIN, BUDGET_OFFICER]],
  [
    "createLessonSummary",
    LESSON(),
    { input: { awardId: UNKNOWN, title: "t", successFactors: "s", challenges: "c", lessons: "l", recommendations: "r" } },
    [ADMIN, PROVINCE_OFFICER],
  ],
  ["publishLessonSummary", `mutation { publishLessonSummary(id: "${UNKNOWN}") { id } }`, {}, [ADMIN, EXECUTIVE]],
  ["nominations", `{ nominations { totalCount } }`, {}, ROLES],
  ["awards", `{ awards { totalCount nodes { amount remaining } } }`, {}, ROLES],
  ["budgetSummary", `{ budgetSummary(fiscalYear: 2564) { awardedTotal } }`, {}, ROLES],
  ["executiveSummary", `{ executiveSummary(fiscalYear: 2564) { outstandingCount } }`, {}, ROLES],
  ["lessonSummaries", `{ lessonSummaries { totalCount } }`, {}, ROLES],
];

/**
 * Sent straight to the evaluation subgraph with the identity the gateway would sign for each role
 * (partners included, who hold API keys rather than logins); people runs beside it for the region table.
 */
describeEachDatabase("evaluation: the role × operation matrix", (dialect) => {
  let system: TestSystem;
  const evaluation = { url: "" };
  /** Inspectors serve per fiscal year: the matrix's inspector is the demo login assigned to region 9 in FY 2564. */
  let inspectorId = "";
  const as = (role: Role) => ({
    [IDENTITY_HEADER]: signSubgraphIdentity(
      {
        kind: role === PARTNER ? "apiKey" : "account",
        id: role === INSPECTOR ? inspectorId : `matrix-${role.toLowerCase()}`,
        name: role,
        role,
        provinceCode: role === PROVINCE_OFFICER ? "22" : null,
        regionCode: role === INSPECTOR ? "9" : null,
      },
      system.store.config.jwtSecret,
    ),
  });

  beforeAll(async () => {
    system = await startSystem(dialect);
    evaluation.url = system.subgraphs.evaluation.url;
    const [inspector] = (await system.subgraphs.people.subgraph.dataSource.query("SELECT id FROM account WHERE username = 'inspector.region9'")) as {
      id: string;
    }[];
    inspectorId = inspector!.id;
  }, 120_000);
  afterAll(async () => {
    await system?.stop();
  });

  const cases = MATRIX.flatMap(([name, document, variables, allowed]) =>
    ROLES.map((role) => [name, role, allowed.includes(role), document, variables] as const),
  );

  it.each(cases)("%s as %s: allowed %s", async (_name, role, allowed, document, variables) => {
    const answer = await graphql(evaluation.url, document, variables, as(role));
    const codes = errorCodes(answer);
    if (allowed) expect(codes).not.toContain("FORBIDDEN");
    else expect(codes).toEqual(["FORBIDDEN"]);
    expect(codes).not.toContain("INTERNAL_SERVER_ERROR");
  });

  it("refuses anonymous callers every operation", async () => {
    for (const [, document, variables] of MATRIX) expect(errorCodes(await graphql(evaluation.url, document, variables))).toEqual(["UNAUTHENTICATED"]);
  });

  it.each([
    [
      "nominating a tambon of another province",
      CREATE_NOMINATION(),
      { input: { tambonCode: "400102", fiscalYear: 2564, round: "PROVINCE", summary: "x" } },
    ],
    ["nominating at a later round", CREATE_NOMINATION(), { input: { tambonCode: "220402", fiscalYear: 2564, round: "REGION", summary: "x" } }],
    ["withdrawing another province's nomination", `mutation { withdrawNomination(id: "${demoNominationId(14)}", reason: "r") { id } }`, {}],
  ])("a province officer of 22 is refused %s", async (_name, document, variables) => {
    expect(errorCodes(await graphql(evaluation.url, document, variables, as(PROVINCE_OFFICER)))).toEqual(["FORBIDDEN"]);
  });

  it("a judge reviews the national round only", async () => {
    const answer = await graphql(
      evaluation.url,
      REVIEW(),
      {
        input: { nominationId: demoNominationId(14), scores: [{ criterionCode: "FOOD_SECURITY", score: 1 }], recommendation: "SELECT", comment: "c" },
      },
      as(JUDGE),
    );
    expect(errorCodes(answer)).toEqual(["FORBIDDEN"]);
  });

  it("hides confidential review comments from partners only", async () => {
    const read = async (role: Role) =>
      (
        await graphql<{ nomination: { reviews: { comment: string | null; commentConfidential: boolean }[] } }>(
          evaluation.url,
          NOMINATION_REVIEWS(),
          { id: demoNominationId(1) },
          as(role),
        )
      ).data!.nomination.reviews;
    const partner = await read(PARTNER);
    const executive = await read(EXECUTIVE);
    expect(partner.filter((r) => r.commentConfidential)).not.toHaveLength(0);
    for (const review of partner) expect(review.comment === null).toBe(review.commentConfidential);
    for (const review of executive) expect(review.comment).toEqual(expect.any(String));
  });

  it("shows partners published lesson summaries only", async () => {
    const count = async (role: Role) =>
      (
        await graphql<{ lessonSummaries: { totalCount: number; nodes: { status: string }[] } }>(
          evaluation.url,
          `
            {
              lessonSummaries {
                totalCount
                nodes {
                  status
                }
              }
            }
          `,
          {},
          as(role),
        )
      ).data!.lessonSummaries;
    expect((await count(EXECUTIVE)).totalCount).toBe(3);
    expect((await count(PARTNER)).nodes.map((n) => n.status)).toEqual(["PUBLISHED", "PUBLISHED"]);
  });

  it.each([
    [INSPECTOR, 5],
    [JUDGE, 3],
    [EXECUTIVE, 15],
  ])("lets %s read %d nominations (inspectors: their region's provinces; judges: the national round)", async (role, total) => {
    const answer = await graphql<{ nominations: { totalCount: number } }>(
      evaluation.url,
      `
        {
          nominations(page: { limit: 100 }) {
            totalCount
          }
        }
      `,
      {},
      as(role),
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.nominations.totalCount).toBe(total);
    const other = await graphql<{ nomination: { id: string } | null }>(
      evaluation.url,
      `{ nomination(id: "${demoNominationId(14)}") { id } }`,
      {},
      as(role),
    );
    expect(other.data!.nomination === null).toBe(role !== EXECUTIVE);
  });

  it("serves the award of the national winner to every reader", async () => {
    const answer = await graphql<{ award: { tambon: { code: string } } }>(
      evaluation.url,
      `{ award(id: "${DEMO_EXCELLENT_AWARD_ID}") { tambon { code } } }`,
      {},
      as(PARTNER),
    );
    expect(answer.data!.award.tambon.code).toBe(FY2564_EXCELLENT_TAMBON);
  });
});

function CREATE_NOMINATION() {
  return `mutation CreateNomination($input: NominationInput!) { createNomination(input: $input) { id } }`;
}
function REVIEW() {
  return `mutation SubmitReview($input: ReviewInput!) { submitReview(input: $input) { id } }`;
}
function DEFINE_RUBRIC() {
  return `mutation DefineRubric($input: RubricInput!) { defineRubric(input: $input) { id } }`;
}
function RECORD() {
  return `mutation RecordDisbursement($input: DisbursementInput!) { recordDisbursement(input: $input) { id } }`;
}
function LESSON() {
  return `mutation CreateLessonSummary($input: LessonSummaryInput!) { createLessonSummary(input: $input) { id } }`;
}
function NOMINATION_REVIEWS() {
  return `query NominationReviews($id: ID!) { nomination(id: $id) { reviews { comment commentConfidential } } }`;
}
