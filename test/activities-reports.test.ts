import { DEMO_TARGET_TAMBONS, demoLeaderId } from "@change-leaders/common/demo";
import { describeEachDatabase, errorCodes, graphql } from "@change-leaders/common/testing";
import { rowCounts } from "./support/row-counts";
import { type TestSystem, startSystem } from "./support/system";

/** Food-security progress reports (activity 3) and engagement monitoring (activity 4), through the gateway. */
describeEachDatabase("activities: progress reports and engagement monitoring", (dialect) => {
  let system: TestSystem;
  let admin: Record<string, string>;
  let officer: Record<string, string>;
  let inspector: Record<string, string>;

  beforeAll(async () => {
    system = await startSystem(dialect);
    admin = await system.loginAs("admin");
    officer = await system.loginAs("officer.chanthaburi");
    inspector = await system.loginAs("inspector.region9");
  });
  afterAll(async () => {
    await system?.stop();
  });

  const ask = <T>(query: string, variables: Record<string, unknown>, headers: Record<string, string>) =>
    graphql<T>(system.url, query, variables, headers);
  async function ok<T>(query: string, variables: Record<string, unknown>, headers: Record<string, string>): Promise<T> {
    const answer = await ask<T>(query, variables, headers);
    expect(answer.errors).toBeUndefined();
    return answer.data!;
  }
  /** Expects `code` (and the field) and that no row of any store changed. */
  async function refused(query: string, variables: Record<string, unknown>, headers: Record<string, string>, code: string, field?: string) {
    const before = await rowCounts(system.store.config);
    const answer = await ask(query, variables, headers);
    expect(errorCodes(answer)).toEqual([code]);
    if (field) expect(answer.errors![0].extensions!.field).toBe(field);
    expect(await rowCounts(system.store.config)).toEqual(before);
  }

  describe("progress reports", () => {
    const report = (tambonCode: string, periodStart: string) => ({
      tambonCode,
      periodStart,
      periodEnd: "2022-03-31",
      narrative: "ครัวเรือนปลูกผักและออมเงิน",
      indicators: [
        { indicatorCode: "HOUSEHOLDS", quantity: 42 },
        { indicatorCode: "PRODUCE_KG", quantity: 1250 },
        { indicatorCode: "SAVINGS", amount: "18250.5" },
      ],
      evidenceLinks: ["https://www.facebook.com/cdd.chanthaburi/posts/1", "http://chanthaburi.cdd.go.th/report.pdf"],
    });

    it("has the configured indicators with their units", async () => {
      const { progressIndicators } = await ok<{ progressIndicators: { code: string; unitEn: string; kind: string }[] }>(INDICATORS, {}, officer);
      expect(progressIndicators).toEqual([
        { code: "HOUSEHOLDS", unitEn: "households", kind: "COUNT" },
        { code: "PLOTS", unitEn: "plots", kind: "COUNT" },
        { code: "PRODUCE_KG", unitEn: "kg", kind: "COUNT" },
        { code: "SAVINGS", unitEn: "baht", kind: "MONEY" },
      ]);
    });

    it("shows the demo's reports on each tambon, with indicator values and money as Baht", async () => {
      const { tambon } = await ok<{ tambon: { progressReports: { totalCount: number; nodes: ReportView[] } } }>(
        TAMBON_REPORTS,
        { code: DEMO_TARGET_TAMBONS[0] },
        inspector,
      );
      expect(tambon.progressReports.totalCount).toBe(2);
      expect(tambon.progressReports.nodes.map((r) => [r.periodStart, r.status])).toEqual([
        ["2021-07-01", "SUBMITTED"],
        ["2021-04-01", "ACCEPTED"],
      ]);
      expect(tambon.progressReports.nodes[1].indicators).toEqual([
        { indicator: { code: "HOUSEHOLDS", unitTh: "ครัวเรือน" }, quantity: 20, amount: null },
        { indicator: { code: "PLOTS", unitTh: "แปลง" }, quantity: 10, amount: null },
        { indicator: { code: "PRODUCE_KG", unitTh: "กิโลกรัม" }, quantity: 150, amount: null },
        { indicator: { code: "SAVINGS", unitTh: "บาท" }, quantity: null, amount: "12500.50" },
      ]);
    });

    /**
     * The workflow as a table: from each status, which actions work and where they lead. Every cell is
     * tried on a fresh report brought to the starting status through the API.
     */
    const PATHS: Record<string, string[]> = { DRAFT: [], SUBMITTED: ["SUBMIT"], ACCEPTED: ["SUBMIT", "ACCEPT"], RETURNED: ["SUBMIT", "RETURN"] };
    const REFUSED = "INVALID_TRANSITION";
    const TRANSITIONS: [string, string, string][] = [
      ["DRAFT", "SUBMIT", "SUBMITTED"],
      ["DRAFT", "ACCEPT", REFUSED],
      ["DRAFT", "RETURN", REFUSED],
      ["DRAFT", "EDIT", "DRAFT"],
      ["SUBMITTED", "SUBMIT", REFUSED],
      ["SUBMITTED", "ACCEPT", "ACCEPTED"],
      ["SUBMITTED", "RETURN", "RETURNED"],
      ["SUBMITTED", "EDIT", REFUSED],
      ["ACCEPTED", "SUBMIT", REFUSED],
      ["ACCEPTED", "ACCEPT", REFUSED],
      ["ACCEPTED", "RETURN", REFUSED],
      ["ACCEPTED", "EDIT", REFUSED],
      ["RETURNED", "SUBMIT", "SUBMITTED"],
      ["RETURNED", "ACCEPT", REFUSED],
      ["RETURNED", "RETURN", REFUSED],
      ["RETURNED", "EDIT", "RETURNED"],
    ];
    let month = 0;
    // Four eyes: the officer writes and submits, another account (the admin) accepts or returns.
    const act = (action: string, id: string) =>
      ask<Record<string, { status: string; returnReason: string | null }>>(
        ACTIONS[action],
        { id, reason: "ขอภาพถ่ายเพิ่ม", input: { narrative: "แก้ไข" } },
        action === "ACCEPT" || action === "RETURN" ? admin : officer,
      );

    it.each(TRANSITIONS)("%s + %s → %s", async (from, action, to) => {
      month += 1;
      const year = 2030 + month;
      const { createProgressReport } = await ok<{ createProgressReport: { id: string; status: string } }>(
        CREATE_REPORT,
        { input: { ...report(DEMO_TARGET_TAMBONS[5], `${year}-01-01`), periodEnd: `${year}-03-31` } },
        officer,
      );
      const id = createProgressReport.id;
      for (const step of PATHS[from]) expect((await act(step, id)).errors).toBeUndefined();
      if (to === REFUSED) {
        const before = await rowCounts(system.store.config);
        const answer = await act(action, id);
        expect(errorCodes(answer)).toEqual(["INVALID_TRANSITION"]);
        expect(await rowCounts(system.store.config)).toEqual(before);
      } else {
        const answer = await act(action, id);
        expect(answer.errors).toBeUndefined();
        expect(Object.values(answer.data!)[0].status).toBe(to);
      }
      const { progressReport } = await ok<{ progressReport: { status: string } }>(REPORT_STATUS, { id }, officer);
      expect(progressReport.status).toBe(to === REFUSED ? from : to);
    });

    it("records who returned a report and why, and audits every step", async () => {
      const { createProgressReport } = await ok<{ createProgressReport: { id: string } }>(
        CREATE_REPORT,
        { input: report(DEMO_TARGET_TAMBONS[6], "2022-01-01") },
        officer,
      );
      const id = createProgressReport.id;
      await ok(SUBMIT, { id }, officer);
      expect(errorCodes(await ask(RETURN, { id, reason: "  " }, admin))).toEqual(["BAD_USER_INPUT"]);
      const { returnProgressReport } = await ok<{ returnProgressReport: Record<string, unknown> }>(RETURN, { id, reason: "ขอภาพถ่ายเพิ่ม" }, admin);
      expect(returnProgressReport).toMatchObject({ status: "RETURNED", returnReason: "ขอภาพถ่ายเพิ่ม", decidedBy: expect.any(String) });
      const { activityHistory } = await ok<{ activityHistory: { nodes: { action: string }[] } }>(
        HISTORY,
        { entityName: "ProgressReport", entityId: id },
        admin,
      );
      expect(activityHistory.nodes.map((h) => h.action)).toEqual(["CREATE", "SUBMIT", "RETURN"]);
      const { progressReport } = await ok<{ progressReport: ReportView & { evidenceLinks: string[] } }>(REPORT_STATUS, { id }, officer);
      expect(progressReport.indicators.map((v) => [v.indicator.code, v.quantity, v.amount])).toEqual([
        ["HOUSEHOLDS", 42, null],
        ["PRODUCE_KG", 1250, null],
        ["SAVINGS", null, "18250.50"],
      ]);
    });

    it.each([
      ["an end before the start", { periodEnd: "2021-12-31" }, "input.periodEnd"],
      ["an unknown tambon", { tambonCode: "229999" }, "input.tambonCode"],
      ["a negative count", { indicators: [{ indicatorCode: "PLOTS", quantity: -3 }] }, "input.indicators.0.quantity"],
      ["a negative amount", { indicators: [{ indicatorCode: "SAVINGS", amount: "-1.00" }] }, "input.indicators.0.amount"],
      ["an unknown indicator", { indicators: [{ indicatorCode: "HAPPINESS", quantity: 3 }] }, "input.indicators.0.indicatorCode"],
      ["money given as a count", { indicators: [{ indicatorCode: "SAVINGS", quantity: 3 }] }, "input.indicators.0.amount"],
      ["an evidence link that is not http(s)", { evidenceLinks: ["https://ok.example/a", "ftp://files.example/b"] }, "input.evidenceLinks.1"],
      ["a javascript: evidence link", { evidenceLinks: ["javascript:alert(1)"] }, "input.evidenceLinks.0"],
    ])("refuses %s with BAD_USER_INPUT, and changes nothing", async (_label, change, field) => {
      await refused(CREATE_REPORT, { input: { ...report(DEMO_TARGET_TAMBONS[7], "2022-01-01"), ...change } }, officer, "BAD_USER_INPUT", field);
    });

    it("refuses a second report for the same tambon and period with CONFLICT", async () => {
      await refused(CREATE_REPORT, { input: { ...report(DEMO_TARGET_TAMBONS[6], "2022-01-01") } }, officer, "CONFLICT");
    });
  });

  describe("engagement monitoring", () => {
    it("totals each tambon's latest counts and their growth since first sampled, in SQL", async () => {
      const { tambon } = await ok<{ tambon: { engagement: Record<string, number> } }>(TAMBON_ENGAGEMENT, { code: DEMO_TARGET_TAMBONS[0] }, inspector);
      // Demo tambon 0: Facebook 40 → 87 likes, TikTok 70 → 147; follows 10 → 13 and 15 → 18; shares 5 → 7 twice.
      expect(tambon.engagement).toEqual({
        posts: 2,
        sampledPosts: 2,
        likes: 234,
        follows: 31,
        shares: 14,
        likesGrowth: 124,
        followsGrowth: 6,
        sharesGrowth: 4,
      });
    });

    it("records a post and its samples, and the totals follow", async () => {
      const tambonCode = DEMO_TARGET_TAMBONS[9];
      const { tambon: before } = await ok<{ tambon: { engagement: Record<string, number> } }>(TAMBON_ENGAGEMENT, { code: tambonCode }, officer);
      const { createEngagementPost } = await ok<{ createEngagementPost: { id: string } }>(
        CREATE_POST,
        { input: { channel: "YOUTUBE", url: "https://youtu.be/demo", tambonCode, leaderId: demoLeaderId(9, 4), postedAt: "2021-09-01T00:00:00Z" } },
        officer,
      );
      const postId = createEngagementPost.id;
      await ok(SAMPLE, { input: { postId, likes: 10, follows: 2, shares: 1, sampledAt: "2021-09-02T00:00:00Z" } }, officer);
      await ok(SAMPLE, { input: { postId, likes: 25, follows: 3, shares: 4, sampledAt: "2021-09-09T00:00:00Z" } }, officer);
      const { tambon: after } = await ok<{ tambon: { engagement: Record<string, number> } }>(TAMBON_ENGAGEMENT, { code: tambonCode }, officer);
      expect(after.engagement.posts - before.engagement.posts).toBe(1);
      expect(after.engagement.likes - before.engagement.likes).toBe(25);
      expect(after.engagement.likesGrowth - before.engagement.likesGrowth).toBe(15);
      expect(after.engagement.sharesGrowth - before.engagement.sharesGrowth).toBe(3);
      const { engagementPost } = await ok<{
        engagementPost: { latestSample: { likes: number; sampledBy: string }; samples: { totalCount: number } };
      }>(POST, { id: postId }, officer);
      expect(engagementPost.latestSample.likes).toBe(25);
      expect(engagementPost.latestSample.sampledBy).toBeTruthy();
      expect(engagementPost.samples.totalCount).toBe(2);
    });

    const post = {
      channel: "FACEBOOK",
      url: "https://www.facebook.com/x/posts/1",
      tambonCode: DEMO_TARGET_TAMBONS[2],
      postedAt: "2021-09-01T00:00:00Z",
    };
    it.each([
      ["a URL that is not http(s)", { url: "javascript:alert(1)" }, "BAD_USER_INPUT", "input.url"],
      ["a URL that is not a URL", { url: "facebook page of the tambon" }, "BAD_USER_INPUT", "input.url"],
      ["an unknown tambon", { tambonCode: "229999" }, "BAD_USER_INPUT", "input.tambonCode"],
      ["a leader of another tambon", { leaderId: demoLeaderId(3, 0) }, "BAD_USER_INPUT", "input.leaderId"],
      ["a leader who does not exist", { leaderId: "00000000-0000-4000-8000-000000000000" }, "NOT_FOUND", undefined],
      ["an unknown channel", { channel: "MYSPACE" }, "BAD_USER_INPUT", undefined],
    ])("refuses a post with %s, and changes nothing", async (_label, change, code, field) => {
      await refused(CREATE_POST, { input: { ...post, ...change } }, officer, code, field);
    });

    it.each([
      ["negative likes", { likes: -1 }, "input.likes"],
      ["negative follows", { follows: -5 }, "input.follows"],
      ["negative shares", { shares: -2 }, "input.shares"],
      ["a time before the post", { sampledAt: "2020-01-01T00:00:00Z" }, "input.sampledAt"],
    ])("refuses a sample with %s, and changes nothing", async (_label, change, field) => {
      const { engagementPosts } = await ok<{ engagementPosts: { nodes: { id: string }[] } }>(
        POSTS,
        { filter: { tambonCode: DEMO_TARGET_TAMBONS[1] } },
        officer,
      );
      const input = { postId: engagementPosts.nodes[0].id, likes: 1, follows: 1, shares: 1, ...change };
      await refused(SAMPLE, { input }, officer, "BAD_USER_INPUT", field);
    });

    describe("the random draw of posts to check", () => {
      it("draws the same posts for the same seed, and records each draw", async () => {
        const filter = { provinceCode: "22", postedTo: "2021-08-01T00:00:00Z" };
        const first = await ok<{ drawEngagementSample: DrawView }>(DRAW, { filter, size: 6, seed: "audit-2564-08" }, inspector);
        const again = await ok<{ drawEngagementSample: DrawView }>(DRAW, { filter, size: 6, seed: "audit-2564-08" }, officer);
        const other = await ok<{ drawEngagementSample: DrawView }>(DRAW, { filter, size: 6, seed: "audit-2564-09" }, inspector);
        expect(first.drawEngagementSample.populationCount).toBe(22);
        expect(first.drawEngagementSample.postIds).toHaveLength(6);
        expect(new Set(first.drawEngagementSample.postIds).size).toBe(6);
        expect(again.drawEngagementSample.postIds).toEqual(first.drawEngagementSample.postIds);
        expect(other.drawEngagementSample.postIds).not.toEqual(first.drawEngagementSample.postIds);
        expect(first.drawEngagementSample.posts.map((p) => p.id)).toEqual(first.drawEngagementSample.postIds);
        expect(first.drawEngagementSample).toMatchObject({ size: 6, seed: "audit-2564-08", filter: { provinceCode: "22", tambonCode: null } });
        expect(first.drawEngagementSample.drawnBy).toBeTruthy();
        const { engagementDraws } = await ok<{ engagementDraws: { totalCount: number; nodes: { id: string }[] } }>(DRAWS, {}, admin);
        expect(engagementDraws.nodes.map((d) => d.id)).toEqual(
          expect.arrayContaining([first.drawEngagementSample.id, again.drawEngagementSample.id, other.drawEngagementSample.id]),
        );
      });

      it("replays a recorded draw to the same posts, also after new posts were recorded", async () => {
        const { drawEngagementSample: draw } = await ok<{ drawEngagementSample: DrawView }>(
          DRAW,
          { filter: { tambonCode: DEMO_TARGET_TAMBONS[4] }, size: 2, seed: "replay-me" },
          officer,
        );
        await ok(
          CREATE_POST,
          {
            input: {
              channel: "LINE",
              url: "https://line.me/R/home/public/post?id=demo",
              tambonCode: DEMO_TARGET_TAMBONS[4],
              postedAt: "2021-09-05T00:00:00Z",
            },
          },
          officer,
        );
        const { replayEngagementDraw } = await ok<{ replayEngagementDraw: { matches: boolean; postIds: string[]; populationCount: number } }>(
          REPLAY,
          { id: draw.id },
          inspector,
        );
        expect(replayEngagementDraw).toEqual({ matches: true, postIds: draw.postIds, populationCount: draw.populationCount });
      });

      it("keeps the demo's draw replayable", async () => {
        const { engagementDraws } = await ok<{ engagementDraws: { nodes: { id: string; seed: string }[] } }>(DRAWS, {}, admin);
        const demo = engagementDraws.nodes.find((d) => d.seed === "FY2564-Q4-chanthaburi")!;
        const { replayEngagementDraw } = await ok<{ replayEngagementDraw: { matches: boolean } }>(REPLAY, { id: demo.id }, admin);
        expect(replayEngagementDraw.matches).toBe(true);
      });

      it.each([
        ["a size of 0", { size: 0, seed: "x" }, "BAD_USER_INPUT", "size"],
        ["a size over 500", { size: 501, seed: "x" }, "BAD_USER_INPUT", "size"],
        ["an empty seed", { size: 3, seed: "" }, "BAD_USER_INPUT", "seed"],
      ])("refuses %s, and records nothing", async (_label, variables, code, field) => {
        await refused(DRAW, variables, inspector, code, field);
      });

      it("limits an officer's draw to their province", async () => {
        const { drawEngagementSample } = await ok<{ drawEngagementSample: DrawView }>(DRAW, { size: 3, seed: "own" }, officer);
        expect(drawEngagementSample.filter.provinceCode).toBe("22");
        await refused(DRAW, { filter: { provinceCode: "45" }, size: 3, seed: "x" }, officer, "FORBIDDEN");
      });
    });
  });
});

interface ReportView {
  periodStart: string;
  status: string;
  indicators: { indicator: { code: string; unitTh?: string }; quantity: number | null; amount: string | null }[];
}

interface DrawView {
  id: string;
  size: number;
  seed: string;
  populationCount: number;
  postIds: string[];
  posts: { id: string }[];
  drawnBy: string;
  filter: { provinceCode: string | null; tambonCode: string | null };
}

const INDICATORS = `query ProgressIndicators { progressIndicators { code unitEn kind } }`;

const TAMBON_REPORTS = `
  query TambonReports($code: ID!) {
    tambon(code: $code) {
      progressReports { totalCount nodes { periodStart status indicators { indicator { code unitTh } quantity amount } } }
    }
  }`;

const REPORT_FIELDS = `id status returnReason decidedBy periodStart evidenceLinks indicators { indicator { code } quantity amount }`;

const CREATE_REPORT = `
  mutation CreateProgressReport($input: ProgressReportInput!) { createProgressReport(input: $input) { ${REPORT_FIELDS} } }`;

const SUBMIT = `mutation SubmitProgressReport($id: ID!) { submitProgressReport(id: $id) { ${REPORT_FIELDS} } }`;
const ACCEPT = `mutation AcceptProgressReport($id: ID!) { acceptProgressReport(id: $id) { ${REPORT_FIELDS} } }`;
const RETURN = `mutation ReturnProgressReport($id: ID!, $reason: String!) { returnProgressReport(id: $id, reason: $reason) { ${REPORT_FIELDS} } }`;
const EDIT = `
  mutation UpdateProgressReport($id: ID!, $input: ProgressReportUpdateInput!) { updateProgressReport(id: $id, input: $input) { ${REPORT_FIELDS} } }`;
const ACTIONS: Record<string, string> = { SUBMIT, ACCEPT, RETURN, EDIT };

const REPORT_STATUS = `query ProgressReport($id: ID!) { progressReport(id: $id) { ${REPORT_FIELDS} } }`;

const TAMBON_ENGAGEMENT = `
  query TambonEngagement($code: ID!) {
    tambon(code: $code) { engagement { posts sampledPosts likes follows shares likesGrowth followsGrowth sharesGrowth } }
  }`;

const CREATE_POST = `
  mutation CreateEngagementPost($input: EngagementPostInput!) { createEngagementPost(input: $input) { id channel url } }`;

const SAMPLE = `
  mutation RecordEngagementSample($input: EngagementSampleInput!) { recordEngagementSample(input: $input) { id likes follows shares sampledAt sampledBy } }`;

const POST = `
  query EngagementPost($id: ID!) { engagementPost(id: $id) { id latestSample { likes sampledBy } samples { totalCount } } }`;

const POSTS = `
  query EngagementPosts($filter: EngagementPostFilter) { engagementPosts(filter: $filter) { totalCount nodes { id } } }`;

const DRAW = `
  mutation DrawEngagementSample($filter: EngagementPostFilter, $size: Int!, $seed: String!) {
    drawEngagementSample(filter: $filter, size: $size, seed: $seed) {
      id size seed populationCount postIds drawnBy drawnAt posts { id } filter { provinceCode tambonCode postedTo }
    }
  }`;

const DRAWS = `query EngagementDraws { engagementDraws(page: { limit: 100 }) { totalCount nodes { id seed } } }`;

const REPLAY = `query ReplayEngagementDraw($id: ID!) { replayEngagementDraw(id: $id) { matches postIds populationCount } }`;

const HISTORY = `
  query ActivityHistory($entityName: String!, $entityId: ID!) {
    activityHistory(entityName: $entityName, entityId: $entityId) { totalCount nodes { action actorName at } }
  }`;
