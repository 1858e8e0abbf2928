import { DEMO_EVENT_IDS } from "@change-leaders/activities";
import { describeEachDatabase, errorCodes, graphql } from "@change-leaders/common/testing";
import { rowCounts } from "./support/row-counts";
import { type TestSystem, startSystem } from "./support/system";

interface Kickoff {
  chair: string | null;
  venue: string | null;
  startsAt: string;
  joinedProvinces: { code: string }[];
  offices: { room: string; province: { code: string; nameTh: string } }[];
}

/** The department's kickoff by video conference: its chair and War Room, and each provincial office joining from its own room. */
describeEachDatabase("activities: offices taking part in a department meeting", (dialect) => {
  let system: TestSystem;
  const as: Record<string, Record<string, string>> = {};

  beforeAll(async () => {
    system = await startSystem(dialect);
    for (const username of ["admin", "officer.chanthaburi", "inspector.region9"]) as[username] = await system.loginAs(username);
  });
  afterAll(async () => {
    await system?.stop();
  });

  const kickoff = async () => {
    const answer = await graphql<{ event: Kickoff }>(system.url, KICKOFF, { id: DEMO_EVENT_IDS.kickoff }, as.admin);
    expect(answer.errors).toBeUndefined();
    return answer.data!.event;
  };

  it("holds the FY 2564 kickoff's own facts: 10:00 Bangkok time, chaired from the War Room, Chanthaburi from its provincial hall", async () => {
    const event = await kickoff();
    expect(event).toMatchObject({ chair: "อธิบดีกรมการพัฒนาชุมชน", startsAt: "2021-02-15T03:00:00.000Z" });
    expect(event.venue).toContain("ชั้น 5");
    expect(event.offices).toEqual([{ room: "ห้องประชุมศาลากลางจังหวัดจันทบุรี ชั้น 2", province: { code: "22", nameTh: "จันทบุรี" } }]);
  });

  it.each([
    [
      "an officer for another province",
      "officer.chanthaburi",
      { eventId: DEMO_EVENT_IDS.kickoff, room: "ห้อง 1", provinceCode: "20" },
      "FORBIDDEN",
      null,
    ],
    ["an inspector", "inspector.region9", { eventId: DEMO_EVENT_IDS.kickoff, room: "ห้อง 1" }, "FORBIDDEN", null],
    ["an admin without the office", "admin", { eventId: DEMO_EVENT_IDS.kickoff, room: "ห้อง 1" }, "BAD_USER_INPUT", "provinceCode"],
    ["an empty room", "officer.chanthaburi", { eventId: DEMO_EVENT_IDS.kickoff, room: "  " }, "BAD_USER_INPUT", "room"],
    ["a room of 201 characters", "officer.chanthaburi", { eventId: DEMO_EVENT_IDS.kickoff, room: "ห".repeat(201) }, "BAD_USER_INPUT", "room"],
    ["a province's own workshop", "officer.chanthaburi", { eventId: DEMO_EVENT_IDS.workshop, room: "ห้อง 1" }, "BAD_USER_INPUT", "eventId"],
    ["an unknown province", "admin", { eventId: DEMO_EVENT_IDS.kickoff, room: "ห้อง 1", provinceCode: "99" }, "BAD_USER_INPUT", "provinceCode"],
    ["an unknown event", "admin", { eventId: "00000000-0000-4000-8000-000000000000", room: "ห้อง 1", provinceCode: "20" }, "NOT_FOUND", null],
  ])("refuses %s, changing nothing", async (_case, username, variables, code, field) => {
    const before = await rowCounts(system.store.config);
    const answer = await graphql(system.url, JOIN, variables, as[username]);
    expect(errorCodes(answer)).toEqual([code]);
    if (field) expect(answer.errors![0].extensions).toMatchObject({ field, messageTh: expect.any(String) });
    expect(await rowCounts(system.store.config)).toEqual(before);
  });

  it("lets an office record its own room, correct it, and an admin record another office's; each change in the history", async () => {
    const corrected = await graphql<{ joinEventAsOffice: { room: string } }>(
      system.url,
      JOIN,
      { eventId: DEMO_EVENT_IDS.kickoff, room: "ห้องประชุมศาลากลางจังหวัดจันทบุรี ชั้น 3" },
      as["officer.chanthaburi"],
    );
    expect(corrected.data!.joinEventAsOffice.room).toBe("ห้องประชุมศาลากลางจังหวัดจันทบุรี ชั้น 3");
    const chonburi = await graphql(system.url, JOIN, { eventId: DEMO_EVENT_IDS.kickoff, room: "ห้องประชุมชั้น 1", provinceCode: "20" }, as.admin);
    expect(chonburi.errors).toBeUndefined();
    const event = await kickoff();
    expect(event.offices.map((office) => [office.province.code, office.room])).toEqual([
      ["20", "ห้องประชุมชั้น 1"],
      ["22", "ห้องประชุมศาลากลางจังหวัดจันทบุรี ชั้น 3"],
    ]);
    expect(event.joinedProvinces.map((p) => p.code)).toEqual(expect.arrayContaining(["20", "22"]));
    const history = await graphql<{ activityHistory: { nodes: { action: string; actorName: string }[] } }>(
      system.url,
      HISTORY,
      { id: DEMO_EVENT_IDS.kickoff },
      as.admin,
    );
    expect(history.data!.activityHistory.nodes.filter((n) => n.action === "JOIN_AS_OFFICE").map((n) => n.actorName)).toHaveLength(2);
  });
});

const KICKOFF = `query Kickoff($id: ID!) {
  event(id: $id) { chair venue startsAt joinedProvinces { code } offices { room province { code nameTh } } }
}`;
const JOIN = `mutation JoinEventAsOffice($eventId: ID!, $room: String!, $provinceCode: ID) {
  joinEventAsOffice(eventId: $eventId, room: $room, provinceCode: $provinceCode) { room }
}`;
const HISTORY = `query EventHistory($id: ID!) { activityHistory(entityName: "Event", entityId: $id) { nodes { action actorName } } }`;
