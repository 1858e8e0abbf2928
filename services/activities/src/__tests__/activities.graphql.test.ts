import { DEMO_TARGET_TAMBONS, Role } from "@change-leaders/common";
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
    [{}, 2],
    [{ kind: "KICKOFF_MEETING" }, 1],
    [{ fiscalYear: 2564 }, 2],
    [{ fiscalYear: 2565 }, 0],
    [{ provinceCode: "22" }, 1],
    [{ tambonCode: DEMO_TARGET_TAMBONS[3] }, 1],
    [{ tambonCode: "220101" }, 0],
    [{ from: "2021-02-15T00:00:00Z", to: "2021-02-16T00:00:00Z" }, 1],
    [{ from: "2021-03-11T00:00:00+07:00" }, 1],
  ])("events(filter: %j) finds %d", async (filter, count) => {
    const answer = await graphql<{ events: { totalCount: number } }>(activities.url, EVENTS, { filter }, reader());
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.events.totalCount).toBe(count);
  });

  it("keeps the kickoff meeting as a video conference on 15 February 2021", async () => {
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
    expect(answer.data!.event).toMatchObject({ kind: "KICKOFF_MEETING", mode: "ONLINE", startsAt: "2021-02-15T02:00:00.000Z" });
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
});

const EVENTS = `
  query Events($filter: EventFilter, $page: PageInput) {
    events(filter: $filter, page: $page) { totalCount nodes { id kind title } }
  }`;

const TAMBON_EVENTS = `
  query TambonEvents($r: [_Any!]!) {
    _entities(representations: $r) { ... on Tambon { events { totalCount nodes { title } } } }
  }`;
