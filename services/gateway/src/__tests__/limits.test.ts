import fs from "node:fs";
import path from "node:path";
import { ApolloServer } from "@apollo/server";
import { ConfigError, createLogger, loadConfig } from "@change-leaders/common";
import {
  GraphQLError,
  type OperationDefinitionNode,
  buildSchema,
  getNamedType,
  getNullableType,
  isCompositeType,
  isListType,
  isObjectType,
  parse,
  specifiedRules,
  validate,
} from "graphql";
import {
  CostAdmission,
  DEFAULT_LIST_SIZE,
  LIMIT_CODES,
  LIST_SIZES,
  operationCost,
  MemoryRateLimiter,
  RedisRateLimiter,
  bucketOf,
  createRateLimiter,
  queryLimits,
  withLimitCodes,
} from "../limits";

const SUPERGRAPH = buildSchema(fs.readFileSync(path.resolve(__dirname, "../../../../schema/supergraph.graphql"), "utf8"), { assumeValidSDL: true });
const DEFAULTS = loadConfig({ NODE_ENV: "test" });
const logger = createLogger("gateway", { logLevel: "silent" });

/** The codes the gateway's limits give a document, in order (parse, then validation as Apollo runs them). */
function refusals(query: string, production = false): string[] {
  const limits = queryLimits(DEFAULTS.queryLimits, production);
  let document;
  try {
    document = parse(query, limits.parseOptions);
  } catch (error) {
    const formatted = withLimitCodes((f) => f)({ message: (error as Error).message, extensions: { code: "GRAPHQL_PARSE_FAILED" } }, error);
    return [String(formatted.extensions?.code)];
  }
  return validate(SUPERGRAPH, document, [...specifiedRules, ...limits.validationRules]).map((error) => String(error.extensions.code ?? "INVALID"));
}

const times = (n: number, make: (i: number) => string) => Array.from({ length: n }, (_, i) => make(i)).join(" ");

describe("the document limits at their defaults", () => {
  it("are the documented ones", () => {
    expect(DEFAULTS.queryLimits).toEqual({ depth: 8, cost: 10_000, costInFlight: 10_000, aliases: 100, tokens: 5000, directives: 10 });
    expect(loadConfig({ MAX_QUERY_DEPTH: "12", MAX_QUERY_ALIASES: "20" }).queryLimits).toMatchObject({ depth: 12, aliases: 20 });
    expect(() => loadConfig({ MAX_QUERY_COST: "lots" })).toThrow(ConfigError);
  });

  it.each([
    ["depth 10 (tambon → leaders → tambon → …)", () => DEEP, "QUERY_TOO_DEEP"],
    ["101 aliases", () => `{ ${times(101, (i) => `a${i}: provinces { code }`)} }`, "TOO_MANY_ALIASES"],
    ["101 aliased __typename", () => `{ ${times(101, (i) => `a${i}: __typename`)} }`, "TOO_MANY_ALIASES"],
    ["11 directives", () => `{ provinces { ${times(11, (i) => `a${i}: code @include(if: true)`)} } }`, "TOO_MANY_DIRECTIVES"],
    ["5,001 tokens", () => `{ provinces { ${times(5001, () => "code")} } }`, "TOO_MANY_TOKENS"],
  ])("refuse %s with its code", (_name, query, code) => {
    expect(refusals(query())).toEqual([code]);
  });

  it.each([
    ["the bench's nested province query (depth 6)", () => BENCH_NESTED],
    ["7 province trees", () => `{ ${times(7, (i) => `a${i}: ${PROVINCE_TREE}`)} }`],
    ["100 aliases", () => `{ ${times(100, (i) => `a${i}: provinces { code }`)} }`],
    ["10 directives", () => `{ provinces { ${times(10, (i) => `a${i}: code @include(if: true)`)} } }`],
  ])("let %s through", (_name, query) => {
    expect(refusals(query())).toEqual([]);
  });
});

/** The cost of a document (its first operation) with these variables. */
function cost(query: string, variables: Record<string, unknown> = {}): number {
  const document = parse(query);
  return operationCost(SUPERGRAPH, document, document.definitions[0] as OperationDefinitionNode, variables);
}

describe("the cost of a document: the objects its answer may hold", () => {
  it.each([
    ["one province", `{ province(code: "22") { code nameTh } }`, {}, 1],
    ["every province (77)", `{ provinces { code } }`, {}, 77],
    ["every province's districts (77 × 50)", `{ provinces { code districts { code } } }`, {}, 77 + 77 * 50],
    ["a page left at 25 leaders, each with its tambon", `{ leaders { nodes { id tambon { code } } } }`, {}, 1 + 25 + 25],
    ["a page of 1 leader", `{ leaders(page: { limit: 1 }) { nodes { id tambon { code } } } }`, {}, 1 + 1 + 1],
    ["a page of 500 leaders", `{ leaders(page: { limit: 500 }) { nodes { id tambon { code } } } }`, {}, 1 + 500 + 500],
    ["a page of 500 by variable", `query P($page: PageInput) { leaders(page: $page) { nodes { id } } }`, { page: { limit: 500 } }, 501],
    ["a page size by variable inside a literal", `query P($n: Int) { leaders(page: { limit: $n }) { nodes { id } } }`, { n: 40 }, 41],
    ["a page over 500 counts 500 (the subgraph refuses it)", `{ leaders(page: { limit: 100000 }) { nodes { id } } }`, {}, 501],
    ["the same list through a fragment", `{ provinces { ...P } } fragment P on Province { districts { code } }`, {}, 77 + 77 * 50],
    ["an access log of its own limit", `{ accessLog(limit: 30) { id } }`, {}, 30],
    ["scalars and __typename cost nothing", `{ __typename a: __typename }`, {}, 0],
  ])("%s costs %i", (_name, query, variables, expected) => {
    expect(cost(query, variables)).toBe(expected);
  });

  it("refuses the audit's amplification (77 × 50 × 500 tambons naming their province's districts again) before anything runs", () => {
    const audit = `{ provinces { districts { tambons(page: { limit: 500 }) { nodes { province { districts { code } } } } } } }`;
    expect(cost(audit)).toBeGreaterThan(100 * DEFAULTS.queryLimits.cost);
  });

  it("knows the size of every list of the supergraph without a page or a limit, so a new list gets its size on purpose", () => {
    const unsized: string[] = [];
    for (const type of Object.values(SUPERGRAPH.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith("__") || type.name.endsWith("Page")) continue;
      for (const field of Object.values(type.getFields())) {
        const listOfObjects = isListType(getNullableType(field.type)) && isCompositeType(getNamedType(field.type));
        if (!listOfObjects || field.args.some((a) => a.name === "limit")) continue;
        if (!(`${type.name}.${field.name}` in LIST_SIZES)) unsized.push(`${type.name}.${field.name}`);
      }
    }
    expect(unsized).toEqual([]);
    const stale = Object.keys(LIST_SIZES).filter((name) => {
      const [typeName, fieldName] = name.split(".");
      const type = SUPERGRAPH.getType(typeName);
      return !isObjectType(type) || !type.getFields()[fieldName];
    });
    expect(stale).toEqual([]);
    expect(DEFAULT_LIST_SIZE).toBeGreaterThan(0);
  });
});

describe("the cost let into the subgraphs at once", () => {
  it("lets light documents through at once and heavy ones in turn, first come first served", async () => {
    const admission = new CostAdmission(10_000);
    const order: string[] = [];
    const first = await admission.admit(9_000);
    const queued = ["second", "third"].map((name) => admission.admit(6_000).then((release) => (order.push(name), release)));
    const light = await admission.admit(100);
    order.push("light");
    expect(admission.state).toEqual({ inFlight: 9_000, waiting: 2 });
    first();
    first();
    const second = await queued[0];
    expect(admission.state).toEqual({ inFlight: 6_000, waiting: 1 });
    second();
    (await queued[1])();
    light();
    expect(order).toEqual(["light", "second", "third"]);
    expect(admission.state).toEqual({ inFlight: 0, waiting: 0 });
  });
});

describe("field suggestions", () => {
  const typeDefs = "enum Role { JUDGE EXECUTIVE } type Query { leaders: [String] accounts(role: Role): [String] }";
  it.each([
    ["an unknown field", false, { query: "{ leader }" }, /Did you mean "leaders"\?/],
    ["an unknown field", true, { query: "{ leader }" }, /^(?!.*leaders).*\[Suggestion hidden\]/],
    ["a misspelt enum value", false, { query: "{ accounts(role: JUDG) }" }, /Did you mean the enum value "JUDGE"\?/],
    ["a misspelt enum value", true, { query: "{ accounts(role: JUDG) }" }, /^(?!.*JUDGE)/],
    ["a misspelt enum variable", false, { query: "query A($r: Role) { accounts(role: $r) }", variables: { r: "JUDG" } }, /"JUDGE"/],
    ["a misspelt enum variable", true, { query: "query A($r: Role) { accounts(role: $r) }", variables: { r: "JUDG" } }, /^(?!.*JUDGE)/],
  ])("%s, production %s: the error reads %s", async (_name, production, request, pattern) => {
    const limits = queryLimits(DEFAULTS.queryLimits, production);
    const server = new ApolloServer({ typeDefs, resolvers: {}, ...limits, formatError: withLimitCodes((f) => f, production) });
    await server.start();
    const response = await server.executeOperation(request);
    await server.stop();
    const errors = response.body.kind === "single" ? response.body.singleResult.errors : [];
    expect(errors).toHaveLength(1);
    expect(errors?.[0].message).toMatch(pattern);
    expect(errors?.[0].extensions?.code).toMatch(/GRAPHQL_VALIDATION_FAILED|BAD_USER_INPUT/);
  });
});

describe("a refusal's code survives the gateway's error formatter", () => {
  it("keeps the limit's code and Thai message, never masked, never a stack", () => {
    const masked = withLimitCodes(() => ({ message: "Internal error", extensions: { code: "INTERNAL_SERVER_ERROR" } }));
    const wrapped = new GraphQLError("Query depth limit of 8 exceeded, found 10.", {
      originalError: new GraphQLError("Query depth limit of 8 exceeded, found 10.", { extensions: { code: "QUERY_TOO_DEEP" } }),
      extensions: { code: "GRAPHQL_VALIDATION_FAILED" },
    });
    const formatted = masked({ message: wrapped.message, extensions: { code: "GRAPHQL_VALIDATION_FAILED", stacktrace: ["at x"] } }, wrapped);
    expect(formatted.extensions).toEqual({ code: "QUERY_TOO_DEEP", messageTh: LIMIT_CODES.QUERY_TOO_DEEP });
    expect(masked({ message: "boom" }, new Error("boom")).extensions?.code).toBe("INTERNAL_SERVER_ERROR");
  });
});

describe("rate-limit counters", () => {
  it("name a bucket by the SHA-256 of the key, never the key", () => {
    const bucket = bucketOf("apikey", "cl_secret_partner_key");
    expect(bucket).toMatch(/^apikey:[0-9a-f]{64}$/);
    expect(bucket).not.toContain("secret");
  });

  it("in process: refuse past the limit with the seconds left, give an attempt back, and open a new window", async () => {
    const limiter = new MemoryRateLimiter();
    const decisions = [];
    for (let i = 0; i < 4; i++) decisions.push(await limiter.hit("k", 3, 300));
    expect(decisions.map((d) => d.allowed)).toEqual([true, true, true, false]);
    expect(decisions[3].retryAfterSeconds).toBe(1);
    await limiter.refund("k");
    await limiter.refund("k");
    expect((await limiter.hit("k", 3, 300)).allowed).toBe(true);
    expect((await limiter.hit("other", 3, 300)).count).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 320));
    expect(await limiter.hit("k", 3, 300)).toMatchObject({ allowed: true, count: 1 });
  });

  it("without REDIS_URL: in process with a warning, except in production, which refuses to start", async () => {
    expect((await createRateLimiter(DEFAULTS, logger)).shared).toBe(false);
    const production = { ...DEFAULTS, production: true, redisUrl: undefined };
    await expect(createRateLimiter(production, logger)).rejects.toThrow(/REDIS_URL is required in production/);
  });

  it("with Redis down: let requests through at once (fail open), uncounted", async () => {
    const limiter = new RedisRateLimiter("redis://127.0.0.1:1", logger);
    await limiter.connect();
    const started = Date.now();
    const decision = await limiter.hit("k", 1, 60_000);
    await limiter.close();
    expect(decision.allowed).toBe(true);
    expect(Date.now() - started).toBeLessThan(1000);
  });
});

const PROVINCE_TREE = `province(code: "22") { tambons { nodes { leaders { nodes { id title firstName lastName tambonCode tambon { code nameTh } } } } } }`;
const DEEP = `{ tambon(code: "220101") { leaders { nodes { tambon { leaders { nodes { tambon { leaders { nodes { id } } } } } } } } } }`;
/** The bench's own query (bench/ is outside this package's sources, so it is read, not imported). */
const BENCH_NESTED = fs
  .readFileSync(path.resolve(__dirname, "../../../../bench/src/queries.ts"), "utf8")
  .match(/export const PROVINCE_NESTED = `([^`]+)`/)![1];
