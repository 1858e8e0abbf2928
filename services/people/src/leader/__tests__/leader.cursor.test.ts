import { Role } from "@change-leaders/common";
import {
  type GraphQLResponse,
  StatementCounter,
  type TestSubgraph,
  describeEachDatabase,
  errorCodes,
  graphql,
  startTestSubgraph,
} from "@change-leaders/common/testing";
import { peopleSubgraph } from "../../definition";
import { syntheticNationalId } from "../../seed/demo-leaders";
import { Leader } from "../leader.entity";

type Page = { leaders: { totalCount: number; nextCursor: string | null; nodes: { id: string }[] } };

describeEachDatabase("people subgraph: leaders paged by cursor", (dialect) => {
  let people: TestSubgraph;
  const partner = () => people.as({ role: Role.PARTNER, id: "key-1", name: "partner", kind: "apiKey", scope: "NAMED" });
  const ask = <T = Page>(query: string, variables: Record<string, unknown>) => graphql<T>(people.url, query, variables, partner());

  beforeAll(async () => {
    people = await startTestSubgraph(peopleSubgraph, dialect);
    // Three namesakes of the first leader: the cursor must tell them apart by id.
    const manager = people.subgraph.dataSource.manager;
    const first = await manager.findOneByOrFail(Leader, {});
    for (const [i, id] of ["zz-namesake-1", "00-namesake-2", "mm-namesake-3"].entries()) {
      await manager.insert(Leader, { ...first, id, nationalId: syntheticNationalId(7_000_000 + i), deletionMarker: "" });
    }
  });
  afterAll(() => people?.stop());

  /** Every page by cursor, `limit` at a time, and the whole list in one offset page. */
  async function walk(variables: Record<string, unknown>, limit: number) {
    const all = await ask(LEADERS, { ...variables, page: { limit: 500 } });
    expect(all.errors).toBeUndefined();
    const ids: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const answer: GraphQLResponse<Page> = await ask(LEADERS, { ...variables, page: { limit, after } });
      expect(answer.errors).toBeUndefined();
      const page: Page["leaders"] = answer.data!.leaders;
      expect(page.totalCount).toBe(all.data!.leaders.totalCount);
      ids.push(...page.nodes.map((node) => node.id));
      after = page.nextCursor;
      pages++;
    } while (after && pages < 1000);
    return { ids, expected: all.data!.leaders.nodes.map((node) => node.id), pages };
  }

  it.each([
    ["last name (the default)", {}],
    ["last name, descending", { sort: { field: "lastName", direction: "DESC" } }],
    ["first name", { sort: { field: "firstName" } }],
    ["cohort, descending", { sort: { field: "cohortYear", direction: "DESC" } }],
    ["tambon", { sort: { field: "tambonCode" } }],
    ["last name, in one province", { filter: { provinceCode: "22" } }],
    ["last name, starting with a search", { filter: { search: "ส" } }],
  ])("walks every leader by %s page after page: the same order as offset, none twice, none missed", async (_name, variables) => {
    const { ids, expected, pages } = await walk(variables, 7);
    expect(expected.length).toBeGreaterThan(7);
    expect(ids).toEqual(expected);
    expect(pages).toBe(Math.ceil(expected.length / 7));
  });

  it("gives no next cursor on the last page, and continues by cursor from an offset page", async () => {
    const all = await ask(LEADERS, { page: { limit: 500 } });
    const total = all.data!.leaders.totalCount;
    const last = await ask(LEADERS, { page: { limit: 10, offset: total - 10 } });
    expect(last.data!.leaders.nextCursor).toBeNull();
    const middle = await ask(LEADERS, { page: { limit: 10, offset: 20 } });
    const next = await ask(LEADERS, { page: { limit: 10, after: middle.data!.leaders.nextCursor } });
    expect(next.data!.leaders.nodes.map((node) => node.id)).toEqual(all.data!.leaders.nodes.slice(30, 40).map((node) => node.id));
  });

  it("reads a cursor page in one statement, and counts only when totalCount is asked", async () => {
    const first = await ask(LEADERS, { page: { limit: 25 } });
    const counter = new StatementCounter();
    Object.assign(people.subgraph.dataSource, { logger: counter });
    const statements = async (query: string) => {
      counter.reset();
      const answer = await ask<{ leaders: { nodes: unknown[] } }>(query, { page: { limit: 25, after: first.data!.leaders.nextCursor } });
      expect(answer.data!.leaders.nodes).toHaveLength(25);
      return counter.count;
    };
    expect(await statements(NODES_ONLY)).toBe(1);
    expect(await statements(LEADERS)).toBe(2);
  });

  it.each([
    ["a cursor that is not one", {}, { limit: 5, after: "not-a-cursor" }, "page.after"],
    ["a cursor of another sort", { sort: { field: "firstName" } }, { limit: 5, after: "LAST_NAME_CURSOR" }, "page.after"],
    ["a cursor with an offset", {}, { limit: 5, offset: 5, after: "LAST_NAME_CURSOR" }, "page.offset"],
    ["a cursor with a sort by date", { sort: { field: "createdAt" } }, { limit: 5, after: "LAST_NAME_CURSOR" }, "page.after"],
  ])("refuses %s as BAD_USER_INPUT on its field", async (_name, variables, page, field) => {
    const first = await ask(LEADERS, { page: { limit: 5 } });
    const after = page.after === "LAST_NAME_CURSOR" ? first.data!.leaders.nextCursor : page.after;
    const answer = await ask(LEADERS, { ...variables, page: { ...page, after } });
    expect(errorCodes(answer)).toEqual(["BAD_USER_INPUT"]);
    expect(answer.errors![0].extensions?.field).toBe(field);
  });

  it("refuses page.after on a list that pages by offset only", async () => {
    const answer = await ask(TAMBON_LEADERS, { after: "anything" });
    expect(errorCodes(answer)).toEqual(["BAD_USER_INPUT"]);
    expect(answer.errors![0].extensions?.field).toBe("page.after");
  });
});

const LEADERS = `
  query Leaders($page: PageInput, $filter: LeaderFilter, $sort: SortInput) {
    leaders(page: $page, filter: $filter, sort: $sort) { totalCount nextCursor nodes { id } }
  }`;

const NODES_ONLY = `query Leaders($page: PageInput) { leaders(page: $page) { nextCursor nodes { id } } }`;

const TAMBON_LEADERS = `query TambonLeaders($after: String) { tambon(code: "220101") { leaders(page: { after: $after }) { totalCount } } }`;
