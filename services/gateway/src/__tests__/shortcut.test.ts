import fs from "node:fs";
import path from "node:path";
import { loadConfig } from "@change-leaders/common";
import { queryLimits } from "../limits";
import { ShortcutRoutes } from "../shortcut";

const SUPERGRAPH = fs.readFileSync(path.resolve(__dirname, "../../../../schema/supergraph.graphql"), "utf8");
const limits = queryLimits(loadConfig({ NODE_ENV: "test" }).queryLimits, true);
const routes = new ShortcutRoutes(SUPERGRAPH, { validationRules: limits.validationRules, maxTokens: limits.parseOptions.maxTokens, maxCost: 10_000 });

const DEEP = `{ tambons { nodes { leaders { nodes { tambon { leaders { nodes { tambon { leaders { nodes { id } } } } } } } } } } }`;

describe("the gateway's shortcut takes a query straight to one subgraph", () => {
  it.each([
    [
      "a partner's leader page",
      "people",
      `query Page($offset: Int!) { leaders(page: { limit: 500, offset: $offset }) { totalCount nodes { id firstName } } }`,
    ],
    [
      "the budget dashboard",
      "evaluation",
      `query Budget($fiscalYear: Int!) { budgetSummary(fiscalYear: $fiscalYear) { awardCount paidTotal byProvince { provinceCode paidTotal } } }`,
    ],
    ["events with their tambons' codes (the key activities holds)", "activities", `{ events { nodes { title tambons { code } } } }`],
    ["a query with a fragment and __typename", "people", `query { leaders { nodes { ...L } } } fragment L on Leader { __typename id lastName }`],
  ])("%s → %s", (_name, subgraph, query) => {
    expect(routes.routeOf(query, undefined)?.subgraph).toBe(subgraph);
  });

  it.each([
    ["a query that joins two subgraphs (events with their tambons' Thai names)", `{ events { nodes { title tambons { nameTh } } } }`],
    ["a leader with the events they registered for (people, then activities)", `{ leaders { nodes { id participations { totalCount } } } }`],
    ["a mutation (login attempts are counted on the full road)", `mutation { login(username: "a", password: "b") { token } }`],
    ["introspection", `{ __schema { queryType { name } } }`],
    ["a document with two operations", `query A { leaders { totalCount } } query B { events { totalCount } }`],
    ["an unknown field (refused, with Apollo's wording)", `{ leaders { nodes { shoeSize } } }`],
    ["a document over the depth limit", DEEP],
    ["a syntax error", `{ leaders {`],
    ["a field the subgraphs keep to themselves (_entities)", `{ _entities(representations: []) { __typename } }`],
    ["a document over 32 kB (remembered routes stay small)", `{ leaders { totalCount } } ${"#".repeat(33 * 1024)}`],
  ])("%s takes the full road", (_name, query) => {
    expect(routes.routeOf(query, undefined)).toBeNull();
  });

  it("picks the operation the request names and remembers each decision", () => {
    const query = `query Leaders { leaders { totalCount } }`;
    expect(routes.routeOf(query, "Leaders")?.operation.name?.value).toBe("Leaders");
    expect(routes.routeOf(query, "Other")).toBeNull();
    expect(routes.routeOf(query, "Leaders")).toBe(routes.routeOf(query, "Leaders"));
  });
});
