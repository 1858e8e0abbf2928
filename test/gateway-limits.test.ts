import http from "node:http";
import { type Config, type RunningServer, SUBGRAPHS, type SubgraphName } from "@change-leaders/common";
import { REDIS_URL, describeWithRedis, graphql } from "@change-leaders/common/testing";
import { createGateway, readSupergraph } from "@change-leaders/gateway";
import { buildSchema } from "graphql";
import { REGISTERED } from "../admin/src/events/queries";
import { RESOURCES } from "../admin/src/resources";
import { PROVINCE_NESTED as BENCH_NESTED } from "../bench/src/queries";
import { type TestSystem, startSystem } from "./support/system";

/** What a client gets back from the gateway, whatever the content type. */
async function send(url: string, init: RequestInit) {
  const response = await fetch(url, init);
  const text = await response.text();
  let body: { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] } | undefined;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  return { status: response.status, headers: response.headers, contentType: response.headers.get("content-type") ?? "", text, body };
}
const post = (url: string, body: unknown, headers: Record<string, string> = {}) =>
  send(url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) });

const times = (n: number, make: (i: number) => string) => Array.from({ length: n }, (_, i) => make(i)).join("\n");
const LIMIT_CODES = ["QUERY_TOO_DEEP", "QUERY_TOO_COMPLEX", "TOO_MANY_ALIASES", "TOO_MANY_TOKENS", "TOO_MANY_DIRECTIVES", "RATE_LIMITED"];
const QUERY_FIELDS = buildSchema(readSupergraph(), { assumeValidSDL: true }).getQueryType()!.getFields();

/** Another gateway over the same subgraphs (a second replica), with its own settings. */
async function replica(system: TestSystem, config: Partial<Config>): Promise<RunningServer> {
  const subgraphUrls = Object.fromEntries(SUBGRAPHS.map((name) => [name, system.subgraphs[name].url])) as Record<SubgraphName, string>;
  const gateway = await createGateway({ config: { ...system.store.config, ...config, subgraphUrls }, supergraphSdl: readSupergraph(), subgraphUrls });
  return gateway.listen(0);
}

async function createApiKey(url: string, admin: Record<string, string>, name: string): Promise<string> {
  const answer = await graphql<{ createApiKey: { key: string } }>(url, CREATE_API_KEY, { name }, admin);
  return answer.data!.createApiKey.key;
}

// The limits are the gateway's own: no database is asked before a refusal, so one store (SQLite) suffices.
describe("abuse limits at the gateway", () => {
  let system: TestSystem;
  let admin: Record<string, string>;
  const apiKeyCount = async () => (await graphql<{ apiKeys: unknown[] }>(system.url, API_KEYS, {}, admin)).data!.apiKeys.length;

  beforeAll(async () => {
    system = await startSystem("sqlite");
    admin = await system.loginAs("admin");
  });
  afterAll(() => system?.stop());

  it("lets every query the panel and the bench send through, at the default limits", async () => {
    const documents: [string, string, Record<string, unknown>?][] = [
      ["bench: province → tambons → leaders, events, nominations, awards (depth 6)", BENCH_NESTED],
      ["panel: an event's registrations, 500 a page", REGISTERED, { id: "1", page: { limit: 500 } }],
      ["panel: dashboard", DASHBOARD],
    ];
    for (const [name, r] of Object.entries(RESOURCES)) {
      const fields = r.listFields ?? r.fields;
      const filterType = r.filterType ?? `${r.one[0].toUpperCase()}${r.one.slice(1)}Filter`;
      const list = `query List($page: PageInput, $filter: ${filterType}) { ${r.list}(page: $page, filter: $filter) { totalCount nodes { ${fields} } } }`;
      documents.push([`panel: ${name} list`, list]);
      documents.push([`panel: ${name} export page`, list, { page: { limit: r.maxPage ?? 500 } }]);
      if (name === "leaders") {
        const candidates = { filter: { tambonCodes: EVENT_TAMBONS, status: "ACTIVE" }, page: { limit: 500 } };
        documents.push(["panel: the active leaders of an event's 2,000 target tambons, 500 a page", list, candidates]);
      }
      if (!QUERY_FIELDS[r.one]) continue;
      documents.push([`panel: ${name} one`, `query One($id: ID!) { ${r.one}(${r.key ?? "id"}: $id) { ${r.fields} } }`]);
      documents.push([`panel: 100 ${name} by id`, `query Many { ${times(100, (i) => `r${i}: ${r.one}(${r.key ?? "id"}: "${i}") { ${fields} }`)} }`]);
    }
    for (const [name, query, variables] of documents) {
      const answer = await post(
        system.url,
        { query, variables: variables ?? { code: "22", limit: 70, id: "1", fiscalYear: 2564, page: { limit: 25 } } },
        admin,
      );
      const refused = (answer.body?.errors ?? []).filter((e) => LIMIT_CODES.includes(String(e.extensions?.code)));
      expect({ name, status: answer.status, refused }).toEqual({ name, status: 200, refused: [] });
    }
  });

  it.each([
    [
      "nested 10 deep",
      () => `{ tambon(code: "220101") { leaders { nodes { tambon { leaders { nodes { tambon { leaders { nodes { id } } } } } } } } } }`,
      "QUERY_TOO_DEEP",
    ],
    [
      "of 8 province trees (25 tambons × 25 leaders each: 10,208 objects)",
      () => `{ ${times(8, (i) => `a${i}: ${PROVINCE_TREE}`)} }`,
      "QUERY_TOO_COMPLEX",
    ],
    ["of every province's districts' 500 tambons, each naming its province's districts again", () => PROVINCES_AUDIT, "QUERY_TOO_COMPLEX"],
    ["of 101 aliased __typename", () => `{ ${times(101, (i) => `t${i}: __typename`)} }`, "TOO_MANY_ALIASES"],
    ["101 aliases", () => `{ ${times(101, (i) => `a${i}: provinces { code }`)} }`, "TOO_MANY_ALIASES"],
    ["5,001 tokens", () => `{ provinces { ${times(5001, () => "code")} } }`, "TOO_MANY_TOKENS"],
    ["11 directives", () => `{ provinces { ${times(11, (i) => `a${i}: code @include(if: true)`)} } }`, "TOO_MANY_DIRECTIVES"],
  ])("refuses a document %s: HTTP 400, its code and Thai message, no data, no stack", async (_name, query, code) => {
    const answer = await post(system.url, { query: query() }, admin);
    expect(answer.status).toBe(400);
    expect(answer.body?.data).toBeUndefined();
    expect(answer.body?.errors).toHaveLength(1);
    expect(answer.body?.errors?.[0].extensions).toEqual({ code, messageTh: expect.any(String) });
  });

  it("refuses a mutation with 101 aliases before anything runs: no key is made", async () => {
    const before = await apiKeyCount();
    const answer = await post(
      system.url,
      { query: `mutation { ${times(101, (i) => `k${i}: createApiKey(name: "flood ${i}", purpose: "ทดสอบการจำกัด") { id }`)} }` },
      admin,
    );
    expect([answer.status, answer.body?.errors?.[0].extensions?.code]).toEqual([400, "TOO_MANY_ALIASES"]);
    expect(await apiKeyCount()).toBe(before);
  });

  it.each([
    [500, 200, undefined],
    [501, 200, "BAD_USER_INPUT"],
  ])("a page of %i leaders through the gateway: HTTP %i %s (PageInput in the subgraph)", async (limit, status, code) => {
    const answer = await post(system.url, { query: LEADERS_PAGE, variables: { limit } }, admin);
    expect(answer.status).toBe(status);
    expect(answer.body?.errors?.[0]?.extensions?.code).toBe(code);
    if (code) expect([answer.body?.errors?.[0]?.extensions?.field, answer.body?.data]).toEqual(["page.limit", null]);
    else expect((answer.body?.data as { leaders: { nodes: unknown[] } }).leaders.nodes.length).toBeLessThanOrEqual(500);
  });

  it("refuses a batch (a JSON array of operations) with 400", async () => {
    const answer = await post(system.url, [{ query: "{ provinces { code } }" }, { query: "{ provinces { code } }" }], admin);
    expect(answer.status).toBe(400);
    expect(answer.body?.errors?.[0].extensions?.code).toBe("BAD_REQUEST");
    expect(answer.body?.errors?.[0].message).toMatch(/batching disabled/i);
  });

  it("refuses a GET without a preflight header (CSRF) and answers one with it", async () => {
    const url = `${system.url}?query=${encodeURIComponent("{ provinces { code } }")}`;
    const refused = await send(url, { headers: admin });
    expect([refused.status, refused.body?.errors?.[0].extensions?.code]).toEqual([400, "BAD_REQUEST"]);
    expect(refused.body?.errors?.[0].message).toMatch(/Cross-Site Request Forgery/);
    const allowed = await send(url, { headers: { ...admin, "apollo-require-preflight": "true" } });
    expect(allowed.status).toBe(200);
    expect(allowed.body?.errors).toBeUndefined();
  });

  it("refuses a text/plain POST (a form a browser sends cross-site without asking): nothing changes", async () => {
    const before = await apiKeyCount();
    const answer = await send(system.url, {
      method: "POST",
      headers: { ...admin, "content-type": "text/plain" },
      body: JSON.stringify({ query: `mutation { createApiKey(name: "csrf", purpose: "ทดสอบ CSRF") { id } }` }),
    });
    expect(answer.status).toBe(400);
    expect(answer.contentType).toMatch(/json/);
    expect(answer.body?.errors?.[0].extensions?.code).toBe("BAD_REQUEST");
    expect(await apiKeyCount()).toBe(before);
  });

  it.each([
    [
      "over 50 MB",
      413,
      "PAYLOAD_TOO_LARGE",
      () => JSON.stringify({ query: "{ provinces { code } }", variables: { padding: "x".repeat(51 * 1024 * 1024) } }),
    ],
    ["not JSON", 400, "BAD_REQUEST", () => "{ query: "],
  ])("answers a body %s with %i %s as JSON, not an HTML page", async (_name, status, code, body) => {
    const answer = await send(system.url, { method: "POST", headers: { ...admin, "content-type": "application/json" }, body: body() });
    expect(answer.status).toBe(status);
    expect(answer.contentType).toMatch(/application\/json/);
    expect(answer.text).not.toMatch(/<html|<pre|at .*\.js/i);
    expect(answer.body?.errors?.[0].extensions?.code).toBe(code);
  });

  it("refuses a body over 64 kB from anyone without a staff login before reading it; a staff login may send more", async () => {
    const key = await createApiKey(system.url, admin, "big-body partner");
    const body = JSON.stringify({ query: "{ provinces { code } }", variables: { padding: "x".repeat(100 * 1024) } });
    const callers: [string, Record<string, string>, string][] = [
      ["anonymous", {}, "PAYLOAD_TOO_LARGE"],
      ["a made-up bearer token", { authorization: "Bearer not.a.token" }, "PAYLOAD_TOO_LARGE"],
      ["a partner's API key", { "x-api-key": key }, "PAYLOAD_TOO_LARGE"],
      ["an admin", admin, "read"],
    ];
    for (const [name, headers, outcome] of callers) {
      const answer = await send(system.url, { method: "POST", headers: { ...headers, "content-type": "application/json" }, body });
      const seen = answer.status === 413 ? String(answer.body?.errors?.[0].extensions?.code) : "read";
      expect([name, seen]).toEqual([name, outcome]);
    }
    // 49 MB announced, 1 kB sent: the answer comes before the rest of the body, which is never read.
    const answered = await new Promise<number>((resolve, reject) => {
      const request = http.request(system.url, {
        method: "POST",
        headers: { "content-type": "application/json", "content-length": 49 * 1024 * 1024 },
      });
      request.on("response", (response) => {
        resolve(response.statusCode ?? 0);
        response.resume();
        request.destroy();
      });
      request.on("error", reject);
      request.write("x".repeat(1024));
    });
    expect(answered).toBe(413);
  });

  it("lets requests through when Redis does not answer (fails open), at once", async () => {
    const key = await createApiKey(system.url, admin, "fail-open partner");
    const gateway = await replica(system, {
      redisUrl: "redis://127.0.0.1:1",
      rateLimit: { perKey: 1, loginAttempts: 1, loginFailuresPerAccount: 50, windowMs: 60_000 },
    });
    try {
      const started = Date.now();
      const statuses = [];
      for (let i = 0; i < 3; i++) statuses.push((await post(gateway.url, { query: PARTNER_QUERY }, { "x-api-key": key })).status);
      expect(statuses).toEqual([200, 200, 200]);
      expect(Date.now() - started).toBeLessThan(3000);
    } finally {
      await gateway.stop();
    }
  });
});

describeWithRedis("rate limits shared by two gateway replicas through Redis", () => {
  const WINDOW_MS = 3000;
  const shared: Partial<Config> = {
    redisUrl: REDIS_URL,
    rateLimit: { perKey: 5, loginAttempts: 3, loginFailuresPerAccount: 50, windowMs: WINDOW_MS },
  };
  let system: TestSystem;
  let second: RunningServer;
  let admin: Record<string, string>;

  beforeAll(async () => {
    system = await startSystem("sqlite", { config: shared });
    second = await replica(system, shared);
    admin = await system.loginAs("admin");
  });
  afterAll(async () => {
    await second?.stop();
    await system?.stop();
  });

  it("answers 429 with Retry-After once a key exceeds its rate on either replica; another key is unaffected; the next window admits it", async () => {
    const [keyA, keyB] = [await createApiKey(system.url, admin, "partner A"), await createApiKey(system.url, admin, "partner B")];
    const replicas = [system.url, second.url];
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push((await post(replicas[i % 2], { query: PARTNER_QUERY }, { "x-api-key": keyA })).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200]);

    const refused = await post(second.url, { query: PARTNER_QUERY }, { "x-api-key": keyA });
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(WINDOW_MS / 1000);
    expect(refused.body?.data).toBeUndefined();
    expect(refused.body?.errors?.[0].extensions).toMatchObject({ code: "RATE_LIMITED", retryAfterSeconds: retryAfter });
    expect((await post(system.url, { query: PARTNER_QUERY }, { "x-api-key": keyA })).status).toBe(429);

    expect((await post(system.url, { query: PARTNER_QUERY }, { "x-api-key": keyB })).status).toBe(200);

    await new Promise((resolve) => setTimeout(resolve, retryAfter * 1000 + 200));
    const again = await post(second.url, { query: PARTNER_QUERY }, { "x-api-key": keyA });
    expect(again.status).toBe(200);
    expect(again.body?.errors).toBeUndefined();
  });

  it("refuses a username's logins from one address after 3 failures in the window, even with the right password; successes do not count", async () => {
    for (let i = 0; i < 5; i++)
      expect((await post(second.url, { query: LOGIN, variables: { username: "admin", password: "demo-changeleaders" } })).status).toBe(200);

    const attempts = [];
    for (let i = 0; i < 3; i++) {
      const answer = await post(i % 2 ? second.url : system.url, { query: LOGIN, variables: { username: "judge", password: `guess-${i}` } });
      attempts.push(answer.body?.errors?.[0].extensions?.code);
    }
    expect(attempts).toEqual(["UNAUTHENTICATED", "UNAUTHENTICATED", "UNAUTHENTICATED"]);

    const refused = await post(second.url, { query: LOGIN, variables: { username: "judge", password: "demo-changeleaders" } });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    expect(refused.body?.errors?.[0].extensions?.code).toBe("RATE_LIMITED");
    expect(refused.body?.data ?? null).toBeNull();
    // Other spellings of the same login spend the same budget (the audit got 48 more tries through them).
    for (const variant of ["JUDGE", "ju\u200bdge", "\u202ejudge", "ｊｕｄｇｅ"]) {
      const spelt = await post(system.url, { query: LOGIN, variables: { username: variant, password: "demo-changeleaders" } });
      expect([variant, spelt.status, spelt.body?.errors?.[0].extensions?.code]).toEqual([variant, 429, "RATE_LIMITED"]);
    }

    await new Promise((resolve) => setTimeout(resolve, Number(refused.headers.get("retry-after")) * 1000 + 200));
    const admitted = await post(system.url, { query: LOGIN, variables: { username: "judge", password: "demo-changeleaders" } });
    expect((admitted.body?.data as { login?: { token: string } })?.login?.token).toEqual(expect.any(String));
  });
});

/** 2,000 tambon codes, as many as an event may target. */
const EVENT_TAMBONS = Array.from({ length: 2000 }, (_, i) => String(220101 + i));

/** The audit's amplification: 77 × 50 × 500 tambons, each naming its province's districts again (millions of objects at depth 7). */
const PROVINCES_AUDIT = `{ provinces { districts { tambons(page: { limit: 500 }) { nodes { code province { districts { code nameTh } } } } } } }`;
const PROVINCE_TREE = `province(code: "22") { tambons { nodes { leaders { nodes { id title firstName lastName tambonCode tambon { code nameTh } } } } } }`;
const DASHBOARD = `query Summary($fiscalYear: Int!) {
  budgetSummary(fiscalYear: $fiscalYear) { awardCount awardedTotal disbursedTotal remainingTotal
    byProvince { provinceCode awardCount awardedTotal disbursedTotal remainingTotal }
    byAward { id level amount disbursedTotal remaining tambon { nameTh nameEn } } }
  provinces { code nameTh nameEn } }`;
const LEADERS_PAGE = `query Page($limit: Int!) { leaders(page: { limit: $limit }) { totalCount nodes { id } } }`;
const PARTNER_QUERY = `query PartnerLeaders { leaders(page: { limit: 1 }) { totalCount } }`;
const CREATE_API_KEY = `mutation CreateApiKey($name: String!) { createApiKey(name: $name, purpose: "ทดสอบสิทธิ์หน่วยงานภาคี", scope: NAMED) { key } }`;
const API_KEYS = `query ApiKeys { apiKeys { id } }`;
const LOGIN = `mutation Login($username: String!, $password: String!) { login(username: $username, password: $password) { token } }`;
