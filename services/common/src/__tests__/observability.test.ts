import type { AddressInfo } from "node:net";
import { trace } from "@opentelemetry/api";
import express from "express";
import { ConfigError, loadConfig } from "../config";
import { LabelLimiter, ServiceMetrics, createLogger, requestIdFrom } from "../observability";
import { startTracing, tracingEnabled } from "../observability/tracing";
import { metricSample } from "../testing/metrics";

describe("request ids", () => {
  it.each([
    ["abc-123", true],
    ["Req_1.2-3", true],
    ["x".repeat(64), true],
    ["x".repeat(65), false],
    ["", false],
    ["has space", false],
    ["semi;colon", false],
    ["new\nline", false],
    ["ไทย", false],
  ])("takes %j from x-request-id: %s", (sent, kept) => {
    const id = requestIdFrom({ "x-request-id": sent });
    if (kept) expect(id).toBe(sent);
    else expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it("makes a fresh one for each request that sends none", () => {
    expect(requestIdFrom({})).not.toBe(requestIdFrom({}));
  });
});

describe("operation labels", () => {
  it.each([
    [null, "anonymous"],
    ["", "anonymous"],
    ["First", "First"],
    ["Second", "Second"],
    ["First", "First"],
    ["Third", "other"],
    ["with space", "other"],
    ["A".repeat(101), "other"],
  ])("with room for two names, %j counts as %j", (name, label) => {
    expect(limiter.label(name)).toBe(label);
  });
  const limiter = new LabelLimiter(2);
});

describe("LOG_LEVEL", () => {
  it.each([
    [{}, "info"],
    [{ NODE_ENV: "production", JWT_SECRET: "9f3c1a7e5b2d8046c1e9a3f7b5d2c8e0", ADMIN_PASSWORD: "a-real-password", FILE_STORE: "local" }, "info"],
    [{ NODE_ENV: "test" }, "silent"],
    [{ NODE_ENV: "test", LOG_LEVEL: "debug" }, "debug"],
    [{ LOG_LEVEL: "warn" }, "warn"],
  ])("with %j is %s", (env, level) => {
    expect(loadConfig(env).logLevel).toBe(level);
  });

  it("refuses a level pino does not know", () => {
    expect(() => loadConfig({ LOG_LEVEL: "verbose" })).toThrow(ConfigError);
  });
});

describe("the logger", () => {
  it("writes one JSON line per entry with the service, an ISO time and the level as a word; never a password or token", () => {
    const lines: string[] = [];
    const logger = createLogger("people", { logLevel: "info", logDestination: { write: (line: string) => void lines.push(line) } });
    logger.debug("not at info");
    logger.info(
      {
        requestId: "r1",
        password: "hunter2",
        token: "eyJ.x.y",
        nationalId: "1101700207366",
        phone: "0812345678",
        headers: { authorization: "Bearer eyJ.a.b" },
      },
      "request",
    );
    expect(lines).toHaveLength(1);
    const line = JSON.parse(lines[0]) as Record<string, unknown>;
    expect(line).toMatchObject({ level: "info", service: "people", msg: "request", requestId: "r1" });
    expect(new Date(String(line.time)).toISOString()).toBe(line.time);
    for (const secret of ["hunter2", "eyJ.x.y", "1101700207366", "0812345678", "eyJ.a.b"]) expect(lines[0]).not.toContain(secret);
  });
});

describe("/metrics", () => {
  const serve = async (options: Parameters<ServiceMetrics["handler"]>[0]) => {
    const metrics = new ServiceMetrics("gateway");
    metrics.record({ operation: "Tambons", outcome: "partial", codes: ["SUBGRAPH_UNAVAILABLE"], seconds: 0.2 });
    const app = express();
    app.get("/metrics", metrics.handler(options));
    const server = app.listen(0, "127.0.0.1");
    await new Promise((resolve) => server.once("listening", resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/metrics`;
    return { url, close: () => new Promise((resolve) => server.close(resolve)) };
  };

  it.each([
    ["open, no token set", {}, {}, 200],
    ["token set, none sent", { token: "t0ken" }, {}, 401],
    ["token set, a wrong one sent", { token: "t0ken" }, { authorization: "Bearer t0ken2" }, 401],
    ["token set, without Bearer", { token: "t0ken" }, { authorization: "t0ken" }, 401],
    ["token set and sent", { token: "t0ken" }, { authorization: "Bearer t0ken" }, 200],
    ["closed (public in production), no token set", { closed: true }, {}, 404],
    ["closed, token set and sent", { closed: true, token: "t0ken" }, { authorization: "Bearer t0ken" }, 200],
  ] as const)("%s: HTTP %s", async (_case, options, headers, status) => {
    const running = await serve(options);
    try {
      const response = await fetch(running.url, { headers });
      expect(response.status).toBe(status);
      const text = await response.text();
      if (status === 200) {
        expect(metricSample(text, "graphql_requests_total", { service: "gateway", operation: "Tambons", outcome: "partial" })).toBe(1);
        expect(metricSample(text, "graphql_errors_total", { service: "gateway", code: "SUBGRAPH_UNAVAILABLE" })).toBe(1);
        expect(metricSample(text, "graphql_request_duration_seconds_bucket", { le: "0.1", operation: "Tambons" })).toBe(0);
        expect(metricSample(text, "graphql_request_duration_seconds_bucket", { le: "0.25", operation: "Tambons" })).toBe(1);
        expect(text).toContain("nodejs_eventloop_lag_seconds");
      } else expect(text).not.toContain("graphql_requests_total");
    } finally {
      await running.close();
    }
  });

  it("keeps each service's numbers apart in one process", async () => {
    const people = new ServiceMetrics("people");
    const activities = new ServiceMetrics("activities");
    people.record({ operation: "Leaders", outcome: "ok", codes: [], seconds: 0.01 });
    expect(metricSample(await people.registry.metrics(), "graphql_requests_total", { service: "people", operation: "Leaders", outcome: "ok" })).toBe(
      1,
    );
    expect(await activities.registry.metrics()).not.toContain('operation="Leaders"');
  });
});

describe("tracing", () => {
  it.each([
    [{}, false],
    [{ OTEL_EXPORTER_OTLP_ENDPOINT: "" }, false],
    [{ OTEL_EXPORTER_OTLP_ENDPOINT: "http://127.0.0.1:4318" }, true],
    [{ OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: "http://127.0.0.1:4318/v1/traces" }, true],
  ])("with %j is on: %s", (env, on) => {
    expect(tracingEnabled(env)).toBe(on);
  });

  it("stays off without an endpoint: no provider is registered and spans record nothing", () => {
    expect(startTracing("people", {})).toBe(false);
    const span = trace.getTracer("test").startSpan("probe");
    expect(span.isRecording()).toBe(false);
    expect(span.spanContext().traceId).toBe("0".repeat(32));
    span.end();
  });
});
