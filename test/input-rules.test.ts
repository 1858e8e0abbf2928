import { PROGRAMME_LAST_DAY } from "@change-leaders/common";
import { DEMO_TARGET_TAMBONS } from "@change-leaders/common/demo";
import { describeEachDatabase, graphql } from "@change-leaders/common/testing";
import { rowCounts } from "./support/row-counts";
import { type TestSystem, startSystem } from "./support/system";

const SET_AMOUNT = `mutation SetAwardAmount($fy: Int!) { setAwardAmount(fiscalYear: $fy, level: EXCELLENT, amount: "1000000.00") { amount } }`;
const CREATE_EVENT = `mutation CreateEvent($input: EventInput!) { createEvent(input: $input) { id fiscalYear } }`;
const CREATE_LEADER = `mutation CreateLeader($input: LeaderInput!) { createLeader(input: $input) { id } }`;
const RECORD_PLAQUE = `mutation RecordPlaque($id: ID!, $date: Date!) { recordPlaque(awardId: $id, date: $date) { id } }`;
const DECIDE = `mutation Decide($id: ID!, $rank: Int, $plaque: Date) {
  decideNomination(id: $id, decision: SELECTED, rank: $rank, plaqueAwardedAt: $plaque) { id }
}`;
const REPORT = `mutation CreateProgressReport($input: ProgressReportInput!) { createProgressReport(input: $input) { id } }`;

const event = (overrides: Record<string, unknown> = {}) => ({
  kind: "KICKOFF_MEETING",
  title: "ประชุมชี้แจง",
  startsAt: "2022-02-01T02:00:00Z",
  endsAt: "2022-02-01T04:00:00Z",
  mode: "ONLINE",
  meetingUrl: "https://vdo.cdd.go.th/x",
  ...overrides,
});
/** A national ID with its mod-11 check digit, from its first twelve digits. */
const nationalId = (first12: string) =>
  first12 + String((11 - ([...first12].reduce((sum, digit, i) => sum + Number(digit) * (13 - i), 0) % 11)) % 10);
const leader = (overrides: Record<string, unknown> = {}) => ({
  title: "นาย",
  firstName: "ทดสอบ",
  lastName: "ระบบดี",
  birthDate: "1980-05-17",
  nationalId: nationalId("110170020345"),
  tambonCode: DEMO_TARGET_TAMBONS[0],
  cohortYear: 2565,
  ...overrides,
});
const day = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);
const report = (overrides: Record<string, unknown>) => ({
  tambonCode: DEMO_TARGET_TAMBONS[0],
  periodStart: "2023-01-01",
  periodEnd: "2023-03-31",
  narrative: "x",
  ...overrides,
});

/**
 * #14 finding 6, through the gateway as the audit sent them: each value the system used to store is
 * refused with BAD_USER_INPUT, the field at fault and Thai words, and nothing is written.
 */
describeEachDatabase("one set of validators for every input", (dialect) => {
  let system: TestSystem;
  let admin: Record<string, string>;
  beforeAll(async () => {
    system = await startSystem(dialect);
    admin = await system.loginAs("admin");
  }, 120_000);
  afterAll(() => system?.stop());

  it.each([
    ["fiscal year -1", SET_AMOUNT, { fy: -1 }, "fiscalYear"],
    ["fiscal year 0", SET_AMOUNT, { fy: 0 }, "fiscalYear"],
    ["a Gregorian fiscal year 2021", SET_AMOUNT, { fy: 2021 }, "fiscalYear"],
    ["fiscal year 2147483647", SET_AMOUNT, { fy: 2147483647 }, "fiscalYear"],
    [
      "an event typed with a BE year as Gregorian",
      CREATE_EVENT,
      { input: event({ startsAt: "2564-02-01T02:00:00Z", endsAt: "2564-02-01T04:00:00Z" }) },
      "input.startsAt",
    ],
    ["an event title of zero-width spaces", CREATE_EVENT, { input: event({ title: "\u200b\u200b\u200b" }) }, "input.title"],
    ["award rank -5", DECIDE, { id: "00000000-0000-4000-8000-000000000000", rank: -5 }, "rank"],
    ["a plaque date 1900-01-01", DECIDE, { id: "00000000-0000-4000-8000-000000000000", plaque: "1900-01-01" }, "plaqueAwardedAt"],
    ["a plaque recorded for 1900-01-01", RECORD_PLAQUE, { id: "00000000-0000-4000-8000-000000000000", date: "1900-01-01" }, "date"],
    ["a report period after the last fiscal year", REPORT, { input: report({ periodEnd: "2599-03-31" }) }, "input.periodEnd"],
    ["a first name of zero-width spaces", CREATE_LEADER, { input: leader({ firstName: "\u200b\u200b" }) }, "input.firstName"],
    ["a first name with NUL", CREATE_LEADER, { input: leader({ firstName: "สม\u0000ชาย" }) }, "input.firstName"],
    ["a last name with a right-to-left override", CREATE_LEADER, { input: leader({ lastName: "\u202eยดีใจ" }) }, "input.lastName"],
    ["a last name with a lone surrogate", CREATE_LEADER, { input: leader({ lastName: "ใจดี\ud800" }) }, "input.lastName"],
    ["a community role with a lone surrogate", CREATE_LEADER, { input: leader({ communityRole: "\udc00ผู้ใหญ่บ้าน" }) }, "input.communityRole"],
    ["a birth date 1800-01-01", CREATE_LEADER, { input: leader({ birthDate: "1800-01-01" }) }, "input.birthDate"],
    ["a birth date yesterday", CREATE_LEADER, { input: leader({ birthDate: day(-1) }) }, "input.birthDate"],
    ["a cohort year in the Gregorian calendar", CREATE_LEADER, { input: leader({ cohortYear: 2022 }) }, "input.cohortYear"],
  ])("refuses %s: BAD_USER_INPUT on its field, in Thai, nothing written", async (_name, query, variables, field) => {
    const before = await rowCounts(system.store.config);
    const answer = await graphql(system.url, query, variables, admin);
    expect(answer.data ?? null).toBeNull();
    expect(answer.errors?.map((error) => [error.extensions?.code, error.extensions?.field])).toEqual([["BAD_USER_INPUT", field]]);
    expect(String(answer.errors?.[0].extensions?.messageTh)).toMatch(/[\u0E00-\u0E7F]/);
    expect(await rowCounts(system.store.config)).toEqual(before);
  });

  it("still takes the values at the edges of the ranges, and Thai names with their tone marks and Thai digits", async () => {
    const edge = await graphql<{ createEvent: { fiscalYear: number } }>(
      system.url,
      CREATE_EVENT,
      { input: event({ title: "ประชุมสรุปผล ครั้งที่ ๑", startsAt: `${PROGRAMME_LAST_DAY}T01:00:00Z`, endsAt: `${PROGRAMME_LAST_DAY}T02:00:00Z` }) },
      admin,
    );
    expect(edge.errors).toBeUndefined();
    expect(edge.data!.createEvent.fiscalYear).toBe(2600);
    const oldest = await graphql(system.url, CREATE_LEADER, { input: leader({ firstName: "ก้องเกียรติ์", birthDate: day(-365.25 * 110 + 2) }) }, admin);
    expect(oldest.errors).toBeUndefined();
  });
});
