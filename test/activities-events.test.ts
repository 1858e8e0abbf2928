import { DEMO_TARGET_TAMBONS, demoLeaderId } from "@change-leaders/common/demo";
import { type GraphQLResponse, describeEachDatabase, errorCodes, graphql } from "@change-leaders/common/testing";
import { DEMO_EVENT_IDS } from "@change-leaders/activities";
import { rowCounts } from "./support/row-counts";
import { type TestSystem, startSystem } from "./support/system";

/** Events of the seven activities, attendance and its arithmetic, through the gateway. */
describeEachDatabase("activities: events and attendance", (dialect) => {
  let system: TestSystem;
  let admin: Record<string, string>;
  let officer: Record<string, string>;

  beforeAll(async () => {
    system = await startSystem(dialect);
    // Rules ask the people subgraph directly (queryPeer); the test system listens on free ports.
    admin = await system.loginAs("admin");
    officer = await system.loginAs("officer.chanthaburi");
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

  describe("Chanthaburi's FY 2564 workshop", () => {
    it("shows its target of 165 (11 tambons × 15) and its actual attendance", async () => {
      const { event } = await ok<{ event: EventAttendance }>(EVENT_ATTENDANCE, { id: DEMO_EVENT_IDS.workshop }, admin);
      expect(event.tambons).toHaveLength(11);
      expect(event.targetLeadersPerTambon).toBe(15);
      expect(event.attendance).toEqual({ registered: 165, attended: 158, target: 165, rate: 0.9576 });
      expect(event.attendanceByTambon.map((t) => t.tambonCode)).toEqual([...DEMO_TARGET_TAMBONS]);
      expect(event.attendanceByTambon.every((t) => t.target === 15 && t.registered === 15)).toBe(true);
      expect(event.attendanceByTambon.reduce((sum, t) => sum + t.attended, 0)).toBe(158);
      expect(event.attendanceByTambon[0]).toEqual({
        tambonCode: DEMO_TARGET_TAMBONS[0],
        tambon: { nameTh: "วัดใหม่" },
        registered: 15,
        attended: 14,
        target: 15,
        rate: 0.9333,
      });
    });

    it("lists a demo leader's participation on the leader (Leader.participations)", async () => {
      const { leader } = await ok<{ leader: { participations: { totalCount: number; nodes: { attended: boolean; event: { kind: string } }[] } } }>(
        LEADER_PARTICIPATIONS,
        { id: demoLeaderId(0, 0) },
        admin,
      );
      expect(leader.participations).toEqual({ totalCount: 1, nodes: [{ attended: true, event: { kind: "WORKSHOP" } }] });
    });
  });

  describe.each(["KICKOFF_MEETING", "WORKSHOP", "FOOD_SECURITY", "MONITORING", "OUTSTANDING_CONTEST", "EXCELLENCE_FORUM", "LESSONS_LEARNED"])(
    "an event of kind %s",
    (kind) => {
      let id: string;

      it("is created, found by kind and date, and audited", async () => {
        const { createEvent } = await ok<{ createEvent: { id: string; kind: string; fiscalYear: number; status: string; version: number } }>(
          CREATE_EVENT,
          {
            input: {
              kind,
              title: `ทดสอบ ${kind}`,
              startsAt: "2022-01-10T02:00:00Z",
              endsAt: "2022-01-10T05:00:00Z",
              mode: "HYBRID",
              venue: "กรมการพัฒนาชุมชน",
              meetingUrl: "https://vdo.cdd.go.th/test",
              joinedProvinceCodes: ["22", "45"],
            },
          },
          admin,
        );
        id = createEvent.id;
        expect(createEvent).toMatchObject({ kind, fiscalYear: 2565, status: "SCHEDULED" });
        const { events } = await ok<{ events: { nodes: { id: string }[] } }>(EVENTS, { filter: { kind, fiscalYear: 2565 } }, admin);
        expect(events.nodes.map((e) => e.id)).toEqual([id]);
        const { event } = await ok<{ event: { joinedProvinces: { nameTh: string }[] } }>(EVENT_JOINED, { id }, admin);
        expect(event.joinedProvinces.map((p) => p.nameTh)).toEqual(["จันทบุรี", "ร้อยเอ็ด"]);
      });

      it("is updated, and an update from a stale version is refused with CONFLICT", async () => {
        const { updateEvent } = await ok<{ updateEvent: { title: string; version: number } }>(
          UPDATE_EVENT,
          { id, input: { title: `ปรับแล้ว ${kind}` }, expectedVersion: 1 },
          admin,
        );
        expect(updateEvent).toEqual({ title: `ปรับแล้ว ${kind}`, version: 2 });
        const stale = await ask(UPDATE_EVENT, { id, input: { title: "ช้าไป" }, expectedVersion: 1 }, admin);
        expect(errorCodes(stale)).toEqual(["CONFLICT"]);
      });

      it("is cancelled with a reason, once", async () => {
        const { cancelEvent } = await ok<{ cancelEvent: { status: string; cancelReason: string } }>(CANCEL_EVENT, { id, reason: "เลื่อนการจัด" }, admin);
        expect(cancelEvent).toEqual({ status: "CANCELLED", cancelReason: "เลื่อนการจัด" });
        expect(errorCodes(await ask(CANCEL_EVENT, { id, reason: "อีกครั้ง" }, admin))).toEqual(["INVALID_TRANSITION"]);
        expect(errorCodes(await ask(UPDATE_EVENT, { id, input: { title: "หลังยกเลิก" } }, admin))).toEqual(["INVALID_TRANSITION"]);
        const { activityHistory } = await ok<{ activityHistory: { nodes: { action: string; actorName: string }[] } }>(
          HISTORY,
          { entityName: "Event", entityId: id },
          admin,
        );
        expect(activityHistory.nodes.map((h) => h.action)).toEqual(["CREATE", "UPDATE", "CANCEL"]);
      });
    },
  );

  describe("registration and attendance", () => {
    let eventId: string;

    beforeAll(async () => {
      const { createEvent } = await ok<{ createEvent: { id: string } }>(
        CREATE_EVENT,
        {
          input: {
            kind: "WORKSHOP",
            title: "อบรมทบทวนผู้นำ 2 ตำบล",
            startsAt: "2021-06-01T02:00:00Z",
            endsAt: "2021-06-01T09:00:00Z",
            mode: "ONSITE",
            venue: "ที่ว่าการอำเภอเมืองจันทบุรี",
            tambonCodes: [DEMO_TARGET_TAMBONS[0], DEMO_TARGET_TAMBONS[1]],
          },
        },
        officer,
      );
      eventId = createEvent.id;
    });

    it("registers leaders of the target tambons (again changes nothing) and counts them against the target", async () => {
      const leaderIds = [demoLeaderId(0, 0), demoLeaderId(0, 1), demoLeaderId(0, 2), demoLeaderId(1, 0)];
      const { registerParticipants } = await ok<{ registerParticipants: { attended: boolean }[] }>(REGISTER, { eventId, leaderIds }, officer);
      expect(registerParticipants).toHaveLength(4);
      const before = await rowCounts(system.store.config);
      await ok(REGISTER, { eventId, leaderIds: leaderIds.slice(0, 2) }, officer);
      expect(await rowCounts(system.store.config)).toEqual(before);
      const { event } = await ok<{ event: EventAttendance }>(EVENT_ATTENDANCE, { id: eventId }, officer);
      expect(event.attendance).toEqual({ registered: 4, attended: 0, target: 30, rate: 0 });
    });

    it("marks attendance and recomputes the rate per event and per tambon", async () => {
      await ok(ATTEND, { eventId, leaderIds: [demoLeaderId(0, 0), demoLeaderId(0, 1), demoLeaderId(1, 0)] }, officer);
      await ok(ATTEND, { eventId, leaderIds: [demoLeaderId(0, 1)], attended: false }, officer);
      const { event } = await ok<{ event: EventAttendance }>(EVENT_ATTENDANCE, { id: eventId }, officer);
      expect(event.attendance).toEqual({ registered: 4, attended: 2, target: 30, rate: 0.0667 });
      expect(
        event.attendanceByTambon.map(({ tambonCode, registered, attended, target, rate }) => ({ tambonCode, registered, attended, target, rate })),
      ).toEqual([
        { tambonCode: DEMO_TARGET_TAMBONS[0], registered: 3, attended: 1, target: 15, rate: 0.0667 },
        { tambonCode: DEMO_TARGET_TAMBONS[1], registered: 1, attended: 1, target: 15, rate: 0.0667 },
      ]);
    });

    it.each([
      ["a leader outside the event's target tambons", () => ({ eventId, leaderIds: [demoLeaderId(2, 0)] }), "BAD_USER_INPUT", "leaderIds"],
      ["a leader who does not exist", () => ({ eventId, leaderIds: ["00000000-0000-4000-8000-000000000000"] }), "NOT_FOUND", undefined],
      ["no leader at all", () => ({ eventId, leaderIds: [] }), "BAD_USER_INPUT", "leaderIds"],
      [
        "an event that does not exist",
        () => ({ eventId: "00000000-0000-4000-8000-000000000000", leaderIds: [demoLeaderId(0, 3)] }),
        "NOT_FOUND",
        undefined,
      ],
    ])("refuses to register %s and changes nothing", async (_label, variables, code, field) => {
      const before = await rowCounts(system.store.config);
      const answer = await ask(REGISTER, variables(), officer);
      expect(errorCodes(answer)).toEqual([code]);
      if (field) expect(answer.errors![0].extensions!.field).toBe(field);
      expect(await rowCounts(system.store.config)).toEqual(before);
    });

    it("refuses to register a leader who has withdrawn from the programme, and changes nothing", async () => {
      const withdrawn = demoLeaderId(1, 14);
      await ok(`mutation($id: ID!) { updateLeader(id: $id, input: { status: WITHDRAWN }) { id status } }`, { id: withdrawn }, admin);
      const before = await rowCounts(system.store.config);
      const answer = await ask(REGISTER, { eventId, leaderIds: [withdrawn] }, officer);
      expect(errorCodes(answer)).toEqual(["BAD_USER_INPUT"]);
      expect(answer.errors![0].extensions!.field).toBe("leaderIds");
      expect(await rowCounts(system.store.config)).toEqual(before);
    });

    it("refuses attendance for a leader who is not registered, and changes nothing", async () => {
      const before = await rowCounts(system.store.config);
      const answer = await ask(ATTEND, { eventId, leaderIds: [demoLeaderId(0, 0), demoLeaderId(0, 9)] }, officer);
      expect(errorCodes(answer)).toEqual(["BAD_USER_INPUT"]);
      expect(await rowCounts(system.store.config)).toEqual(before);
    });
  });

  describe("bad input", () => {
    const valid = {
      kind: "WORKSHOP",
      title: "อบรมผู้นำ",
      startsAt: "2021-06-01T02:00:00Z",
      endsAt: "2021-06-01T09:00:00Z",
      mode: "ONSITE",
      venue: "ศาลากลางจังหวัดจันทบุรี",
      organiserProvinceCode: "22",
      tambonCodes: [DEMO_TARGET_TAMBONS[0]],
    };
    it.each([
      ["an end before the start", { endsAt: "2021-05-31T09:00:00Z" }, "input.endsAt"],
      ["an unknown tambon", { tambonCodes: [DEMO_TARGET_TAMBONS[0], "229999"] }, "input.tambonCodes"],
      ["a tambon outside the organising province", { tambonCodes: ["450213"] }, "input.tambonCodes"],
      ["a tambon code that is not six digits", { tambonCodes: ["2201"] }, "input.tambonCodes"],
      ["a meeting link that is not http(s)", { mode: "HYBRID", meetingUrl: "javascript:alert(1)" }, "input.meetingUrl"],
      ["an online event without its link", { mode: "ONLINE" }, "input.meetingUrl"],
      ["an onsite event without its venue", { venue: null }, "input.venue"],
      ["a negative target per tambon", { targetLeadersPerTambon: -1 }, "input.targetLeadersPerTambon"],
      ["an unknown province that joined", { joinedProvinceCodes: ["99"] }, "input.joinedProvinceCodes"],
    ])("refuses %s with BAD_USER_INPUT on the field, and changes nothing", async (_label, change, field) => {
      const before = await rowCounts(system.store.config);
      const answer: GraphQLResponse = await ask(CREATE_EVENT, { input: { ...valid, ...change } }, admin);
      expect(errorCodes(answer)).toEqual(["BAD_USER_INPUT"]);
      expect(answer.errors![0].extensions!.field).toBe(field);
      expect(await rowCounts(system.store.config)).toEqual(before);
    });

    it("refuses to drop a target tambon whose leaders are registered, and changes nothing", async () => {
      const before = await rowCounts(system.store.config);
      const answer = await ask(UPDATE_EVENT, { id: DEMO_EVENT_IDS.workshop, input: { tambonCodes: DEMO_TARGET_TAMBONS.slice(1) } }, officer);
      expect(errorCodes(answer)).toEqual(["BAD_USER_INPUT"]);
      expect(answer.errors![0].extensions!.field).toBe("input.tambonCodes");
      expect(await rowCounts(system.store.config)).toEqual(before);
    });
  });
});

interface EventAttendance {
  targetLeadersPerTambon: number;
  tambons: { code: string }[];
  attendance: { registered: number; attended: number; target: number; rate: number | null };
  attendanceByTambon: { tambonCode: string; tambon: { nameTh: string }; registered: number; attended: number; target: number; rate: number | null }[];
}

const EVENT_ATTENDANCE = `
  query EventAttendance($id: ID!) {
    event(id: $id) {
      targetLeadersPerTambon
      tambons { code }
      attendance { registered attended target rate }
      attendanceByTambon { tambonCode tambon { nameTh } registered attended target rate }
    }
  }`;

const EVENT_JOINED = `
  query EventJoined($id: ID!) { event(id: $id) { joinedProvinces { nameTh } } }`;

const EVENTS = `
  query Events($filter: EventFilter) { events(filter: $filter) { totalCount nodes { id kind title } } }`;

const LEADER_PARTICIPATIONS = `
  query LeaderParticipations($id: ID!) {
    leader(id: $id) { participations { totalCount nodes { attended event { kind } } } }
  }`;

const CREATE_EVENT = `
  mutation CreateEvent($input: EventInput!) {
    createEvent(input: $input) { id kind fiscalYear status version }
  }`;

const UPDATE_EVENT = `
  mutation UpdateEvent($id: ID!, $input: EventUpdateInput!, $expectedVersion: Int) {
    updateEvent(id: $id, input: $input, expectedVersion: $expectedVersion) { title version }
  }`;

const CANCEL_EVENT = `
  mutation CancelEvent($id: ID!, $reason: String!) { cancelEvent(id: $id, reason: $reason) { status cancelReason } }`;

const REGISTER = `
  mutation RegisterParticipants($eventId: ID!, $leaderIds: [ID!]!) {
    registerParticipants(eventId: $eventId, leaderIds: $leaderIds) { id attended tambonCode }
  }`;

const ATTEND = `
  mutation RecordAttendance($eventId: ID!, $leaderIds: [ID!]!, $attended: Boolean) {
    recordAttendance(eventId: $eventId, leaderIds: $leaderIds, attended: $attended) { id attended }
  }`;

const HISTORY = `
  query ActivityHistory($entityName: String!, $entityId: ID!) {
    activityHistory(entityName: $entityName, entityId: $entityId) { totalCount nodes { action actorName at } }
  }`;
