import { SUBGRAPHS, type SubgraphName } from "@change-leaders/common";
import { StatementCounter, describeEachDatabase, graphql } from "@change-leaders/common/testing";
import { type TestSystem, startSystem } from "./support/system";

/**
 * The rule behind every nested list: a request costs the same number of SQL statements in each
 * subgraph whether it shows 5 tambons or 70 — counted through the gateway with a TypeORM logger.
 */
describeEachDatabase("SQL statements per request through the gateway", (dialect) => {
  let system: TestSystem;
  let admin: Record<string, string>;
  const counters = {} as Record<SubgraphName, StatementCounter>;

  beforeAll(async () => {
    system = await startSystem(dialect);
    admin = await system.loginAs("admin");
    // The gateway's first request of a login asks people about its session (one statement, then cached 30 s).
    await graphql(system.url, "{ me { id } }", {}, admin);
    for (const name of SUBGRAPHS) {
      counters[name] = new StatementCounter();
      Object.assign(system.subgraphs[name].subgraph.dataSource, { logger: counters[name] });
    }
  });
  afterAll(() => system?.stop());

  async function statementsFor(tambons: number) {
    for (const name of SUBGRAPHS) counters[name].reset();
    const answer = await graphql<{ province: { tambons: { nodes: NestedTambon[] } } }>(
      system.url,
      PROVINCE_NESTED,
      { code: "22", page: { limit: tambons } },
      admin,
    );
    expect(answer.errors).toBeUndefined();
    const nodes = answer.data!.province.tambons.nodes;
    return {
      tambons: nodes.length,
      withLeaders: nodes.filter((t) => t.leaders.totalCount > 0).length,
      withEvents: nodes.filter((t) => t.events!.totalCount > 0).length,
      withNominations: nodes.filter((t) => t.nominations!.totalCount > 0).length,
      statements: Object.fromEntries(SUBGRAPHS.map((name) => [name, counters[name].count])) as Record<SubgraphName, number>,
    };
  }

  it("counts the same statements in every subgraph at 5 and at 70 of Chanthaburi's tambons", async () => {
    const five = await statementsFor(5);
    const seventy = await statementsFor(70);
    expect(five.tambons).toBe(5);
    expect(seventy.tambons).toBe(70);
    // The first 70 by code hold 10 of the 11 demo target tambons, so the nested lists are really filled.
    expect(seventy.withEvents).toBe(10);
    expect(seventy.withLeaders).toBeGreaterThanOrEqual(10);
    expect(seventy.withNominations).toBeGreaterThan(0);
    expect(seventy.statements).toEqual(five.statements);
    for (const name of SUBGRAPHS) expect(five.statements[name]).toBeGreaterThan(0);
  });
});

interface NestedTambon {
  code: string;
  leaders: { totalCount: number };
  events: { totalCount: number } | null;
  nominations: { totalCount: number } | null;
  awards: { totalCount: number } | null;
}

const PROVINCE_NESTED = `
  query ProvinceNested($code: ID!, $page: PageInput) {
    province(code: $code) {
      code
      tambons(page: $page) {
        totalCount
        nodes {
          code
          nameTh
          leaders(page: { limit: 5 }) { totalCount nodes { id firstName lastName } }
          events(page: { limit: 5 }) { totalCount nodes { id title } }
          nominations(page: { limit: 5 }) { totalCount nodes { id round status } }
          awards(page: { limit: 5 }) { totalCount nodes { id level } }
        }
      }
    }
  }
`;
