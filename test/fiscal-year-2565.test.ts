import { describeEachDatabase, errorCodes, graphql } from "@change-leaders/common/testing";
import { type TestSystem, startSystem } from "./support/system";
import { attachReceipt } from "./support/evidence";

type Item = { kind: string; key: string; nameTh: string };
type Award = { id: string; level: string; amount: string; disbursedTotal: string; remaining: string; disbursements: { totalCount: number } };
type Nomination = { id: string; round: string; status: string; nextRoundNomination: { id: string; round: string } | null; award: Award | null };
type Money = { awardCount: number; awardedTotal: string; disbursedTotal: string; paidTotal: string; remainingTotal: string };

const FY = 2565;
const CHONBURI = "20";
/** A password the policy takes (12+ characters, not a known one) for the accounts the journey creates. */
const PASSWORD = "ชลบุรี-2565-journey";

/** A valid Thai national ID for test data: 12 digits ("3200" + serial) and the mod-11 check digit. */
function nationalId(serial: number): string {
  const first12 = `3200${String(serial).padStart(8, "0")}`;
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(first12[i]) * (13 - i);
  return `${first12}${(11 - (sum % 11)) % 10}`;
}

/**
 * One fiscal year in one province, end to end through the gateway as its people meet it: FY 2565 in
 * Chonburi, from copying last year's set-up to the executive summary of the excellent award's money.
 */
describeEachDatabase("FY 2565 in Chonburi, from set-up to the executive summary", (dialect) => {
  let system: TestSystem;
  const as: Record<string, Record<string, string>> = {};
  /** What the steps hand on to the next ones. */
  const journey = { tambons: [] as string[], leaderIds: [] as string[], postIds: [] as string[], awardId: "", lessonId: "" };

  beforeAll(async () => {
    system = await startSystem(dialect);
    for (const username of ["admin", "judge", "budget", "budget.approver", "executive"]) as[username] = await system.loginAs(username);
  }, 120_000);
  afterAll(async () => {
    await system?.stop();
  });

  const ask = (document: string, variables: Record<string, unknown>, by: string) => graphql(system.url, document, variables, as[by]);
  /** The one root field of an answer that must have no errors. */
  async function one<T>(document: string, variables: Record<string, unknown>, by: string): Promise<T> {
    const answer = await ask(document, variables, by);
    expect(answer.errors).toBeUndefined();
    return Object.values(answer.data!)[0] as T;
  }
  async function refused(document: string, variables: Record<string, unknown>, by: string, code: string, rule?: string) {
    const answer = await ask(document, variables, by);
    expect(errorCodes(answer)).toEqual([code]);
    if (rule) expect(answer.errors![0].extensions).toMatchObject({ rule });
  }
  const award = () => one<Award>(AWARD, { id: journey.awardId }, "budget");
  const inspected = (fy: number) => one<string[]>(INSPECTED, { fy }, "inspector.2565");
  /** Every criterion of the round's FY 2565 rubric scored `below` under its maximum. */
  const scores = async (round: string, below: number) =>
    (await one<{ criteria: { code: string; maxScore: number }[] }>(RUBRIC, { fy: FY, round }, "admin")).criteria.map((c) => ({
      criterionCode: c.code,
      score: c.maxScore - below,
    }));

  it("1. copies FY 2564's set-up into FY 2565, and a new inspector serves Chonburi's region that year", async () => {
    const copy = await one<{ items: Item[]; provincesWithoutRegion: string[] }>(COPY, { from: 2564, to: FY }, "admin");
    const kinds = copy.items.reduce<Record<string, number>>((n, item) => ({ ...n, [item.kind]: (n[item.kind] ?? 0) + 1 }), {});
    expect(kinds).toEqual({ INSPECTION_REGION: 18, INSPECTOR: 1, PROGRESS_INDICATOR: 4, RUBRIC: 3, AWARD_AMOUNT: 2 });
    expect(copy.items).toContainEqual({ kind: "AWARD_AMOUNT", key: "EXCELLENT", nameTh: "เงินรางวัลตำบลระดับดีเลิศ 1,000,000.00 บาท" });
    expect(copy.provincesWithoutRegion).toEqual([]);
    expect(await one(AMOUNTS, { fy: FY }, "executive")).toEqual([
      { level: "EXCELLENT", amount: "1000000.00" },
      { level: "OUTSTANDING", amount: "0.00" },
    ]);
    const regions = await one<{ code: string; provinceCodes: string[] }[]>(REGIONS, { fy: FY }, "admin");
    const region = regions.find((r) => r.provinceCodes.includes(CHONBURI))!;
    expect(region).toEqual({ code: "9", provinceCodes: ["20", "21", "22", "23"] });

    const accounts = [
      { username: "officer.chonburi", displayName: "เจ้าหน้าที่พัฒนาชุมชนจังหวัดชลบุรี", role: "PROVINCE_OFFICER", provinceCode: CHONBURI },
      { username: "deputy.chonburi", displayName: "หัวหน้ากลุ่มงานส่งเสริม จังหวัดชลบุรี", role: "PROVINCE_OFFICER", provinceCode: CHONBURI },
      { username: "inspector.2565", displayName: "ผู้ตรวจราชการกรม เขต 9 (2565)", role: "INSPECTOR", regionCode: region.code, fiscalYear: FY },
    ];
    const ids: Record<string, string> = {};
    for (const input of accounts) {
      const account = await one<{ id: string; role: string }>(CREATE_ACCOUNT, { input: { ...input, password: PASSWORD } }, "admin");
      expect(account.role).toBe(input.role);
      ids[input.username] = account.id;
      as[input.username] = await system.loginAs(input.username, PASSWORD);
    }
    // The login alone inspects nothing: the year's assignment makes the inspector.
    expect(await inspected(FY)).toEqual([]);
    const inspector = { title: "นาง", firstName: "วรรณา", lastName: "ตรวจดี", position: "ผู้ตรวจราชการกรม", fiscalYear: FY, regionCode: region.code };
    expect(await one(CREATE_INSPECTOR, { input: { ...inspector, accountId: ids["inspector.2565"] } }, "admin")).toMatchObject({
      fiscalYear: FY,
      regionCode: "9",
      accountId: ids["inspector.2565"],
    });
    expect(await inspected(FY)).toEqual(region.provinceCodes);
    expect(await inspected(2564)).toEqual([]);
  });

  it("2. imports three leaders in each of two Chonburi tambons, and the report names the leaders it wrote", async () => {
    const tambons = await one<{ totalCount: number; nodes: { code: string }[] }>(TAMBONS, { province: CHONBURI }, "officer.chonburi");
    expect(tambons.totalCount).toBeGreaterThan(90);
    journey.tambons = tambons.nodes.map((t) => t.code);
    expect(journey.tambons).toEqual([expect.stringMatching(/^20\d{4}$/), expect.stringMatching(/^20\d{4}$/)]);
    const rows = journey.tambons.flatMap((tambon, t) =>
      [0, 1, 2].map((n) => `${n % 2 ? "นาง" : "นาย"},ผู้นำ${t + 1}${n + 1},ชลบุรีพัฒนา,${nationalId(t * 10 + n)},08${t}1234${n}67,${tambon},${FY}`),
    );
    const csv = `title,firstName,lastName,nationalId,phone,tambonCode,cohortYear\n${rows.join("\n")}\n`;
    const report = await one<{ leaderIds: string[] }>(IMPORT, { csv }, "officer.chonburi");
    expect(report).toMatchObject({ ok: true, rowCount: 6, createdCount: 6, errorCount: 0 });
    expect(new Set(report.leaderIds).size).toBe(6);
    journey.leaderIds = report.leaderIds;
    const leaders = await one<{ totalCount: number; nodes: { id: string; tambonCode: string; nationalId: string }[] }>(
      LEADERS,
      { filter: { provinceCode: CHONBURI, cohortYear: FY } },
      "officer.chonburi",
    );
    expect(leaders.totalCount).toBe(6);
    const byId = new Map(leaders.nodes.map((l) => [l.id, [l.tambonCode, l.nationalId]]));
    // In the file's row order: the first three in the first tambon, with the national IDs the file gave.
    expect(report.leaderIds.map((id) => byId.get(id))).toEqual(
      journey.tambons.flatMap((tambon, t) => [0, 1, 2].map((n) => [tambon, nationalId(t * 10 + n)])),
    );
  });

  it("3. holds a workshop for the two tambons, registers their six leaders and counts who came", async () => {
    const input = {
      kind: "WORKSHOP",
      title: "อบรมพัฒนาผู้นำการเปลี่ยนแปลง จังหวัดชลบุรี 2565",
      startsAt: "2022-01-20T02:00:00Z",
      endsAt: "2022-01-20T09:00:00Z",
      mode: "ONSITE",
      venue: "ศาลากลางจังหวัดชลบุรี",
      organiserProvinceCode: CHONBURI,
      tambonCodes: journey.tambons,
      targetLeadersPerTambon: 3,
    };
    const created = await one<{ id: string }>(CREATE_EVENT, { input }, "officer.chonburi");
    expect(created).toMatchObject({ fiscalYear: FY, status: "SCHEDULED" });
    const eventId = created.id;
    expect(await one(REGISTER, { eventId, leaderIds: journey.leaderIds }, "officer.chonburi")).toHaveLength(6);
    // Everyone came but the last leader of the second tambon.
    await one(ATTEND, { eventId, leaderIds: journey.leaderIds.slice(0, 5) }, "officer.chonburi");
    expect(await one(EVENT, { id: eventId }, "officer.chonburi")).toEqual({
      attendance: { registered: 6, attended: 5, target: 6, rate: 0.8333 },
      attendanceByTambon: [
        { tambonCode: journey.tambons[0], registered: 3, attended: 3, target: 3, rate: 1 },
        { tambonCode: journey.tambons[1], registered: 3, attended: 2, target: 3, rate: 0.6667 },
      ],
    });
    expect(await one(EVENTS, { filter: { fiscalYear: FY, provinceCode: CHONBURI } }, "executive")).toEqual({ nodes: [{ id: eventId }] });
  });

  it("4. takes the officer's progress report, accepted by a second officer and never by its submitter", async () => {
    const input = {
      tambonCode: journey.tambons[0],
      periodStart: "2022-01-01",
      periodEnd: "2022-03-31",
      narrative: "ครัวเรือนปลูกผักสวนครัวและออมเงิน",
      indicators: [
        { indicatorCode: "HOUSEHOLDS", quantity: 18 },
        { indicatorCode: "SAVINGS", amount: "15250.50" },
      ],
      evidenceLinks: ["https://www.facebook.com/cdd.chonburi/posts/2565"],
    };
    const draft = await one<{ id: string }>(CREATE_REPORT, { input }, "officer.chonburi");
    expect(draft).toMatchObject({ status: "DRAFT", fiscalYear: FY });
    expect(await one(SUBMIT_REPORT, { id: draft.id }, "officer.chonburi")).toEqual({ status: "SUBMITTED" });
    await refused(ACCEPT_REPORT, { id: draft.id }, "officer.chonburi", "FORBIDDEN", "FOUR_EYES");
    expect(await one(ACCEPT_REPORT, { id: draft.id }, "deputy.chonburi")).toMatchObject({
      status: "ACCEPTED",
      decidedBy: expect.any(String),
      indicators: [
        { indicator: { code: "HOUSEHOLDS" }, quantity: 18, amount: null },
        { indicator: { code: "SAVINGS" }, quantity: null, amount: "15250.50" },
      ],
    });
  });

  it("5. follows the leaders' posts, totals their samples and draws posts to check, reproducibly", async () => {
    const posts = [
      { channel: "FACEBOOK", leader: 0, tambon: 0, counts: [40, 10, 5, 95, 12, 9] },
      { channel: "TIKTOK", leader: 1, tambon: 0, counts: [120, 30, 8, 310, 41, 20] },
      { channel: "YOUTUBE", leader: 3, tambon: 1, counts: [15, 4, 1, 22, 5, 2] },
    ];
    for (const [i, p] of posts.entries()) {
      const input = {
        channel: p.channel,
        url: `https://example.org/chonburi/${i}`,
        tambonCode: journey.tambons[p.tambon],
        leaderId: journey.leaderIds[p.leader],
        postedAt: "2022-02-01T03:00:00Z",
      };
      const { id: postId } = await one<{ id: string }>(CREATE_POST, { input }, "officer.chonburi");
      journey.postIds.push(postId);
      for (const [k, sampledAt] of ["2022-02-08T03:00:00Z", "2022-03-01T03:00:00Z"].entries()) {
        const [likes, follows, shares] = p.counts.slice(k * 3, k * 3 + 3);
        await one(SAMPLE, { input: { postId, likes, follows, shares, sampledAt } }, "officer.chonburi");
      }
    }
    // The first tambon's two posts: latest counts 95 + 310 likes, grown by 55 + 190 since first sampled.
    expect(await one(ENGAGEMENT, { code: journey.tambons[0] }, "inspector.2565")).toEqual({
      engagement: { posts: 2, sampledPosts: 2, likes: 405, follows: 53, shares: 29, likesGrowth: 245, followsGrowth: 13, sharesGrowth: 16 },
    });

    const variables = { filter: { provinceCode: CHONBURI }, size: 2, seed: "FY2565-chonburi" };
    const draw = await one<{ id: string; populationCount: number; postIds: string[] }>(DRAW, variables, "inspector.2565");
    expect(draw.populationCount).toBe(3);
    expect(new Set(draw.postIds).size).toBe(2);
    expect(journey.postIds).toEqual(expect.arrayContaining(draw.postIds));
    expect(await one(DRAW, variables, "officer.chonburi")).toMatchObject({ populationCount: 3, postIds: draw.postIds });
    expect(await one(REPLAY, { id: draw.id }, "admin")).toEqual({ matches: true, postIds: draw.postIds });
  });

  it("6. carries the tambon from the province through the region to the nation: OUTSTANDING, then EXCELLENT of 1,000,000.00", async () => {
    const input = {
      tambonCode: journey.tambons[0],
      fiscalYear: FY,
      round: "PROVINCE",
      summary: "ตลาดชุมชนและแปลงผักรวม",
      evidenceLinks: ["https://example.org/cb"],
    };
    const draft = await one<Nomination>(CREATE_NOMINATION, { input }, "officer.chonburi");
    expect(draft).toMatchObject({ status: "DRAFT", round: "PROVINCE", provinceCode: CHONBURI });
    expect(await one(SUBMIT_NOMINATION, { id: draft.id }, "officer.chonburi")).toEqual({ status: "SUBMITTED" });

    let id = draft.id;
    for (const [round, reviewer, next] of [
      ["PROVINCE", "inspector.2565", "REGION"],
      ["REGION", "inspector.2565", "NATION"],
      ["NATION", "judge", null],
    ] as const) {
      const review = { nominationId: id, scores: await scores(round, 1), recommendation: "SELECT", comment: `ผ่านรอบ ${round}` };
      if (round === "NATION") await refused(REVIEW, { input: review }, "inspector.2565", "FORBIDDEN");
      expect(await one(REVIEW, { input: review }, reviewer)).toEqual({ totalScore: "90.00", locked: true });
      expect(await one(NOMINATION, { id }, "admin")).toMatchObject({ round, status: "UNDER_REVIEW", reviewCount: 1, averageScore: "90.00" });
      const decided = await one<Nomination>(DECIDE, { id, decision: "SELECTED" }, "admin");
      expect(decided.status).toBe("SELECTED");
      if (!next) {
        expect(decided.nextRoundNomination).toBeNull();
        expect(decided.award).toMatchObject({
          level: "EXCELLENT",
          fiscalYear: FY,
          provinceCode: CHONBURI,
          amount: "1000000.00",
          remaining: "1000000.00",
        });
        journey.awardId = decided.award!.id;
        break;
      }
      // The decision answers the nomination it made in the next round.
      expect(decided.nextRoundNomination).toEqual({ id: expect.any(String), round: next, status: "SUBMITTED" });
      expect(decided.award).toEqual(round === "REGION" ? expect.objectContaining({ level: "OUTSTANDING", amount: "0.00" }) : null);
      id = decided.nextRoundNomination!.id;
    }
    const awards = await one<{ nodes: { level: string; tambon: { code: string } }[] }>(AWARDS, { filter: { fiscalYear: FY } }, "executive");
    expect(awards.nodes.map((a) => [a.level, a.tambon.code]).sort()).toEqual([
      ["EXCELLENT", journey.tambons[0]],
      ["OUTSTANDING", journey.tambons[0]],
    ]);
  });

  it("7. pays three approved disbursements, refuses an overspend and returns a cancelled one's money", async () => {
    const input = (amount: string, n: number) => ({
      input: { awardId: journey.awardId, amount, purpose: `งวดที่ ${n}`, reference: `ชบ-2565-${n}`, idempotencyKey: `chonburi-2565-${n}` },
    });
    for (const [i, amount] of ["250000.00", "300000.00", "150000.00"].entries()) {
      const recorded = await one<{ id: string }>(RECORD, input(amount, i + 1), "budget");
      expect(recorded).toMatchObject({ status: "RECORDED", amount });
      // A retry with the same key answers the same disbursement.
      expect(await one(RECORD, input(amount, i + 1), "budget")).toEqual(recorded);
      await refused(APPROVE, { id: recorded.id }, "budget", "FORBIDDEN", "FOUR_EYES");
      expect(await one(APPROVE, { id: recorded.id }, "budget.approver")).toEqual({ status: "APPROVED" });
      await attachReceipt(system.url, as.budget, recorded.id);
      const paid = await one(PAY, { id: recorded.id, ref: `KTB-2565-${i + 1}` }, "budget");
      expect(paid).toEqual({ status: "PAID", paymentReference: `KTB-2565-${i + 1}` });
    }
    const paid = await award();
    expect(paid).toMatchObject({ disbursedTotal: "700000.00", remaining: "300000.00", disbursements: { totalCount: 3 } });

    const over = await ask(RECORD, input("300000.01", 4), "budget");
    expect(errorCodes(over)).toEqual(["BUDGET_EXCEEDED"]);
    expect(await award()).toEqual(paid);

    const extra = await one<{ id: string }>(RECORD, input("100000.00", 5), "budget");
    expect((await award()).remaining).toBe("200000.00");
    expect(await one(CANCEL, { id: extra.id, reason: "ผู้รับจ้างถอนตัว" }, "budget")).toEqual({ status: "CANCELLED", cancelReason: "ผู้รับจ้างถอนตัว" });
    expect(await award()).toMatchObject({ disbursedTotal: "700000.00", remaining: "300000.00", disbursements: { totalCount: 4 } });
  });

  it("8. publishes the officer's lesson summary by an executive, never by its writer", async () => {
    const input = {
      awardId: journey.awardId,
      title: "บทเรียนตำบลดีเลิศ ชลบุรี 2565",
      successFactors: "ผู้นำเข้มแข็ง",
      challenges: "ฤดูแล้ง",
      lessons: "เริ่มจากครัวเรือนต้นแบบ",
      recommendations: "ขยายผลสู่ตำบลข้างเคียง",
    };
    const lesson = await one<{ id: string }>(CREATE_LESSON, { input }, "officer.chonburi");
    expect(lesson).toMatchObject({ status: "DRAFT", provinceCode: CHONBURI, fiscalYear: FY });
    journey.lessonId = lesson.id;
    await refused(PUBLISH, { id: lesson.id }, "officer.chonburi", "FORBIDDEN");
    expect(await one(PUBLISH, { id: lesson.id }, "executive")).toEqual({ status: "PUBLISHED", publishedAt: expect.any(String) });
  });

  it("9. sums the year up for executives and budget officers: the excellent award, its money to the satang, the lesson", async () => {
    const money: Money = {
      awardCount: 2,
      awardedTotal: "1000000.00",
      disbursedTotal: "700000.00",
      paidTotal: "700000.00",
      remainingTotal: "300000.00",
    };
    expect(await one(EXECUTIVE_SUMMARY, { fy: FY }, "executive")).toEqual({
      rounds: ["PROVINCE", "REGION", "NATION"].map((round) => ({ round, nominated: 1, selected: 1 })),
      excellentAwards: [{ id: journey.awardId, amount: "1000000.00", tambon: { code: journey.tambons[0] } }],
      outstandingCount: 1,
      budget: money,
      publishedLessons: [{ id: journey.lessonId, status: "PUBLISHED" }],
    });
    const budget = await one<Money & { byProvince: (Money & { provinceCode: string })[] }>(BUDGET_SUMMARY, { fy: FY }, "budget");
    expect(budget).toMatchObject(money);
    expect(budget.byProvince).toHaveLength(77);
    expect(budget.byProvince.find((line) => line.provinceCode === CHONBURI)).toEqual({
      ...money,
      provinceCode: CHONBURI,
      province: { nameTh: "ชลบุรี" },
    });
    expect(budget.byProvince.filter((line) => line.awardedTotal !== "0.00").map((line) => line.provinceCode)).toEqual([CHONBURI]);
  });
});

const COPY = `mutation CopyFiscalYearSetup($from: Int!, $to: Int!) {
  copyFiscalYearSetup(fromFiscalYear: $from, toFiscalYear: $to) { items { kind key nameTh } provincesWithoutRegion }
}`;
const AMOUNTS = `query AwardAmounts($fy: Int!) { awardAmounts(fiscalYear: $fy) { level amount } }`;
const REGIONS = `query InspectionRegions($fy: Int!) { inspectionRegions(fiscalYear: $fy) { code provinceCodes } }`;
const CREATE_ACCOUNT = `mutation CreateAccount($input: AccountInput!) { createAccount(input: $input) { id role } }`;
const CREATE_INSPECTOR = `mutation CreateInspector($input: InspectorInput!) { createInspector(input: $input) { id fiscalYear regionCode accountId } }`;
const INSPECTED = `query InspectedProvinces($fy: Int!) { inspectedProvinces(fiscalYear: $fy) }`;
const TAMBONS = `query Tambons($province: ID!) { tambons(filter: { provinceCode: $province }, page: { limit: 2 }) { totalCount nodes { code } } }`;
const IMPORT = `mutation ImportLeaders($csv: String!) { importLeaders(csv: $csv) { ok rowCount createdCount errorCount leaderIds errors { row field message } } }`;
const LEADERS = `query Leaders($filter: LeaderFilter) { leaders(filter: $filter) { totalCount nodes { id tambonCode nationalId } } }`;
const CREATE_EVENT = `mutation CreateEvent($input: EventInput!) { createEvent(input: $input) { id fiscalYear status } }`;
const REGISTER = `mutation RegisterParticipants($eventId: ID!, $leaderIds: [ID!]!) { registerParticipants(eventId: $eventId, leaderIds: $leaderIds) { id } }`;
const ATTEND = `mutation RecordAttendance($eventId: ID!, $leaderIds: [ID!]!) { recordAttendance(eventId: $eventId, leaderIds: $leaderIds) { id attended } }`;
const EVENT = `query Event($id: ID!) {
  event(id: $id) { attendance { registered attended target rate } attendanceByTambon { tambonCode registered attended target rate } }
}`;
const EVENTS = `query Events($filter: EventFilter) { events(filter: $filter) { nodes { id } } }`;
const REPORT_FIELDS = `id status fiscalYear decidedBy indicators { indicator { code } quantity amount }`;
const CREATE_REPORT = `mutation CreateProgressReport($input: ProgressReportInput!) { createProgressReport(input: $input) { ${REPORT_FIELDS} } }`;
const SUBMIT_REPORT = `mutation SubmitProgressReport($id: ID!) { submitProgressReport(id: $id) { status } }`;
const ACCEPT_REPORT = `mutation AcceptProgressReport($id: ID!) { acceptProgressReport(id: $id) { ${REPORT_FIELDS} } }`;
const CREATE_POST = `mutation CreateEngagementPost($input: EngagementPostInput!) { createEngagementPost(input: $input) { id } }`;
const SAMPLE = `mutation RecordEngagementSample($input: EngagementSampleInput!) { recordEngagementSample(input: $input) { id } }`;
const ENGAGEMENT = `query TambonEngagement($code: ID!) {
  tambon(code: $code) { engagement { posts sampledPosts likes follows shares likesGrowth followsGrowth sharesGrowth } }
}`;
const DRAW = `mutation DrawEngagementSample($filter: EngagementPostFilter, $size: Int!, $seed: String!) {
  drawEngagementSample(filter: $filter, size: $size, seed: $seed) { id populationCount postIds }
}`;
const REPLAY = `query ReplayEngagementDraw($id: ID!) { replayEngagementDraw(id: $id) { matches postIds } }`;
const RUBRIC = `query Rubric($fy: Int!, $round: ContestRound!) { rubric(fiscalYear: $fy, round: $round) { criteria { code maxScore } } }`;
const AWARD_FIELDS = `id level fiscalYear provinceCode amount disbursedTotal remaining`;
const NOMINATION_FIELDS = `id round status provinceCode reviewCount averageScore nextRoundNomination { id round status } award { ${AWARD_FIELDS} }`;
const NOMINATION = `query Nomination($id: ID!) { nomination(id: $id) { ${NOMINATION_FIELDS} } }`;
const CREATE_NOMINATION = `mutation CreateNomination($input: NominationInput!) { createNomination(input: $input) { ${NOMINATION_FIELDS} } }`;
const SUBMIT_NOMINATION = `mutation SubmitNomination($id: ID!) { submitNomination(id: $id) { status } }`;
const REVIEW = `mutation SubmitReview($input: ReviewInput!) { submitReview(input: $input) { totalScore locked } }`;
const DECIDE = `mutation DecideNomination($id: ID!, $decision: Decision!) { decideNomination(id: $id, decision: $decision) { ${NOMINATION_FIELDS} } }`;
const AWARDS = `query Awards($filter: AwardFilter) { awards(filter: $filter) { nodes { level tambon { code } } } }`;
const AWARD = `query Award($id: ID!) {
  award(id: $id) { ${AWARD_FIELDS} tambon { code } disbursements(page: { limit: 100 }) { totalCount nodes { id status amount } } }
}`;
const RECORD = `mutation RecordDisbursement($input: DisbursementInput!) { recordDisbursement(input: $input) { id status amount } }`;
const APPROVE = `mutation ApproveDisbursement($id: ID!) { approveDisbursement(id: $id) { status } }`;
const PAY = `mutation MarkDisbursementPaid($id: ID!, $ref: String!) { markDisbursementPaid(id: $id, paymentReference: $ref) { status paymentReference } }`;
const CANCEL = `mutation CancelDisbursement($id: ID!, $reason: String!) { cancelDisbursement(id: $id, reason: $reason) { status cancelReason } }`;
const CREATE_LESSON = `mutation CreateLessonSummary($input: LessonSummaryInput!) { createLessonSummary(input: $input) { id status provinceCode fiscalYear } }`;
const PUBLISH = `mutation PublishLessonSummary($id: ID!) { publishLessonSummary(id: $id) { status publishedAt } }`;
const MONEY = `awardCount awardedTotal disbursedTotal paidTotal remainingTotal`;
const EXECUTIVE_SUMMARY = `query ExecutiveSummary($fy: Int!) {
  executiveSummary(fiscalYear: $fy) {
    rounds { round nominated selected } excellentAwards { id amount tambon { code } } outstandingCount
    budget { ${MONEY} } publishedLessons { id status }
  }
}`;
const BUDGET_SUMMARY = `query BudgetSummary($fy: Int!) {
  budgetSummary(fiscalYear: $fy) { ${MONEY} byProvince { ${MONEY} provinceCode province { nameTh } } }
}`;
