import { auditServer } from "graphql-http";
import { type TestSystem, startSystem } from "./support/system";

/** The gateway speaks GraphQL over HTTP as the spec says; a logged-in client is audited. */
describe("GraphQL over HTTP (graphql-http audit of the gateway)", () => {
  let system: TestSystem;
  let admin: Record<string, string>;

  beforeAll(async () => {
    system = await startSystem("sqlite");
    admin = await system.loginAs("admin");
  });
  afterAll(() => system?.stop());

  it("passes every MUST", async () => {
    const fetchWithLogin = (input: string | URL | Request, init: RequestInit = {}) =>
      fetch(input, { ...init, headers: { ...Object.fromEntries(new Headers(init.headers).entries()), ...admin } });
    const results = await auditServer({ url: system.url, fetchFn: fetchWithLogin });
    const musts = results.filter((result) => result.name.startsWith("MUST"));
    expect(musts.length).toBeGreaterThan(10);
    expect(musts.filter((result) => result.status !== "ok").map((result) => `${result.name}: ${"reason" in result ? result.reason : ""}`)).toEqual(
      [],
    );
    const shoulds = results.filter((result) => result.name.startsWith("SHOULD") && result.status !== "ok");
    if (shoulds.length) console.log(`SHOULDs not met (${shoulds.length}):\n${shoulds.map((r) => `- ${r.name}`).join("\n")}`);
  });

  it.each([
    [
      "an operationName the document does not hold",
      { query: "query A { provinces { code } }", operationName: "B" },
      "OPERATION_RESOLUTION_FAILURE",
      /Unknown operation named "B"/,
    ],
    [
      "two operations and no operationName",
      { query: "query A { provinces { code } } query B { provinces { code } }" },
      "OPERATION_RESOLUTION_FAILURE",
      /Must provide operation name/,
    ],
    [
      "a subscription (the schema has none)",
      { query: "subscription { provinces { code } }" },
      "GRAPHQL_VALIDATION_FAILED",
      /does not support subscription/,
    ],
    [
      "a persisted query whose hash does not match",
      { query: "{ provinces { code } }", extensions: { persistedQuery: { version: 1, sha256Hash: "0".repeat(64) } } },
      "BAD_REQUEST",
      /provided sha does not match query/,
    ],
  ])("refuses %s with HTTP 400, a code and a message that says why, never a 500", async (_name, body, code, message) => {
    const response = await fetch(system.url, {
      method: "POST",
      headers: { "content-type": "application/json", ...admin },
      body: JSON.stringify(body),
    });
    const answer = (await response.json()) as { data?: unknown; errors: { message: string; extensions: { code: string } }[] };
    expect(response.status).toBe(400);
    expect(answer.errors.map((error) => error.extensions.code)).toEqual([code]);
    expect(answer.errors[0].message).toMatch(message);
    expect(answer.data ?? null).toBeNull();
  });
});
