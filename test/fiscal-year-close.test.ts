import { DEMO_TARGET_TAMBONS } from "@change-leaders/common/demo";
import { describeEachDatabase, errorCodes, graphql } from "@change-leaders/common/testing";
import { DEMO_EXCELLENT_AWARD_ID, demoAwardId, demoNominationId } from "@change-leaders/evaluation";
import { rowCounts } from "./support/row-counts";
import { type TestSystem, startSystem } from "./support/system";
import { attachReceipt } from "./support/evidence";

const FISCAL_YEAR = `query FiscalYear($fiscalYear: Int!) { fiscalYear(fiscalYear: $fiscalYear) { fiscalYear nameTh status closedAt closedBy } }`;
const FISCAL_YEARS = `query FiscalYears { fiscalYears { totalCount nodes { fiscalYear status } } }`;
const CLOSE = `mutation Close($fiscalYear: Int!) { closeFiscalYear(fiscalYear: $fiscalYear) { fiscalYear nameTh status closedAt closedBy } }`;
const LEDGER = `query Ledger($id: ID!) { award(id: $id) { disbursedTotal remaining disbursements(page: { limit: 100 }) { nodes { id status } } } }`;
const READS = `query Reads($fiscalYear: Int!) {
  budgetSummary(fiscalYear: $fiscalYear) { awardedTotal disbursedTotal remainingTotal awardCount }
  executiveSummary(fiscalYear: $fiscalYear) { outstandingCount year { status } rounds { round nominated selected } publishedLessons { id } }
  awards(filter: { fiscalYear: $fiscalYear }) { totalCount nodes { id amount disbursedTotal plaqueAwardedAt } }
}`;
const RUBRIC = `query Rubric($fiscalYear: Int!) { rubric(fiscalYear: $fiscalYear, round: PROVINCE) { nameTh nameEn criteria { code nameTh nameEn weight maxScore } } }`;

const DEMO_DRAFT_LESSON_ID = "1e550000-2564-4000-8000-000000000003";
const FY = 2564;

/** Every kind of write to FY 2564's contest and money, with who tries it: each is refused once the year is closed. */
const WRITES: { write: string; by: string; query: string; variables: (rubric: RubricShape) => Record<string, unknown> }[] = [
  {
    write: "createNomination",
    by: "officer.chanthaburi",
    query: `mutation($input: NominationInput!) { createNomination(input: $input) { id } }`,
    variables: () => ({ input: { tambonCode: DEMO_TARGET_TAMBONS[9], fiscalYear: FY, round: "PROVINCE", summary: "ตลาดชุมชน" } }),
  },
  {
    write: "submitNomination",
    by: "officer.chanthaburi",
    query: `mutation($id: ID!) { submitNomination(id: $id) { id } }`,
    variables: () => ({ id: demoNominationId(15) }),
  },
  {
    write: "submitReview",
    by: "inspector.region9",
    query: `mutation($input: ReviewInput!) { submitReview(input: $input) { id } }`,
    variables: (rubric) => ({
      input: {
        nominationId: demoNominationId(3),
        scores: rubric.criteria.map((criterion) => ({ criterionCode: criterion.code, score: 1 })),
        recommendation: "SELECT",
        comment: "ดี",
      },
    }),
  },
  {
    write: "decideNomination",
    by: "admin",
    query: `mutation($id: ID!) { decideNomination(id: $id, decision: NOT_SELECTED, reason: "คะแนนต่ำ") { id } }`,
    variables: () => ({ id: demoNominationId(3) }),
  },
  {
    write: "correctRubric",
    by: "admin",
    query: `mutation($input: RubricInput!) { correctRubric(input: $input) { id } }`,
    variables: (rubric) => ({ input: { fiscalYear: FY, round: "PROVINCE", nameTh: "เกณฑ์ใหม่", nameEn: rubric.nameEn, criteria: rubric.criteria } }),
  },
  {
    write: "setAwardAmount",
    by: "admin",
    query: `mutation { setAwardAmount(fiscalYear: ${FY}, level: EXCELLENT, amount: "900000.00") { amount } }`,
    variables: () => ({}),
  },
  {
    write: "recordPlaque",
    by: "admin",
    query: `mutation($awardId: ID!) { recordPlaque(awardId: $awardId, date: "2021-09-01") { id } }`,
    variables: () => ({ awardId: demoAwardId(1) }),
  },
  {
    write: "recordDisbursement",
    by: "budget",
    query: `mutation($input: DisbursementInput!) { recordDisbursement(input: $input) { id } }`,
    variables: () => ({
      input: { awardId: DEMO_EXCELLENT_AWARD_ID, amount: "1.00", purpose: "ค่าถ่ายเอกสาร", reference: "ปิดปี-1", idempotencyKey: "closed-year-1" },
    }),
  },
  {
    write: "updateLessonSummary",
    by: "admin",
    query: `mutation($id: ID!) { updateLessonSummary(id: $id, input: { title: "แก้ชื่อ" }) { id } }`,
    variables: () => ({ id: DEMO_DRAFT_LESSON_ID }),
  },
  {
    write: "publishLessonSummary",
    by: "executive",
    query: `mutation($id: ID!) { publishLessonSummary(id: $id) { id } }`,
    variables: () => ({ id: DEMO_DRAFT_LESSON_ID }),
  },
];

interface RubricShape {
  nameEn: string;
  criteria: { code: string; nameTh: string; nameEn: string; weight: number; maxScore: number }[];
}

describeEachDatabase("closeFiscalYear: a closed year's contest and money are final", (dialect) => {
  let system: TestSystem;
  const as: Record<string, Record<string, string>> = {};
  let rubric: RubricShape;

  beforeAll(async () => {
    system = await startSystem(dialect);
    for (const username of ["admin", "officer.chanthaburi", "inspector.region9", "budget", "budget.approver", "executive"])
      as[username] = await system.loginAs(username);
    rubric = (await graphql<{ rubric: RubricShape }>(system.url, RUBRIC, { fiscalYear: FY }, as.admin)).data!.rubric;
  });
  afterAll(async () => {
    await system?.stop();
  });

  const ask = <T = Record<string, unknown>>(query: string, variables: Record<string, unknown>, by = "admin") =>
    graphql<T>(system.url, query, variables, as[by]);

  it("names the programme's years, each open until closed", async () => {
    const year = await ask<{ fiscalYear: { status: string; nameTh: string; closedAt: string | null } }>(FISCAL_YEAR, { fiscalYear: FY });
    expect(year.data!.fiscalYear).toMatchObject({ status: "OPEN", nameTh: "ปีงบประมาณ 2564", closedAt: null });
    const years = await ask<{ fiscalYears: { nodes: { fiscalYear: number; status: string }[] } }>(FISCAL_YEARS, {});
    expect(years.data!.fiscalYears.nodes).toContainEqual({ fiscalYear: FY, status: "OPEN" });
  });

  it.each([
    ["a year that has not ended", 2570, "ยังไม่สิ้นสุด"],
    ["a year without a contest", 2561, "ยังไม่มีข้อมูลการประกวด"],
  ])("refuses to close %s on fiscalYear, in Thai", async (_case, fiscalYear, words) => {
    const before = await rowCounts(system.store.config);
    const answer = await ask(CLOSE, { fiscalYear });
    expect(errorCodes(answer)).toEqual(["BAD_USER_INPUT"]);
    expect(answer.errors![0].extensions).toMatchObject({ field: "fiscalYear", messageTh: expect.stringContaining(words) });
    expect(await rowCounts(system.store.config)).toEqual(before);
  });

  it("is for admins only", async () => {
    for (const by of ["budget", "executive", "officer.chanthaburi"])
      expect(errorCodes(await ask(CLOSE, { fiscalYear: FY }, by))).toEqual(["FORBIDDEN"]);
  });

  it("waits for the money in flight: refused while a disbursement is recorded or approved, closed once each is paid or cancelled", async () => {
    const ledger = async () =>
      (await ask<{ award: { disbursements: { nodes: { id: string; status: string }[] } } }>(LEDGER, { id: DEMO_EXCELLENT_AWARD_ID })).data!.award;
    const before = await rowCounts(system.store.config);
    const refused = await ask(CLOSE, { fiscalYear: FY });
    expect(errorCodes(refused)).toEqual(["CONFLICT"]);
    expect(refused.errors![0].extensions).toMatchObject({
      rule: "DISBURSEMENTS_IN_FLIGHT",
      count: 2,
      messageTh: expect.stringContaining("2 รายการ"),
    });
    expect(await rowCounts(system.store.config)).toEqual(before);

    const moving = (await ledger()).disbursements.nodes;
    const approved = moving.find((row) => row.status === "APPROVED")!;
    const recorded = moving.find((row) => row.status === "RECORDED")!;
    await attachReceipt(system.url, as.budget, approved.id);
    expect(
      (await ask(`mutation($id: ID!) { markDisbursementPaid(id: $id, paymentReference: "KTB-0001") { id } }`, { id: approved.id }, "budget")).errors,
    ).toBeUndefined();
    expect(
      (await ask(`mutation($id: ID!) { cancelDisbursement(id: $id, reason: "เลื่อนไปปีหน้า") { id } }`, { id: recorded.id }, "budget")).errors,
    ).toBeUndefined();

    const closed = await ask<{ closeFiscalYear: { status: string; closedAt: string; closedBy: string } }>(CLOSE, { fiscalYear: FY });
    expect(closed.errors).toBeUndefined();
    expect(closed.data!.closeFiscalYear).toMatchObject({ status: "CLOSED", closedAt: expect.any(String), closedBy: expect.any(String) });
    const read = await ask<{ fiscalYear: { status: string } }>(FISCAL_YEAR, { fiscalYear: FY }, "executive");
    expect(read.data!.fiscalYear.status).toBe("CLOSED");

    const again = await ask(CLOSE, { fiscalYear: FY });
    expect(errorCodes(again)).toEqual(["INVALID_TRANSITION"]);
    expect(again.errors![0].extensions).toMatchObject({ rule: "FISCAL_YEAR_CLOSED", messageTh: expect.stringContaining("ปิดไปแล้ว") });
  });

  it.each(WRITES)(
    "refuses $write in the closed year (INVALID_TRANSITION, FISCAL_YEAR_CLOSED, Thai), and reads stay as they were",
    async ({ by, query, variables }) => {
      const reads = await ask(READS, { fiscalYear: FY });
      const before = await rowCounts(system.store.config);
      const answer = await ask(query, variables(rubric), by);
      expect(errorCodes(answer)).toEqual(["INVALID_TRANSITION"]);
      expect(answer.errors![0].extensions).toMatchObject({
        rule: "FISCAL_YEAR_CLOSED",
        fiscalYear: FY,
        messageTh: expect.stringContaining("ปีงบประมาณ 2564 ปิดแล้ว"),
      });
      expect(await rowCounts(system.store.config)).toEqual(before);
      expect(await ask(READS, { fiscalYear: FY })).toEqual(reads);
    },
  );

  it("the executive summary of the closed year says it is final; the next year still runs", async () => {
    const summary = await ask<{ executiveSummary: { year: { status: string } } }>(READS, { fiscalYear: FY }, "executive");
    expect(summary.data!.executiveSummary.year.status).toBe("CLOSED");
    const next = await ask<{ setAwardAmount: { amount: string } }>(
      `mutation { setAwardAmount(fiscalYear: 2565, level: OUTSTANDING, amount: "100000.00") { amount } }`,
      {},
    );
    expect(next.errors).toBeUndefined();
    expect(next.data!.setAwardAmount.amount).toBe("100000.00");
  });

  it("a close racing with disbursements never leaves money in flight in a closed year", async () => {
    // A second award, of FY 2563, to race on: copied from the demo's, with nothing disbursed.
    const dataSource = system.subgraphs.evaluation.subgraph.dataSource;
    expect(
      (await ask(`mutation { setAwardAmount(fiscalYear: 2563, level: EXCELLENT, amount: "1000000.00") { amount } }`, {})).errors,
    ).toBeUndefined();
    const [template] = (await dataSource.query("SELECT * FROM award WHERE id = ?", [DEMO_EXCELLENT_AWARD_ID])) as Record<string, unknown>[];
    const awardId = "a0a00000-2563-4000-8000-000000000001";
    const row = { ...template, id: awardId, fiscal_year: 2563, disbursed_satang: 0, nomination_id: null };
    const columns = Object.keys(row);
    const quote = dialect === "mysql" ? "`" : '"';
    await dataSource.query(
      `INSERT INTO award (${columns.map((c) => `${quote}${c}${quote}`).join(", ")}) VALUES (${columns.map(() => "?").join(", ")})`,
      columns.map((c) => row[c as keyof typeof row]),
    );
    const record = (n: number) =>
      ask(
        `mutation($input: DisbursementInput!) { recordDisbursement(input: $input) { id } }`,
        { input: { awardId, amount: "1.00", purpose: "ค่าวัสดุ", reference: `RACE-${n}`, idempotencyKey: `race-2563-${n}` } },
        "budget",
      );
    const recordedIds = async () =>
      ((await dataSource.query("SELECT id FROM disbursement WHERE award_id = ? AND status = 'RECORDED'", [awardId])) as { id: string }[]).map(
        (row) => row.id,
      );
    // Rounds of a close and four records started a little later each round, until the close wins.
    let n = 0;
    for (const delay of [0, 1, 2, 5, 10, 20, 40, 80, 160, 320, 640]) {
      const close = ask(CLOSE, { fiscalYear: 2563 });
      await new Promise((resolve) => setTimeout(resolve, delay));
      const records = await Promise.all(Array.from({ length: 4 }, () => record((n += 1))));
      const closed = await close;
      const inFlight = await recordedIds();
      if (closed.errors) {
        // Refused because records landed first: they are the money in flight it named.
        expect(errorCodes(closed)).toEqual(["CONFLICT"]);
        expect(closed.errors[0].extensions).toMatchObject({ rule: "DISBURSEMENTS_IN_FLIGHT" });
        for (const id of inFlight)
          expect((await ask(`mutation($id: ID!) { cancelDisbursement(id: $id, reason: "ทดสอบ") { id } }`, { id }, "budget")).errors).toBeUndefined();
        continue;
      }
      // Closed: every record of the round that did not land before the close was refused, and none is left in flight.
      expect(inFlight).toEqual([]);
      for (const refused of records) expect(errorCodes(refused)).toEqual(["INVALID_TRANSITION"]);
      return;
    }
    throw new Error("the close never won a round");
  });
});
