import { Role } from "@change-leaders/common";
import { type TestSubgraph, describeEachDatabase, errorCodes, graphql, startTestSubgraph } from "@change-leaders/common/testing";
import { peopleSubgraph } from "../../definition";
import { AccessLogEntry } from "../../audit/access-log.entity";
import { Leader } from "../../leader/leader.entity";

const LIST = `query List($filter: AccessLogFilter, $page: PageInput) {
  accessLogEntries(filter: $filter, page: $page) { totalCount nodes { actorId actorName actorRole leaderId fields at } }
}`;
const READ = `query Read($id: ID!) { leader(id: $id) { nationalId phone } }`;

interface Entry {
  actorId: string;
  leaderId: string;
  fields: string;
  at: string;
}
interface List {
  accessLogEntries: { totalCount: number; nodes: Entry[] };
}

/** The admins' list of reads of leaders' personal data: by account, leader and time, latest first, paged. */
describeEachDatabase("access log list", (dialect) => {
  let people: TestSubgraph;
  let leaders: string[];
  const admin = () => people.as({ role: Role.ADMIN, id: "admin-1", name: "Admin One" });
  const officer = () => people.as({ role: Role.PROVINCE_OFFICER, id: "officer-1", name: "Officer One", provinceCode: "22" });
  const list = (variables: Record<string, unknown>) => graphql<List>(people.url, LIST, variables, admin());
  let middle: Date;

  beforeAll(async () => {
    people = await startTestSubgraph(peopleSubgraph, dialect);
    leaders = (await people.subgraph.dataSource.manager.find(Leader, { where: { provinceCode: "22" }, order: { id: "ASC" }, take: 3 })).map(
      (l) => l.id,
    );
    // admin reads leaders 0 and 1, then (later) the officer reads leader 0 and 2.
    for (const id of leaders.slice(0, 2)) expect((await graphql(people.url, READ, { id }, admin())).errors).toBeUndefined();
    await new Promise((resolve) => setTimeout(resolve, 20));
    middle = new Date();
    await new Promise((resolve) => setTimeout(resolve, 20));
    for (const id of [leaders[0], leaders[2]]) expect((await graphql(people.url, READ, { id }, officer())).errors).toBeUndefined();
  });
  afterAll(() => people?.stop());

  it("lists every read, latest first, with the fields read", async () => {
    const answer = await list({});
    expect(answer.errors).toBeUndefined();
    const { nodes, totalCount } = answer.data!.accessLogEntries;
    expect(totalCount).toBe(4);
    expect(nodes.map((n) => n.at)).toEqual([...nodes.map((n) => n.at)].sort().reverse());
    expect(nodes.every((n) => n.fields === "nationalId,phone")).toBe(true);
  });

  it.each([
    [
      "account",
      () => ({ actorId: "officer-1" }),
      [
        ["officer-1", 0],
        ["officer-1", 2],
      ],
      2,
    ],
    [
      "leader",
      () => ({ leaderId: leaders[0] }),
      [
        ["admin-1", 0],
        ["officer-1", 0],
      ],
      2,
    ],
    [
      "from",
      () => ({ from: middle.toISOString() }),
      [
        ["officer-1", 0],
        ["officer-1", 2],
      ],
      2,
    ],
    [
      "to",
      () => ({ to: middle.toISOString() }),
      [
        ["admin-1", 0],
        ["admin-1", 1],
      ],
      2,
    ],
    ["account and leader", () => ({ actorId: "admin-1", leaderId: leaders[2] }), [], 0],
  ] as const)("filters by %s", async (_name, filter, expected, count) => {
    const answer = await list({ filter: filter() });
    expect(answer.errors).toBeUndefined();
    const got = answer.data!.accessLogEntries.nodes.map((n) => [n.actorId, leaders.indexOf(n.leaderId)]);
    expect(got.sort()).toEqual([...expected].map((e) => [...e]).sort());
    expect(answer.data!.accessLogEntries.totalCount).toBe(count);
  });

  it("pages, the total staying the whole count", async () => {
    const all = (await list({})).data!.accessLogEntries.nodes;
    const second = (await list({ page: { limit: 2, offset: 2 } })).data!.accessLogEntries;
    expect(second.totalCount).toBe(4);
    expect(second.nodes).toEqual(all.slice(2, 4));
  });

  it.each([
    [{ filter: { from: "2026-02-01T00:00:00Z", to: "2026-01-01T00:00:00Z" } }, "filter.to"],
    [{ page: { limit: 501 } }, "page.limit"],
  ])("refuses %j with BAD_USER_INPUT on %s", async (variables, field) => {
    const answer = await list(variables);
    expect(errorCodes(answer)).toEqual(["BAD_USER_INPUT"]);
    expect(answer.errors![0].extensions!.field).toBe(field);
  });

  it.each([Role.PROVINCE_OFFICER, Role.INSPECTOR, Role.JUDGE, Role.BUDGET_OFFICER, Role.EXECUTIVE, Role.PARTNER])(
    "refuses a %s with FORBIDDEN, and the refusal reads nothing into the log",
    async (role) => {
      const before = await people.subgraph.dataSource.manager.count(AccessLogEntry);
      const answer = await graphql(people.url, LIST, {}, people.as({ role, provinceCode: "22", regionCode: "9" }));
      expect(errorCodes(answer)).toEqual(["FORBIDDEN"]);
      expect(answer.data?.accessLogEntries ?? null).toBeNull();
      expect(await people.subgraph.dataSource.manager.count(AccessLogEntry)).toBe(before);
    },
  );
});
