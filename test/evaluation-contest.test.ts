import { describeEachDatabase, errorCodes, graphql } from "@change-leaders/common/testing";
import { demoNominationId } from "@change-leaders/evaluation";
import { rowCounts } from "./support/row-counts";
import { type TestSystem, startSystem } from "./support/system";

type Headers = Record<string, string>;
interface NominationView {
  id: string;
  round: string;
  status: string;
  statusReason: string | null;
  reviewCount: number;
  averageScore: string | null;
  rank: number | null;
  award: { id: string; level: string; amount: string; rank: number | null; plaqueAwardedAt: string | null } | null;
}

const TAMBON = "220402"; // a Chanthaburi target tambon the demo has not nominated
const ALL_TENS = ["FOOD_SECURITY", "LEADERSHIP", "PARTICIPATION", "SUSTAINABILITY"].map((criterionCode) => ({ criterionCode, score: 10 }));
const scores = (...given: number[]) => ALL_TENS.map((s, i) => ({ ...s, score: given[i] }));

/**
 * The three-round contest through the gateway, as the people who run it meet it: an officer nominates,
 * the region's inspector and the national judges review against the FY 2564 rubric, the admin decides;
 * selections carry the tambon to the next round and make its awards; the lessons are published.
 */
describeEachDatabase("evaluation: the contest through the gateway", (dialect) => {
  let system: TestSystem;
  let admin: Headers, officer: Headers, inspector: Headers, judge: Headers, executive: Headers;
  let nominationId: string;

  beforeAll(async () => {
    system = await startSystem(dialect);
    [admin, officer, inspector, judge, executive] = await Promise.all(
      ["admin", "officer.chanthaburi", "inspector.region9", "judge", "executive"].map((name) => system.loginAs(name)),
    );
  }, 120_000);
  afterAll(async () => {
    await system?.stop();
  });

  const call = <T = Record<string, unknown>>(document: string, variables: Record<string, unknown>, as: Headers) =>
    graphql<T>(system.url, document, variables, as);
  const nomination = async (id: string) => (await call<{ nomination: NominationView }>(NOMINATION, { id }, executive)).data!.nomination;
  /** Runs a request that must be refused with `code`, and proves no row of any store changed. */
  const refused = async (code: string, document: string, variables: Record<string, unknown>, as: Headers) => {
    const before = await rowCounts(system.store.config);
    expect(errorCodes(await call(document, variables, as))).toEqual([code]);
    expect(await rowCounts(system.store.config)).toEqual(before);
  };

  it("lets a province officer nominate a tambon of their province once per round and year", async () => {
    const created = await call<{ createNomination: { id: string; status: string; provinceCode: string } }>(
      CREATE,
      { input: { tambonCode: TAMBON, fiscalYear: 2564, summary: "ตลาดชุมชนและแปลงผักรวม", evidenceLinks: ["https://example.org/220402"] } },
      officer,
    );
    expect(created.errors).toBeUndefined();
    expect(created.data!.createNomination).toMatchObject({ status: "DRAFT", provinceCode: "22" });
    nominationId = created.data!.createNomination.id;
    await refused("CONFLICT", CREATE, { input: { tambonCode: TAMBON, fiscalYear: 2564, summary: "again" } }, officer);
    await refused("FORBIDDEN", CREATE, { input: { tambonCode: "450101", fiscalYear: 2564, summary: "not ours" } }, officer);
    // 229999 has Chanthaburi's province code but is no tambon of the people subgraph's geography.
    await refused("BAD_USER_INPUT", CREATE, { input: { tambonCode: "229999", fiscalYear: 2564, summary: "nowhere" } }, officer);
  });

  it("refuses to review or decide a draft, and to withdraw without a reason", async () => {
    await refused("INVALID_TRANSITION", REVIEW, { input: { nominationId, scores: ALL_TENS, recommendation: "SELECT", comment: "ดี" } }, inspector);
    await refused("INVALID_TRANSITION", DECIDE, { id: nominationId, decision: "SELECTED" }, admin);
    await refused("BAD_USER_INPUT", WITHDRAW, { id: nominationId, reason: " " }, officer);
  });

  it("submits the draft, then checks every review against the rubric before it counts", async () => {
    expect((await call<{ submitNomination: { status: string } }>(SUBMIT, { id: nominationId }, officer)).data!.submitNomination.status).toBe(
      "SUBMITTED",
    );
    await refused("INVALID_TRANSITION", SUBMIT, { id: nominationId }, officer);
    await refused(
      "BAD_USER_INPUT",
      REVIEW,
      { input: { nominationId, scores: scores(11, 10, 10, 10), recommendation: "SELECT", comment: "c" } },
      inspector,
    );
    await refused(
      "BAD_USER_INPUT",
      REVIEW,
      { input: { nominationId, scores: scores(-1, 10, 10, 10), recommendation: "SELECT", comment: "c" } },
      inspector,
    );
    await refused(
      "BAD_USER_INPUT",
      REVIEW,
      { input: { nominationId, scores: ALL_TENS.slice(1), recommendation: "SELECT", comment: "c" } },
      inspector,
    );
    await refused(
      "BAD_USER_INPUT",
      REVIEW,
      { input: { nominationId, scores: [...ALL_TENS, { criterionCode: "LUCK", score: 1 }], recommendation: "SELECT", comment: "c" } },
      inspector,
    );
    await refused("FORBIDDEN", REVIEW, { input: { nominationId, scores: ALL_TENS, recommendation: "SELECT", comment: "c" } }, judge);
    await refused("INVALID_TRANSITION", DECIDE, { id: nominationId, decision: "SELECTED" }, admin);
  });

  it("takes the region's inspector's review (its region per the FY's table in people), locks it, and ranks the nomination", async () => {
    const review = await call<{ submitReview: { totalScore: string; locked: boolean } }>(
      REVIEW,
      { input: { nominationId, scores: scores(10, 9, 9, 8), recommendation: "SELECT", comment: "ผลงานชัดเจน", commentConfidential: true } },
      inspector,
    );
    expect(review.errors).toBeUndefined();
    expect(review.data!.submitReview).toEqual({ totalScore: "91.00", locked: true });
    await refused("CONFLICT", REVIEW, { input: { nominationId, scores: ALL_TENS, recommendation: "SELECT", comment: "again" } }, inspector);
    expect(await nomination(nominationId)).toMatchObject({ status: "UNDER_REVIEW", reviewCount: 1, averageScore: "91.00", rank: 1 });
    const people = await call<{
      nomination: { nominator: { username: string }; reviews: { reviewer: { username: string; inspectors: { regionCode: string }[] } }[] };
    }>(WHO, { id: nominationId }, admin);
    expect(people.errors).toBeUndefined();
    expect(people.data!.nomination).toEqual({
      nominator: { username: "officer.chanthaburi" },
      reviews: [{ reviewer: { username: "inspector.region9", inspectors: [{ regionCode: "9", fiscalYear: 2564 }] } }],
    });
    // Songkhla (90) is in region 8, not the inspector's region 9.
    await refused(
      "FORBIDDEN",
      REVIEW,
      { input: { nominationId: demoNominationId(13), scores: ALL_TENS, recommendation: "SELECT", comment: "c" } },
      inspector,
    );
  });

  it("names the nominator's and the reviewer's accounts to admins and to those accounts only, and no staff member to a partner", async () => {
    const partner = { "x-api-key": (await call<{ createApiKey: { key: string } }>(CREATE_KEY, {}, admin)).data!.createApiKey.key };
    const read = async (as: Headers) => {
      const answer = await call<{ nomination: StaffView }>(STAFF, { id: nominationId }, as);
      expect(answer.errors).toBeUndefined();
      return answer.data!.nomination;
    };
    const accounts = (view: StaffView) => ({
      nominator: view.nominator?.username ?? null,
      reviewers: view.reviews.map((r) => r.reviewer?.username ?? null),
    });
    expect(accounts(await read(admin))).toEqual({ nominator: "officer.chanthaburi", reviewers: ["inspector.region9"] });
    expect((await read(admin)).nominatedBy).toEqual(expect.any(String));
    expect(accounts(await read(officer))).toEqual({ nominator: "officer.chanthaburi", reviewers: [null] });
    expect(accounts(await read(inspector))).toEqual({ nominator: null, reviewers: ["inspector.region9"] });
    expect(accounts(await read(executive))).toEqual({ nominator: null, reviewers: [null] });
    expect((await read(executive)).reviews[0].reviewerName).toEqual(expect.any(String));
    // A partner reads decided results only (SPEC section 2): this nomination is still under review.
    expect((await call<{ nomination: StaffView | null }>(STAFF, { id: nominationId }, partner)).data!.nomination).toBeNull();
  });

  it("selects at the provincial round and nominates the tambon to the region, then to the nation with an OUTSTANDING award", async () => {
    await refused("BAD_USER_INPUT", DECIDE, { id: nominationId, decision: "NOT_SELECTED" }, admin);
    const decided = await call<{ decideNomination: { status: string; nextRoundNomination: { id: string; round: string; status: string } } }>(
      DECIDE,
      { id: nominationId, decision: "SELECTED" },
      admin,
    );
    expect(decided.data!.decideNomination.status).toBe("SELECTED");
    // The audit's query with a partner's key, once decided: no account, no staff name, no account id.
    const partner = { "x-api-key": (await call<{ createApiKey: { key: string } }>(CREATE_KEY, {}, admin)).data!.createApiKey.key };
    const seen = (await call<{ nomination: StaffView }>(STAFF, { id: nominationId }, partner)).data!.nomination;
    expect(seen).toEqual({ nominatedBy: null, decidedBy: null, nominator: null, reviews: [{ reviewerName: null, reviewer: null }] });
    await refused("INVALID_TRANSITION", DECIDE, { id: nominationId, decision: "NOT_SELECTED", reason: "changed our mind" }, admin);
    expect((await nomination(nominationId)).award).toBeNull();

    const region = await nextRound("REGION");
    expect(region.status).toBe("SUBMITTED");
    // The decision answers the nomination it made in the next round: the caller need not look it up.
    expect(decided.data!.decideNomination.nextRoundNomination).toEqual({ id: region.id, round: "REGION", status: "SUBMITTED" });
    await call(REVIEW, { input: { nominationId: region.id, scores: scores(9, 9, 9, 9), recommendation: "SELECT", comment: "ดีเด่น" } }, inspector);
    await call(DECIDE, { id: region.id, decision: "SELECTED" }, admin);
    expect((await nomination(region.id)).award).toMatchObject({ level: "OUTSTANDING", amount: "0.00" });
  });

  it("makes an EXCELLENT award of 1,000,000.00 baht (data for FY 2564) at the national round, once", async () => {
    const nation = await nextRound("NATION");
    await refused("FORBIDDEN", REVIEW, { input: { nominationId: nation.id, scores: ALL_TENS, recommendation: "SELECT", comment: "c" } }, inspector);
    const review = await call(
      REVIEW,
      { input: { nominationId: nation.id, scores: scores(10, 10, 10, 9), recommendation: "SELECT", comment: "ดีเลิศ" } },
      judge,
    );
    expect(review.errors).toBeUndefined();
    const decided = await call<{ decideNomination: { nextRoundNomination: unknown } }>(
      DECIDE,
      { id: nation.id, decision: "SELECTED", rank: 2, plaqueAwardedAt: "2021-08-27" },
      admin,
    );
    expect(decided.errors).toBeUndefined();
    expect(decided.data!.decideNomination.nextRoundNomination).toBeNull(); // the national round is the last
    expect((await nomination(nation.id)).award).toMatchObject({ level: "EXCELLENT", amount: "1000000.00", rank: 2, plaqueAwardedAt: "2021-08-27" });

    const tambon = await call<{ tambon: { nominations: { totalCount: number }; awards: { nodes: { level: string; remaining: string }[] } } }>(
      TAMBON_CONTEST,
      { code: TAMBON },
      executive,
    );
    expect(tambon.errors).toBeUndefined();
    expect(tambon.data!.tambon.nominations.totalCount).toBe(3);
    expect(tambon.data!.tambon.awards.nodes.map((a) => [a.level, a.remaining]).sort()).toEqual([
      ["EXCELLENT", "1000000.00"],
      ["OUTSTANDING", "0.00"],
    ]);
  });

  it("records an award's plaque after the decision, within its fiscal year or later and not after today (ADMIN)", async () => {
    const outstanding = (await nomination((await nextRound("REGION")).id)).award!;
    expect(outstanding.plaqueAwardedAt).toBeNull();
    const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
    const tomorrow = new Date(Date.now() + 31 * 3_600_000).toISOString().slice(0, 10);
    for (const [day, words] of [
      [tomorrow, "ต้องไม่เกินวันนี้"],
      ["2020-09-30", "ต้องไม่ก่อนวันที่ 1 ตุลาคม 2563"],
    ]) {
      await refused("BAD_USER_INPUT", RECORD_PLAQUE, { awardId: outstanding.id, day }, admin);
      const answer = await call(RECORD_PLAQUE, { awardId: outstanding.id, day }, admin);
      expect(answer.errors![0].extensions).toMatchObject({ field: "date", messageTh: expect.stringContaining(words) });
    }
    await refused("FORBIDDEN", RECORD_PLAQUE, { awardId: outstanding.id, day: "2021-06-10" }, officer);
    await refused("NOT_FOUND", RECORD_PLAQUE, { awardId: "00000000-0000-4000-8000-000000000000", day: "2021-06-10" }, admin);

    const recorded = await call<{ recordPlaque: { plaqueAwardedAt: string } }>(RECORD_PLAQUE, { awardId: outstanding.id, day: "2021-06-10" }, admin);
    expect(recorded.data!.recordPlaque.plaqueAwardedAt).toBe("2021-06-10");
    expect((await call(RECORD_PLAQUE, { awardId: outstanding.id, day: today }, admin)).errors).toBeUndefined();
    const history = await call<{ evaluationHistory: { nodes: { action: string; after: string }[] } }>(AWARD_HISTORY, { id: outstanding.id }, admin);
    const plaques = history.data!.evaluationHistory.nodes.filter((entry) => entry.action === "recordPlaque");
    expect(plaques.map((entry) => JSON.parse(entry.after).plaqueAwardedAt)).toEqual(["2021-06-10", today]);
  });

  it("publishes the lessons of the award and brings the year together for executives", async () => {
    const excellent = (await nomination((await nextRound("NATION")).id)).award!;
    const lesson = await call<{ createLessonSummary: { id: string; status: string } }>(
      LESSON,
      { input: { awardId: excellent.id, title: "บทเรียน", successFactors: "ทีม", challenges: "เวลา", lessons: "เริ่มเล็ก", recommendations: "ขยายผล" } },
      officer,
    );
    expect(lesson.data!.createLessonSummary.status).toBe("DRAFT");
    // Four eyes: the officer wrote it, an executive publishes it.
    await refused("FORBIDDEN", PUBLISH, { id: lesson.data!.createLessonSummary.id }, officer);
    const published = await call<{ publishLessonSummary: { status: string } }>(PUBLISH, { id: lesson.data!.createLessonSummary.id }, executive);
    expect(published.data!.publishLessonSummary.status).toBe("PUBLISHED");
    await refused("INVALID_TRANSITION", PUBLISH, { id: lesson.data!.createLessonSummary.id }, admin);

    const summary = await call<{
      executiveSummary: {
        excellentAwards: { tambon: { code: string } }[];
        outstandingCount: number;
        budget: { awardedTotal: string };
        publishedLessons: unknown[];
        rounds: { round: string; nominated: number }[];
      };
    }>(EXECUTIVE_SUMMARY, { fy: 2564 }, executive);
    expect(summary.errors).toBeUndefined();
    const year = summary.data!.executiveSummary;
    expect(year.excellentAwards.map((a) => a.tambon.code)).toEqual(["450213", TAMBON]);
    expect(year).toMatchObject({ outstandingCount: 4, budget: { awardedTotal: "2000000.00" } });
    expect(year.publishedLessons).toHaveLength(3);
  });

  it("withdraws a nomination before its decision with a reason, and not after", async () => {
    const withdrawn = await call<{ withdrawNomination: { status: string; statusReason: string } }>(
      WITHDRAW,
      { id: demoNominationId(3), reason: "ชุมชนขอถอน" },
      officer,
    );
    expect(withdrawn.data!.withdrawNomination).toEqual({ status: "WITHDRAWN", statusReason: "ชุมชนขอถอน" });
    await refused("INVALID_TRANSITION", WITHDRAW, { id: demoNominationId(1), reason: "late" }, officer);
  });

  it("takes next year's rubric and award amount as data from an admin, checking that the weights add up", async () => {
    const criteria = [
      { code: "RESULTS", nameTh: "ผลลัพธ์", nameEn: "Results", weight: 60, maxScore: 20 },
      { code: "REACH", nameTh: "การขยายผล", nameEn: "Reach", weight: 40, maxScore: 5 },
    ];
    const input = { fiscalYear: 2565, round: "PROVINCE", nameTh: "เกณฑ์ 2565", nameEn: "FY 2565 rubric", criteria };
    await refused("BAD_USER_INPUT", DEFINE_RUBRIC, { input: { ...input, criteria: [criteria[0], { ...criteria[1], weight: 30 }] } }, admin);
    const defined = await call<{ defineRubric: { example: boolean; criteria: { code: string; weight: number; maxScore: number }[] } }>(
      DEFINE_RUBRIC,
      { input },
      admin,
    );
    expect(defined.errors).toBeUndefined();
    expect(defined.data!.defineRubric).toEqual({
      example: false,
      criteria: criteria.map(({ code, weight, maxScore }) => ({ code, weight, maxScore })),
    });
    await refused("CONFLICT", DEFINE_RUBRIC, { input }, admin);

    // Corrected before the round's first review; the year's reviews will all be scored on the correction.
    const corrected = await call<{ correctRubric: { nameTh: string; criteria: { code: string; weight: number; maxScore: number }[] } }>(
      CORRECT_RUBRIC,
      {
        input: {
          ...input,
          nameTh: "เกณฑ์ 2565 (แก้ไข)",
          criteria: [
            { ...criteria[0], weight: 70 },
            { ...criteria[1], weight: 30, maxScore: 10 },
          ],
        },
      },
      admin,
    );
    expect(corrected.errors).toBeUndefined();
    expect(corrected.data!.correctRubric).toEqual({
      nameTh: "เกณฑ์ 2565 (แก้ไข)",
      criteria: [
        { code: "RESULTS", weight: 70, maxScore: 20 },
        { code: "REACH", weight: 30, maxScore: 10 },
      ],
    });
    await refused("NOT_FOUND", CORRECT_RUBRIC, { input: { ...input, fiscalYear: 2566 } }, admin);
    await refused("FORBIDDEN", CORRECT_RUBRIC, { input }, executive);
    // FY 2564's provincial round has reviews: its rubric is final.
    const inUse = await call(CORRECT_RUBRIC, { input: { ...input, fiscalYear: 2564 } }, admin);
    expect(errorCodes(inUse)).toEqual(["CONFLICT"]);
    expect(inUse.errors![0].extensions).toMatchObject({ rule: "RUBRIC_IN_USE", field: "input.round" });
    expect(inUse.errors![0].extensions!.messageTh).toMatch(/แก้ไขไม่ได้/);

    await refused("BAD_USER_INPUT", SET_AMOUNT, { fy: 2565, amount: "-1.00" }, admin);
    const set = await call<{ setAwardAmount: { amount: string } }>(SET_AMOUNT, { fy: 2565, amount: "1200000.50" }, admin);
    expect(set.data!.setAwardAmount.amount).toBe("1200000.50");
    const amounts = await call<{ awardAmounts: { level: string; amount: string }[] }>(
      `{ awardAmounts(fiscalYear: 2565) { level amount } }`,
      {},
      executive,
    );
    expect(amounts.data!.awardAmounts).toEqual([{ level: "EXCELLENT", amount: "1200000.50" }]);
  });

  async function nextRound(round: string): Promise<NominationView> {
    const answer = await call<{ nominations: { nodes: NominationView[] } }>(NOMINATIONS, { filter: { tambonCode: TAMBON, round } }, executive);
    return answer.data!.nominations.nodes[0];
  }
});

const NOMINATION_FIELDS = `id round status statusReason reviewCount averageScore rank award { id level amount rank plaqueAwardedAt }`;
const NOMINATION = `query Nomination($id: ID!) { nomination(id: $id) { ${NOMINATION_FIELDS} } }`;
const NOMINATIONS = `query Nominations($filter: NominationFilter) { nominations(filter: $filter) { nodes { ${NOMINATION_FIELDS} } } }`;
const CREATE_KEY = `mutation { createApiKey(name: "staff names audit", purpose: "ตรวจสอบรายชื่อผู้ทบทวน", scope: NAMED) { key } }`;
const STAFF = `query NominationStaff($id: ID!) {
  nomination(id: $id) { nominatedBy decidedBy nominator { username displayName role } reviews { reviewerName reviewer { username regionCode } } }
}`;
interface StaffView {
  nominatedBy: string | null;
  decidedBy: string | null;
  nominator: { username: string } | null;
  reviews: { reviewerName: string | null; reviewer: { username: string } | null }[];
}
const WHO = `query NominationPeople($id: ID!) {
  nomination(id: $id) { nominator { username } reviews { reviewer { username inspectors { regionCode fiscalYear } } } }
}`;
const CORRECT_RUBRIC = `mutation CorrectRubric($input: RubricInput!) { correctRubric(input: $input) { nameTh criteria { code weight maxScore } } }`;
const DEFINE_RUBRIC = `mutation DefineRubric($input: RubricInput!) { defineRubric(input: $input) { example criteria { code weight maxScore } } }`;
const SET_AMOUNT = `mutation SetAwardAmount($fy: Int!, $amount: Baht!) { setAwardAmount(fiscalYear: $fy, level: EXCELLENT, amount: $amount) { amount } }`;
const CREATE = `mutation CreateNomination($input: NominationInput!) { createNomination(input: $input) { id status provinceCode } }`;
const SUBMIT = `mutation SubmitNomination($id: ID!) { submitNomination(id: $id) { id status } }`;
const WITHDRAW = `mutation WithdrawNomination($id: ID!, $reason: String!) { withdrawNomination(id: $id, reason: $reason) { status statusReason } }`;
const REVIEW = `mutation SubmitReview($input: ReviewInput!) { submitReview(input: $input) { totalScore locked } }`;
const DECIDE = `
  mutation DecideNomination($id: ID!, $decision: Decision!, $reason: String, $rank: Int, $plaqueAwardedAt: Date) {
    decideNomination(id: $id, decision: $decision, reason: $reason, rank: $rank, plaqueAwardedAt: $plaqueAwardedAt) {
      id status nextRoundNomination { id round status }
    }
  }`;
const TAMBON_CONTEST = `
  query TambonContest($code: ID!) {
    tambon(code: $code) { nominations { totalCount } awards { nodes { level remaining } } lessonSummaries { totalCount } }
  }`;
const RECORD_PLAQUE = `mutation RecordPlaque($awardId: ID!, $day: Date!) { recordPlaque(awardId: $awardId, date: $day) { plaqueAwardedAt } }`;
const AWARD_HISTORY = `query AwardHistory($id: ID!) { evaluationHistory(entityName: "Award", entityId: $id) { nodes { action after } } }`;
const LESSON = `mutation CreateLessonSummary($input: LessonSummaryInput!) { createLessonSummary(input: $input) { id status } }`;
const PUBLISH = `mutation PublishLessonSummary($id: ID!) { publishLessonSummary(id: $id) { status } }`;
const EXECUTIVE_SUMMARY = `
  query ExecutiveSummary($fy: Int!) {
    executiveSummary(fiscalYear: $fy) {
      rounds { round nominated selected }
      excellentAwards { rank tambon { code } }
      outstandingCount
      budget { awardedTotal disbursedTotal remainingTotal }
      publishedLessons { title }
    }
  }`;
