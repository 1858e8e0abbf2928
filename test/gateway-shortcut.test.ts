import { DEMO_FISCAL_YEAR, demoLeaderId } from "@change-leaders/common/demo";
import { describeEachDatabase } from "@change-leaders/common/testing";
import { type TestSystem, startSystem } from "./support/system";

/** Log lines the services wrote, parsed: which operation reached which subgraph tells the road a request took. */
function captureLogs() {
  const lines: Record<string, unknown>[] = [];
  return { lines, destination: { write: (line: string) => void lines.push(JSON.parse(line) as Record<string, unknown>) } };
}

interface Answer {
  data?: unknown;
  errors?: { message: string; path?: unknown[]; extensions?: Record<string, unknown> }[];
}

const LEADERS = `query Leaders($tambonCode: ID) { leaders(page: { limit: 15 }, filter: { tambonCode: $tambonCode }) { totalCount nodes { id firstName lastName tambonCode } } }`;
const BUDGET = `query Budget($fiscalYear: Int!) { budgetSummary(fiscalYear: $fiscalYear) { awardCount awardedTotal paidTotal byProvince { provinceCode paidTotal } } }`;
const NATIONAL_ID = `query LeaderPersonal($id: ID!) { leader(id: $id) { id firstName nationalId } }`;

describeEachDatabase("the gateway's shortcut to one subgraph", (dialect) => {
  let system: TestSystem;
  let admin: Record<string, string>;
  let partner: Record<string, string>;
  let judge: Record<string, string>;
  const logs = captureLogs();

  /** POSTs a body as sent; `fullRoad` adds an empty `extensions`, which the shortcut leaves to Apollo's query plan. */
  async function post(body: object, headers: Record<string, string>, fullRoad = false, url = system.url) {
    const response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: JSON.stringify(fullRoad ? { ...body, extensions: {} } : body),
    });
    return { status: response.status, answer: (await response.json()) as Answer, requestId: response.headers.get("x-request-id") };
  }
  /** The operation names a subgraph logged for one request id. */
  const reached = (service: string, requestId: string | null) =>
    logs.lines.filter((line) => line.service === service && line.requestId === requestId && line.msg === "request").map((line) => line.operation);

  beforeAll(async () => {
    system = await startSystem(dialect, { config: { logLevel: "info", logDestination: logs.destination } });
    admin = await system.loginAs("admin");
    judge = await system.loginAs("judge");
    const key = await post(
      { query: `mutation { createApiKey(name: "shortcut test", purpose: "ทดสอบทางลัดของเกตเวย์", scope: NAMED) { key } }` },
      admin,
    );
    partner = { "x-api-key": (key.answer.data as { createApiKey: { key: string } }).createApiKey.key };
  });
  afterAll(() => system?.stop());

  it.each([
    ["a tambon's leaders", "people", { query: LEADERS, variables: { tambonCode: "220101" } }, () => admin],
    ["the budget dashboard", "evaluation", { query: BUDGET, variables: { fiscalYear: DEMO_FISCAL_YEAR } }, () => admin],
    ["a partner's leader page by API key", "people", { query: LEADERS, variables: {} }, () => partner],
    // A judge reads only the leaders of tambons nominated to the national round (SPEC section 2): people refuses this one.
    ["a leader a judge may not read (FORBIDDEN)", "people", { query: NATIONAL_ID, variables: { id: demoLeaderId(0, 1) } }, () => judge],
  ])("answers %s straight from the %s subgraph, exactly as the full road does", async (_name, service, body, caller) => {
    const shortcut = await post(body, caller());
    const full = await post(body, caller(), true);
    expect(shortcut.status).toBe(200);
    expect(shortcut.answer).toEqual(full.answer);
    // The subgraph got the client's own operation on the shortcut, and the query plan's on the full road.
    const name = /query (\w+)/.exec(body.query)![1];
    expect(reached(service, shortcut.requestId)).toEqual([name]);
    expect(reached(service, full.requestId)).toEqual([expect.stringMatching(new RegExp(`^${name}__${service}__\\d+$`))]);
    expect(reached("gateway", shortcut.requestId)).toEqual([name]);
  });

  it("passes a subgraph's error on as the full road does: its code and path, the subgraph's name, Thai words and no locations", async () => {
    const { answer } = await post({ query: NATIONAL_ID, variables: { id: demoLeaderId(0, 1) } }, judge);
    expect(answer.errors).toEqual([
      {
        message: expect.any(String),
        path: ["leader"],
        extensions: { code: "FORBIDDEN", messageTh: expect.any(String), serviceName: "people" },
      },
    ]);
    const gatewayLine = logs.lines.find((line) => line.service === "gateway" && line.operation === "LeaderPersonal");
    expect(gatewayLine).toMatchObject({ outcome: "partial", errors: ["FORBIDDEN"], role: "JUDGE" });
  });

  it("leaves a partner's operation beyond its key's scope to the full road, which refuses it whole before any subgraph is asked", async () => {
    const sent = await post({ query: NATIONAL_ID, variables: { id: demoLeaderId(0, 1) } }, partner);
    expect(sent.answer).toEqual({
      errors: [
        {
          message: expect.any(String),
          extensions: {
            code: "FORBIDDEN",
            field: "Leader.nationalId",
            rule: "PARTNER_NEVER",
            messageTh: expect.stringContaining("Leader.nationalId"),
          },
        },
      ],
    });
    expect(reached("people", sent.requestId)).toEqual([]);
  });

  it.each([
    ["variables the public schema refuses", { query: BUDGET, variables: { fiscalYear: "๒๕๖๔" } }, 400, "BAD_USER_INPUT"],
    ["an anonymous caller", { query: LEADERS, variables: {} }, 401, "UNAUTHENTICATED"],
    ["a field no schema has", { query: `{ leaders { nodes { shoeSize } } }` }, 400, "GRAPHQL_VALIDATION_FAILED"],
  ])("leaves %s to Apollo, which refuses it before any subgraph is asked", async (_name, body, status, code) => {
    const anonymous = code === "UNAUTHENTICATED";
    const sent = await post(body, anonymous ? {} : admin);
    expect(sent.status).toBe(status);
    expect(sent.answer.errors?.map((error) => error.extensions?.code)).toEqual([code]);
    expect(sent.answer.data ?? null).toBeNull();
    for (const service of ["people", "evaluation"]) expect(reached(service, sent.requestId)).toEqual([]);
  });

  it("sends every query by Apollo's plan when GATEWAY_SHORTCUT=false", async () => {
    const planned = await startSystem(dialect, {
      store: system.store,
      config: { logLevel: "info", logDestination: logs.destination, gatewayShortcut: false },
    });
    try {
      const sent = await post({ query: LEADERS, variables: { tambonCode: "220101" } }, admin, false, planned.url);
      expect(sent.answer.errors).toBeUndefined();
      expect(reached("people", sent.requestId)).toEqual(["Leaders__people__0"]);
    } finally {
      await planned.stop({ keepStore: true });
    }
  });
});
