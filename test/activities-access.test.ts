import { DEMO_TARGET_TAMBONS, demoLeaderId } from "@change-leaders/common/demo";
import { describeEachDatabase, errorCodes, graphql } from "@change-leaders/common/testing";
import { DEMO_EVENT_IDS } from "@change-leaders/activities";
import { rowCounts } from "./support/row-counts";
import { type TestSystem, startSystem } from "./support/system";

/**
 * Who may read and change the activities records (SPEC section 2), through the gateway: every role
 * reads (partners too: nothing here is personal data); a province officer sees and changes only their
 * own province; only officers and admins change anything.
 */
const INDICATOR = { code: "COMPOST_TONS", nameTh: "ปุ๋ยหมัก", nameEn: "Compost", unitTh: "ตัน", unitEn: "tonnes", kind: "COUNT", sortOrder: 50 };

describeEachDatabase("activities: access rules", (dialect) => {
  let system: TestSystem;
  const callers: Record<string, Record<string, string>> = {};
  const demoReportId = "6a1f0c0e-2564-4000-8003-000000000001";
  const demoPostId = "6a1f0c0e-2564-4000-8001-000000000000";

  beforeAll(async () => {
    system = await startSystem(dialect);
    for (const username of ["admin", "officer.chanthaburi", "inspector.region9", "judge", "budget", "executive"]) {
      callers[username] = await system.loginAs(username);
    }
    const created = await graphql(system.url, CREATE_ACCOUNT, { input: OTHER_OFFICER }, callers.admin);
    expect(created.errors).toBeUndefined();
    callers["officer.trat"] = await system.loginAs(OTHER_OFFICER.username, OTHER_OFFICER.password);
    const key = await graphql<{ createApiKey: { key: string } }>(system.url, CREATE_API_KEY, { name: "partner agency" }, callers.admin);
    expect(key.errors).toBeUndefined();
    callers.partner = { "x-api-key": key.data!.createApiKey.key };
  });
  afterAll(async () => {
    await system?.stop();
  });

  it.each([
    ["admin", { events: 4, reports: 22, posts: 22, draws: 1, workshop: true, tambonReports: 2, tambonEngagement: true }],
    ["officer.chanthaburi", { events: 4, reports: 22, posts: 22, draws: 1, workshop: true, tambonReports: 2, tambonEngagement: true }],
    ["officer.trat", { events: 1, reports: 0, posts: 0, draws: 0, workshop: false, tambonReports: 0, tambonEngagement: false }],
    ["inspector.region9", { events: 4, reports: 22, posts: 22, draws: 1, workshop: true, tambonReports: 2, tambonEngagement: true }],
    ["judge", { events: 4, reports: 22, posts: 22, draws: 1, workshop: true, tambonReports: 2, tambonEngagement: true }],
    ["budget", { events: 4, reports: 22, posts: 22, draws: 1, workshop: true, tambonReports: 2, tambonEngagement: true }],
    ["executive", { events: 4, reports: 22, posts: 22, draws: 1, workshop: true, tambonReports: 2, tambonEngagement: true }],
    ["partner", { events: 4, reports: 22, posts: 22, draws: 1, workshop: true, tambonReports: 2, tambonEngagement: true }],
  ])("%s reads %j", async (caller, expected) => {
    const answer = await graphql<ReadAll>(
      system.url,
      READ_ALL,
      { workshop: DEMO_EVENT_IDS.workshop, tambon: DEMO_TARGET_TAMBONS[0] },
      callers[caller],
    );
    expect(answer.errors).toBeUndefined();
    const data = answer.data!;
    expect({
      events: data.events.totalCount,
      reports: data.progressReports.totalCount,
      posts: data.engagementPosts.totalCount,
      draws: data.engagementDraws.totalCount,
      workshop: data.event !== null,
      tambonReports: data.tambon.progressReports.totalCount,
      tambonEngagement: data.tambon.engagement !== null,
    }).toEqual(expected);
  });

  it("names the staff who decided, sampled or drew to staff, and nobody to a partner", async () => {
    const names = async (caller: string) => {
      const answer = await graphql<StaffNames>(system.url, STAFF_NAMES, {}, callers[caller]);
      expect(answer.errors).toBeUndefined();
      const data = answer.data!;
      return {
        decided: data.progressReports.nodes.map((r) => r.decidedBy).filter((name) => name !== null),
        sampled: data.engagementPosts.nodes.flatMap((p) => (p.latestSample ? [p.latestSample.sampledBy] : [])).filter((name) => name !== null),
        drawn: data.engagementDraws.nodes.map((d) => d.drawnBy).filter((name) => name !== null),
      };
    };
    const executive = await names("executive");
    expect([executive.decided.length, executive.sampled.length, executive.drawn.length].every((count) => count > 0)).toBe(true);
    expect(await names("partner")).toEqual({ decided: [], sampled: [], drawn: [] });
  });

  const departmentEvent = {
    kind: "KICKOFF_MEETING",
    title: "ประชุมชี้แจง",
    startsAt: "2022-02-01T02:00:00Z",
    endsAt: "2022-02-01T04:00:00Z",
    mode: "ONLINE",
    meetingUrl: "https://vdo.cdd.go.th/x",
  };
  const report = { tambonCode: DEMO_TARGET_TAMBONS[0], periodStart: "2023-01-01", periodEnd: "2023-03-31", narrative: "x" };
  const post = { channel: "FACEBOOK", url: "https://facebook.com/p/1", tambonCode: DEMO_TARGET_TAMBONS[0], postedAt: "2021-09-01T00:00:00Z" };
  const sample = { postId: demoPostId, likes: 1, follows: 1, shares: 1 };

  it.each([
    ...["inspector.region9", "judge", "budget", "executive", "partner"].flatMap((caller) => [
      [caller, "createEvent", "createEvent", { input: departmentEvent }, "FORBIDDEN"],
      [caller, "registerParticipants", "registerParticipants", { eventId: DEMO_EVENT_IDS.workshop, leaderIds: [demoLeaderId(0, 0)] }, "FORBIDDEN"],
      [caller, "createProgressReport", "createProgressReport", { input: report }, "FORBIDDEN"],
      [caller, "acceptProgressReport", "acceptProgressReport", { id: demoReportId }, "FORBIDDEN"],
      [caller, "createEngagementPost", "createEngagementPost", { input: post }, "FORBIDDEN"],
      [caller, "recordEngagementSample", "recordEngagementSample", { input: sample }, "FORBIDDEN"],
    ]),
    ["judge", "drawEngagementSample", "drawEngagementSample", { size: 2, seed: "x" }, "FORBIDDEN"],
    ["partner", "drawEngagementSample", "drawEngagementSample", { size: 2, seed: "x" }, "FORBIDDEN"],
    [
      "officer.chanthaburi",
      "createEvent for the department",
      "createEvent",
      { input: { ...departmentEvent, organiserProvinceCode: null } },
      "FORBIDDEN",
    ],
    ["officer.chanthaburi", "createEvent for Trat", "createEvent", { input: { ...departmentEvent, organiserProvinceCode: "23" } }, "FORBIDDEN"],
    ["officer.chanthaburi", "updateEvent of the department", "updateEvent", { id: DEMO_EVENT_IDS.kickoff, input: { title: "แก้" } }, "FORBIDDEN"],
    ["officer.chanthaburi", "saveProgressIndicator", "saveProgressIndicator", { input: INDICATOR }, "FORBIDDEN"],
    ["officer.chanthaburi", "retireProgressIndicatorFromYear", "retireProgressIndicatorFromYear", { fy: 2565, code: "PLOTS" }, "FORBIDDEN"],
    ["executive", "copyActivitiesYearSetup", "copyActivitiesYearSetup", { from: 2564, to: 2565 }, "FORBIDDEN"],
    ["partner", "activitiesYearSetup", "activitiesYearSetup", { fy: 2564 }, "FORBIDDEN"],
    ["officer.trat", "updateEvent of Chanthaburi", "updateEvent", { id: DEMO_EVENT_IDS.workshop, input: { title: "แก้" } }, "FORBIDDEN"],
    ["officer.trat", "cancelEvent of Chanthaburi", "cancelEvent", { id: DEMO_EVENT_IDS.workshop, reason: "x" }, "FORBIDDEN"],
    [
      "officer.trat",
      "registerParticipants in Chanthaburi",
      "registerParticipants",
      { eventId: DEMO_EVENT_IDS.workshop, leaderIds: [demoLeaderId(0, 0)] },
      "NOT_FOUND",
    ],
    ["officer.trat", "createProgressReport in Chanthaburi", "createProgressReport", { input: report }, "FORBIDDEN"],
    ["officer.trat", "acceptProgressReport of Chanthaburi", "acceptProgressReport", { id: demoReportId }, "NOT_FOUND"],
    ["officer.trat", "createEngagementPost in Chanthaburi", "createEngagementPost", { input: post }, "FORBIDDEN"],
    ["officer.trat", "recordEngagementSample in Chanthaburi", "recordEngagementSample", { input: sample }, "NOT_FOUND"],
    [
      "officer.trat",
      "drawEngagementSample in Chanthaburi",
      "drawEngagementSample",
      { filter: { tambonCode: DEMO_TARGET_TAMBONS[0] }, size: 2, seed: "x" },
      "FORBIDDEN",
    ],
  ] as [string, string, string, Record<string, unknown>, string][])(
    "%s: %s (%s) is refused with %s and changes nothing",
    async (caller, _what, operation, variables, code) => {
      const before = await rowCounts(system.store.config);
      const answer = await graphql(system.url, OPERATIONS[operation], variables, callers[caller]);
      expect(errorCodes(answer)).toEqual([code]);
      expect(await rowCounts(system.store.config)).toEqual(before);
    },
  );

  it("lets an admin add an indicator to a year's set, which that year's reports can then use", async () => {
    const inCatalogue = await graphql(system.url, SAVE_INDICATOR, { input: INDICATOR }, callers.admin);
    expect(inCatalogue.errors).toBeUndefined();
    const withValue = { input: { ...report, indicators: [{ indicatorCode: INDICATOR.code, quantity: 12 }] } };
    const outsideSet = await graphql(system.url, CREATE_REPORT, withValue, callers["officer.chanthaburi"]);
    expect(errorCodes(outsideSet)).toEqual(["BAD_USER_INPUT"]);
    // The report's period (January 2023) is in FY 2566.
    const added = await graphql(system.url, ADD_TO_YEAR, { fy: 2566, code: INDICATOR.code }, callers.admin);
    expect(added.errors).toBeUndefined();
    const created = await graphql(system.url, CREATE_REPORT, withValue, callers["officer.chanthaburi"]);
    expect(created.errors).toBeUndefined();
  });
});

const OTHER_OFFICER = {
  username: "officer.trat",
  password: "Trat-officer-2564-strong",
  displayName: "เจ้าหน้าที่พัฒนาชุมชนจังหวัดตราด",
  role: "PROVINCE_OFFICER",
  provinceCode: "23",
};

interface ReadAll {
  events: { totalCount: number };
  progressReports: { totalCount: number };
  engagementPosts: { totalCount: number };
  engagementDraws: { totalCount: number };
  event: { id: string } | null;
  tambon: { progressReports: { totalCount: number }; engagement: { posts: number } | null };
}

const READ_ALL = `
  query ReadAll($workshop: ID!, $tambon: ID!) {
    events { totalCount }
    progressReports { totalCount }
    engagementPosts { totalCount }
    engagementDraws { totalCount }
    event(id: $workshop) { id }
    tambon(code: $tambon) { progressReports { totalCount } engagement { posts } }
  }`;

const CREATE_ACCOUNT = `mutation CreateAccount($input: AccountInput!) { createAccount(input: $input) { id } }`;
const CREATE_API_KEY = `mutation CreateApiKey($name: String!) { createApiKey(name: $name, purpose: "ทดสอบสิทธิ์หน่วยงานภาคี", scope: NAMED) { key } }`;
const CREATE_EVENT = `mutation CreateEvent($input: EventInput!) { createEvent(input: $input) { id } }`;
const UPDATE_EVENT = `mutation UpdateEvent($id: ID!, $input: EventUpdateInput!) { updateEvent(id: $id, input: $input) { id } }`;
const CANCEL_EVENT = `mutation CancelEvent($id: ID!, $reason: String!) { cancelEvent(id: $id, reason: $reason) { id } }`;
const REGISTER = `mutation RegisterParticipants($eventId: ID!, $leaderIds: [ID!]!) { registerParticipants(eventId: $eventId, leaderIds: $leaderIds) { id } }`;
const CREATE_REPORT = `mutation CreateProgressReport($input: ProgressReportInput!) { createProgressReport(input: $input) { id } }`;
const ACCEPT = `mutation AcceptProgressReport($id: ID!) { acceptProgressReport(id: $id) { id } }`;
const CREATE_POST = `mutation CreateEngagementPost($input: EngagementPostInput!) { createEngagementPost(input: $input) { id } }`;
const SAMPLE = `mutation RecordEngagementSample($input: EngagementSampleInput!) { recordEngagementSample(input: $input) { id } }`;
const DRAW = `mutation DrawEngagementSample($filter: EngagementPostFilter, $size: Int!, $seed: String!) { drawEngagementSample(filter: $filter, size: $size, seed: $seed) { id } }`;
const SAVE_INDICATOR = `mutation SaveProgressIndicator($input: ProgressIndicatorInput!) { saveProgressIndicator(input: $input) { code } }`;

const ADD_TO_YEAR = `mutation Add($fy: Int!, $code: ID!) { addProgressIndicatorToYear(fiscalYear: $fy, code: $code) { code } }`;

const OPERATIONS: Record<string, string> = {
  createEvent: CREATE_EVENT,
  updateEvent: UPDATE_EVENT,
  cancelEvent: CANCEL_EVENT,
  registerParticipants: REGISTER,
  createProgressReport: CREATE_REPORT,
  acceptProgressReport: ACCEPT,
  createEngagementPost: CREATE_POST,
  recordEngagementSample: SAMPLE,
  drawEngagementSample: DRAW,
  saveProgressIndicator: SAVE_INDICATOR,
  retireProgressIndicatorFromYear: `mutation Retire($fy: Int!, $code: ID!) { retireProgressIndicatorFromYear(fiscalYear: $fy, code: $code) { code } }`,
  copyActivitiesYearSetup: `mutation Copy($from: Int!, $to: Int!) { copyActivitiesYearSetup(fromFiscalYear: $from, toFiscalYear: $to) { key } }`,
  activitiesYearSetup: `query Setup($fy: Int!) { activitiesYearSetup(fiscalYear: $fy) { key } }`,
};

const STAFF_NAMES = `query StaffNames {
  progressReports(page: { limit: 100 }) { nodes { decidedBy } }
  engagementPosts(page: { limit: 100 }) { nodes { latestSample { sampledBy } } }
  engagementDraws { nodes { drawnBy } }
}`;
interface StaffNames {
  progressReports: { nodes: { decidedBy: string | null }[] };
  engagementPosts: { nodes: { latestSample: { sampledBy: string | null } | null }[] };
  engagementDraws: { nodes: { drawnBy: string | null }[] };
}
