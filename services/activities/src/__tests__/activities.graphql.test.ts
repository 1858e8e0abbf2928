import { Role } from "@change-leaders/common";
import { DEMO_LEADERS_PER_TAMBON, DEMO_TARGET_TAMBONS, demoLeaderId } from "@change-leaders/common/demo";
import { StatementCounter, type TestSubgraph, describeEachDatabase, errorCodes, graphql, startTestSubgraph } from "@change-leaders/common/testing";
import { activitiesSubgraph } from "../definition";
import { DEMO_EVENT_IDS } from "../seed/seed";

describeEachDatabase("activities subgraph", (dialect) => {
  let activities: TestSubgraph;
  const reader = () => activities.as({ role: Role.EXECUTIVE });

  beforeAll(async () => {
    activities = await startTestSubgraph(activitiesSubgraph, dialect);
  });
  afterAll(() => activities?.stop());

  it.each([
    [{}, 4],
    [{ kind: "KICKOFF_MEETING" }, 1],
    [{ kind: "FOOD_SECURITY" }, 1],
    [{ fiscalYear: 2564 }, 4],
    [{ fiscalYear: 2565 }, 0],
    [{ provinceCode: "22" }, 3],
    [{ tambonCode: DEMO_TARGET_TAMBONS[3] }, 3],
    [{ tambonCode: "220101" }, 0],
    [{ from: "2021-02-15T00:00:00Z", to: "2021-02-16T00:00:00Z" }, 1],
    [{ from: "2021-02-23T00:00:00+07:00", to: "2021-02-24T00:00:00Z" }, 1],
  ])("events(filter: %j) finds %d", async (filter, count) => {
    const answer = await graphql<{ events: { totalCount: number } }>(activities.url, EVENTS, { filter }, reader());
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.events.totalCount).toBe(count);
  });

  it("keeps the kickoff meeting as a video conference at 10:00 on 15 February 2564", async () => {
    const answer = await graphql<{ event: Record<string, unknown> }>(
      activities.url,
      `
        query ($id: ID!) {
          event(id: $id) {
            kind
            mode
            meetingUrl
            startsAt
          }
        }
      `,
      { id: DEMO_EVENT_IDS.kickoff },
      reader(),
    );
    // 10:00 Bangkok time (UTC+7)
    expect(answer.data!.event).toMatchObject({ kind: "KICKOFF_MEETING", mode: "ONLINE", startsAt: "2021-02-15T03:00:00.000Z" });
    expect(answer.data!.event.meetingUrl).toMatch(/^https:\/\//);
  });

  it.each([
    [{ fiscalYear: 12 }, "filter.fiscalYear"],
    [{ tambonCode: "22" }, "filter.tambonCode"],
    [{ from: "2021-03-01T00:00:00Z", to: "2021-02-01T00:00:00Z" }, "filter.to"],
  ])("refuses filter %j with BAD_USER_INPUT on %s", async (filter, field) => {
    const answer = await graphql(activities.url, EVENTS, { filter }, reader());
    expect(errorCodes(answer)).toEqual(["BAD_USER_INPUT"]);
    expect(answer.errors![0].extensions!.field).toBe(field);
  });

  it("answers the events of 5 or of 70 tambons with the same number of SQL statements", async () => {
    const counter = new StatementCounter();
    Object.assign(activities.subgraph.dataSource, { logger: counter });
    const statementsFor = async (codes: string[]) => {
      counter.reset();
      const answer = await graphql<{ _entities: { events: { totalCount: number; nodes: { title: string }[] } }[] }>(
        activities.url,
        TAMBON_EVENTS,
        { r: codes.map((code) => ({ __typename: "Tambon", code })) },
        reader(),
      );
      expect(answer.errors).toBeUndefined();
      return { statements: counter.count, withEvents: answer.data!._entities.filter((t) => t.events.totalCount > 0).length };
    };
    const others = Array.from({ length: 70 }, (_, i) => `2299${String(i).padStart(2, "0")}`);
    const five = await statementsFor([...DEMO_TARGET_TAMBONS.slice(0, 5)]);
    const seventy = await statementsFor([...DEMO_TARGET_TAMBONS, ...others].slice(0, 70));
    expect(five.withEvents).toBe(5);
    expect(seventy.withEvents).toBe(11);
    expect(seventy.statements).toBe(five.statements);
    expect(five.statements).toBeLessThanOrEqual(3);
  });

  /** Runs a query and counts the SQL statements it took. */
  async function statements<T>(query: string, variables: Record<string, unknown>): Promise<{ count: number; data: T }> {
    const counter = new StatementCounter();
    Object.assign(activities.subgraph.dataSource, { logger: counter });
    counter.reset();
    const answer = await graphql<T>(activities.url, query, variables, reader());
    expect(answer.errors).toBeUndefined();
    return { count: counter.count, data: answer.data! };
  }

  it("answers everything it adds to 3 or to 11 tambons with the same number of SQL statements", async () => {
    const of = (codes: readonly string[]) => ({ r: codes.map((code) => ({ __typename: "Tambon", code })) });
    const three = await statements<{ _entities: TambonEverything[] }>(TAMBON_EVERYTHING, of(DEMO_TARGET_TAMBONS.slice(0, 3)));
    const eleven = await statements<{ _entities: TambonEverything[] }>(TAMBON_EVERYTHING, of(DEMO_TARGET_TAMBONS));
    expect(eleven.data._entities.every((t) => t.progressReports.totalCount === 2 && t.engagementPosts.nodes.length === 2)).toBe(true);
    expect(eleven.data._entities.every((t) => t.events.nodes.every((e) => e.attendance.target === 165))).toBe(true);
    expect(eleven.count).toBe(three.count);
  });

  it("answers the participations of 5 or of 165 leaders with the same number of SQL statements", async () => {
    const of = (n: number) => ({
      r: DEMO_TARGET_TAMBONS.flatMap((_, t) => Array.from({ length: DEMO_LEADERS_PER_TAMBON }, (_, i) => demoLeaderId(t, i)))
        .slice(0, n)
        .map((id) => ({ __typename: "Leader", id })),
    });
    const five = await statements<{ _entities: { participations: { totalCount: number } }[] }>(LEADER_PARTICIPATIONS, of(5));
    const all = await statements<{ _entities: { participations: { totalCount: number } }[] }>(LEADER_PARTICIPATIONS, of(165));
    expect(all.data._entities.filter((l) => l.participations.totalCount === 1)).toHaveLength(165);
    expect(all.count).toBe(five.count);
    expect(all.count).toBeLessThanOrEqual(4);
  });

  it("answers the attendance of 1 or of 4 events with the same number of SQL statements", async () => {
    const one = await statements(EVENTS_ATTENDANCE, { filter: { kind: "WORKSHOP" } });
    const four = await statements(EVENTS_ATTENDANCE, { filter: {} });
    expect(four.count).toBe(one.count);
  });
});

const EVENTS = `
  query Events($filter: EventFilter, $page: PageInput) {
    events(filter: $filter, page: $page) { totalCount nodes { id kind title } }
  }`;

const TAMBON_EVENTS = `
  query TambonEvents($r: [_Any!]!) {
    _entities(representations: $r) { ... on Tambon { events { totalCount nodes { title } } } }
  }`;

interface TambonEverything {
  events: { nodes: { attendance: { target: number } }[] };
  progressReports: { totalCount: number };
  engagementPosts: { nodes: { latestSample: { likes: number } | null }[] };
}

const TAMBON_EVERYTHING = `
  query TambonEverything($r: [_Any!]!) {
    _entities(representations: $r) {
      ... on Tambon {
        events(page: { limit: 1 }) { nodes { attendance { target attended } } }
        progressReports { totalCount nodes { status indicators { quantity amount indicator { code unitTh } } } }
        engagement { posts likes likesGrowth }
        engagementPosts { nodes { url latestSample { likes } samples { totalCount nodes { likes } } } }
      }
    }
  }`;

const LEADER_PARTICIPATIONS = `
  query LeaderParticipations($r: [_Any!]!) {
    _entities(representations: $r) { ... on Leader { participations { totalCount nodes { attended event { title } } } } }
  }`;

const EVENTS_ATTENDANCE = `
  query EventsAttendance($filter: EventFilter) {
    events(filter: $filter) {
      nodes {
        attendance { registered attended target rate }
        attendanceByTambon { tambonCode attended }
        participations(page: { limit: 5 }) { totalCount nodes { attended leader { id } } }
      }
    }
  }`;
