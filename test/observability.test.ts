import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { DEMO_PASSWORD } from "@change-leaders/common";
import { bearer, describeEachDatabase, graphql, metricSample as sample } from "@change-leaders/common/testing";
import { exitCode, freePortBlock, launch, waitForOutput } from "./support/processes";
import { type TestSystem, startSystem } from "./support/system";

/** Log lines a service wrote, parsed; the test reads them as an operator's log pipeline would. */
function captureLogs() {
  const lines: Record<string, unknown>[] = [];
  return { lines, destination: { write: (line: string) => void lines.push(JSON.parse(line) as Record<string, unknown>) } };
}

/** POSTs an operation and keeps the response headers (the test client drops them). */
async function post(url: string, body: object, headers: Record<string, string> = {}) {
  const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) });
  return { response, body: (await response.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] } };
}

const METRICS_TOKEN = "scrape-me-0123456789";

describeEachDatabase("observability through the gateway", (dialect) => {
  let system: TestSystem;
  let admin: Record<string, string>;
  const logs = captureLogs();
  const metricsUrl = (url: string) => url.replace(/\/graphql$/, "/metrics");
  const scrape = async (url: string) => {
    const response = await fetch(metricsUrl(url), { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
    expect(response.status).toBe(200);
    return response.text();
  };

  beforeAll(async () => {
    system = await startSystem(dialect, { config: { logLevel: "info", logDestination: logs.destination, metricsToken: METRICS_TOKEN } });
    admin = await system.loginAs("admin");
  });
  afterAll(() => system?.stop());

  it("answers the caller's x-request-id and logs it in the gateway and in every subgraph the request reached", async () => {
    const { response, body } = await post(
      system.url,
      { query: TAMBONS_WITH_EVENTS, operationName: "TambonsWithEvents" },
      { ...admin, "x-request-id": "abc-123" },
    );
    expect(body.errors).toBeUndefined();
    expect(response.headers.get("x-request-id")).toBe("abc-123");

    const lines = logs.lines.filter((line) => line.requestId === "abc-123");
    const gateway = lines.find((line) => line.service === "gateway");
    expect(gateway).toMatchObject({ level: "info", msg: "request", operation: "TambonsWithEvents", status: 200, outcome: "ok", role: "ADMIN" });
    expect(typeof gateway!.durationMs).toBe("number");
    expect(typeof gateway!.accountId).toBe("string");
    expect(lines.find((line) => line.service === "people")).toMatchObject({ status: 200, role: "ADMIN", accountId: gateway!.accountId });
    expect(lines.some((line) => line.service === "activities")).toBe(true);
    // One line per request and service, and never a credential or a query variable in any line.
    expect(lines.filter((line) => line.service === "gateway")).toHaveLength(1);
    const written = JSON.stringify(logs.lines);
    expect(written).not.toContain(admin.authorization.replace("Bearer ", ""));
    expect(written).not.toContain(DEMO_PASSWORD);
  });

  it("carries the request id on from a subgraph to the subgraph it asks (queryPeer), and the refusal creates nothing", async () => {
    const count = async () => (await graphql<{ events: { totalCount: number } }>(system.url, EVENT_COUNT, {}, admin)).data?.events.totalCount ?? -1;
    const before = await count();
    const { response, body } = await post(
      system.url,
      { query: CREATE_EVENT, variables: { input: UNKNOWN_TAMBON_EVENT } },
      { ...admin, "x-request-id": "peer-456" },
    );
    expect(response.headers.get("x-request-id")).toBe("peer-456");
    expect(body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const lines = logs.lines.filter((line) => line.requestId === "peer-456");
    expect(lines.find((line) => line.service === "activities")).toMatchObject({ outcome: "error", errors: ["BAD_USER_INPUT"] });
    expect(lines.find((line) => line.service === "people")).toMatchObject({ operation: "ActivitiesCheck", status: 200, role: "ADMIN" });
    expect(lines.find((line) => line.service === "gateway")).toMatchObject({ errors: ["BAD_USER_INPUT"] });
    expect(await count()).toBe(before);
  });

  it.each([["has spaces"], ["x".repeat(65)], ["semi;colon"], [""]])("replaces an unusable request id %j with a fresh one", async (sent) => {
    const { response } = await post(system.url, { query: "{ me { username } }" }, { ...admin, "x-request-id": sent });
    const answered = response.headers.get("x-request-id")!;
    expect(answered).toMatch(/^[0-9a-f-]{36}$/);
    expect(logs.lines.filter((line) => line.requestId === answered).map((line) => line.service)).toEqual(
      expect.arrayContaining(["gateway", "people"]),
    );
    expect(logs.lines.some((line) => line.requestId === sent)).toBe(false);
  });

  it("counts requests, latency and database connections on /metrics, and an error under its code", async () => {
    const ok = { operation: "TambonsWithEvents", outcome: "ok" };
    const [gatewayBefore, peopleBefore] = [await scrape(system.url), await scrape(system.subgraphs.people.url)];
    await post(system.url, { query: TAMBONS_WITH_EVENTS, operationName: "TambonsWithEvents" }, admin);
    await post(system.url, { query: TAMBONS_WITH_EVENTS, operationName: "TambonsWithEvents" }, admin);
    const refused = await post(system.url, { query: TAMBONS_WITH_EVENTS, operationName: "TambonsWithEvents" });
    expect(refused.body.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    const [gatewayAfter, peopleAfter] = [await scrape(system.url), await scrape(system.subgraphs.people.url)];

    expect(sample(gatewayAfter, "graphql_requests_total", ok) - sample(gatewayBefore, "graphql_requests_total", ok)).toBe(2);
    const count = { operation: "TambonsWithEvents" };
    expect(
      sample(gatewayAfter, "graphql_request_duration_seconds_count", count) - sample(gatewayBefore, "graphql_request_duration_seconds_count", count),
    ).toBe(3);
    expect(sample(gatewayAfter, "graphql_request_duration_seconds_sum", count)).toBeGreaterThan(
      sample(gatewayBefore, "graphql_request_duration_seconds_sum", count),
    );
    const unauthenticated = { code: "UNAUTHENTICATED", service: "gateway" };
    expect(sample(gatewayAfter, "graphql_errors_total", unauthenticated) - sample(gatewayBefore, "graphql_errors_total", unauthenticated)).toBe(1);
    // The subgraph counts the operation the gateway planned for it, named after the client's; the refused one never reached it.
    const planned = { operation: /operation="(TambonsWithEvents__people__\d+)"/.exec(peopleAfter)![1], outcome: "ok" };
    expect(sample(peopleAfter, "graphql_requests_total", planned) - sample(peopleBefore, "graphql_requests_total", planned)).toBe(2);
    expect(sample(peopleAfter, "database_pool_connections", { state: "total" })).toBeGreaterThanOrEqual(1);
    expect(sample(peopleAfter, "database_pool_max")).toBe(dialect === "sqlite" ? 1 : 10);
    expect(sample(peopleAfter, "process_resident_memory_bytes")).toBeGreaterThan(0);
  });

  it("keeps operation labels bounded: a name too long for a label counts as other", async () => {
    const invented = Array.from({ length: 5 }, (_, i) => `Invented${i}_${"x".repeat(120)}`);
    for (const name of invented) await post(system.url, { query: `query ${name} { me { username } }`, operationName: name }, admin);
    const text = await scrape(system.url);
    expect(text).not.toContain("Invented0_");
    expect(sample(text, "graphql_requests_total", { service: "gateway", operation: "other" })).toBeGreaterThanOrEqual(5);
  });

  it("refuses /metrics without the METRICS_TOKEN, and changes nothing by refusing", async () => {
    const before = await scrape(system.url);
    for (const headers of [{}, { authorization: "Bearer wrong" }, { authorization: METRICS_TOKEN }] as Record<string, string>[]) {
      const response = await fetch(metricsUrl(system.url), { headers });
      expect(response.status).toBe(401);
      expect(await response.text()).not.toContain("graphql_requests_total");
    }
    const after = await scrape(system.url);
    expect(sample(after, "graphql_requests_total")).toBe(sample(before, "graphql_requests_total"));
  });
});

/** An OTLP/HTTP collector on loopback: what a test needs of Jaeger or the OpenTelemetry Collector. */
async function startCollector(port = 0) {
  const spans: { service: string; traceId: string; name: string }[] = [];
  let posts = 0;
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      posts += 1;
      if (req.url === "/v1/traces" && /json/.test(req.headers["content-type"] ?? "")) {
        const body = JSON.parse(Buffer.concat(chunks).toString("utf8")) as OtlpTraces;
        for (const resource of body.resourceSpans ?? []) {
          const service = resource.resource?.attributes?.find((a) => a.key === "service.name")?.value?.stringValue ?? "";
          for (const scope of resource.scopeSpans ?? [])
            for (const span of scope.spans ?? []) spans.push({ service, traceId: span.traceId, name: span.name });
        }
      }
      res.writeHead(200, { "content-type": "application/json" }).end("{}");
    });
  });
  await new Promise<void>((resolve, reject) => server.once("error", reject).listen(port, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    spans,
    posts: () => posts,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

interface OtlpTraces {
  resourceSpans?: {
    resource?: { attributes?: { key: string; value?: { stringValue?: string } }[] };
    scopeSpans?: { spans?: { traceId: string; name: string }[] }[];
  }[];
}

/** `npm start`'s processes (gateway and three subgraphs, each its own process and service.name), with the environment given. */
async function startProcesses(env: Record<string, string>) {
  const port = await freePortBlock();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "cl-otel-"));
  const launched = launch({ PORT: String(port), DATA_DIR: dataDir, ADMIN_PASSWORD: "", SEED: "demo", LOG_LEVEL: "warn", ...env });
  await waitForOutput(launched, /Change Leaders is ready/);
  const url = `http://127.0.0.1:${port}/graphql`;
  const login = await graphql<{ login: { token: string } }>(url, `mutation { login(username: "admin", password: "${DEMO_PASSWORD}") { token } }`);
  const answer = await graphql(url, TAMBONS_WITH_EVENTS, {}, bearer(login.data!.login.token));
  expect(answer.errors).toBeUndefined();
  return {
    stop: async () => {
      launched.child.kill("SIGTERM");
      expect(await exitCode(launched)).toBe(0);
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

describe("OpenTelemetry tracing", () => {
  it("with OTEL_EXPORTER_OTLP_ENDPOINT set, sends spans of one request from the gateway and the subgraphs under one trace id", async () => {
    const collector = await startCollector();
    try {
      const system = await startProcesses({ OTEL_EXPORTER_OTLP_ENDPOINT: collector.url, OTEL_BSP_SCHEDULE_DELAY: "100" });
      await system.stop(); // SIGTERM flushes what is still buffered
      const services = (traceId: string) => new Set(collector.spans.filter((span) => span.traceId === traceId).map((span) => span.service));
      const gatewayTraces = [...new Set(collector.spans.filter((span) => span.service === "gateway").map((span) => span.traceId))];
      const shared = gatewayTraces.find((traceId) => services(traceId).size === 4);
      expect(shared).toBeDefined();
      expect([...services(shared!)].sort()).toEqual(["activities", "evaluation", "gateway", "people"]);
    } finally {
      await collector.close();
    }
  });

  it("with it unset, exports nothing: a collector on the default OTLP port hears nothing", async () => {
    let collector: Awaited<ReturnType<typeof startCollector>>;
    try {
      collector = await startCollector(4318);
    } catch {
      return console.warn("port 4318 is in use here; the in-process check (no-phone-home) still covers this");
    }
    try {
      const system = await startProcesses({ OTEL_EXPORTER_OTLP_ENDPOINT: "", OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: "" });
      await system.stop();
      expect(collector.posts()).toBe(0);
    } finally {
      await collector.close();
    }
  });
});

const TAMBONS_WITH_EVENTS = `
  query TambonsWithEvents {
    tambons(filter: { provinceCode: "22" }, page: { limit: 5 }) {
      totalCount
      nodes {
        code
        events {
          totalCount
        }
        nominations {
          totalCount
        }
      }
    }
  }
`;

const EVENT_COUNT = `
  query EventCount {
    events {
      totalCount
    }
  }
`;

const CREATE_EVENT = `
  mutation CreateEvent($input: EventInput!) {
    createEvent(input: $input) {
      id
    }
  }
`;

const UNKNOWN_TAMBON_EVENT = {
  kind: "WORKSHOP",
  title: "อบรมในตำบลที่ไม่มีอยู่",
  startsAt: "2021-06-01T02:00:00Z",
  endsAt: "2021-06-01T09:00:00Z",
  mode: "ONSITE",
  venue: "ที่ว่าการอำเภอเมืองจันทบุรี",
  tambonCodes: ["229999"],
};
