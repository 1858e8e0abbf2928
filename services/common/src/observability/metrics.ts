import crypto from "node:crypto";
import type express from "express";
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";
import type { DataSource } from "typeorm";

/** Distinct operation names kept as labels; later names count under "other". */
export const MAX_OPERATION_LABELS = 200;
const GRAPHQL_NAME = /^[_A-Za-z][_0-9A-Za-z]{0,99}$/;

/**
 * Bounds a label whose values a client chooses: the first `max` distinct names are kept, anything
 * after them, or not shaped like a GraphQL name, is "other"; no name is "anonymous".
 */
export class LabelLimiter {
  private readonly seen = new Set<string>();
  constructor(private readonly max: number) {}

  label(name: string | null | undefined): string {
    if (!name) return "anonymous";
    if (this.seen.has(name)) return name;
    if (this.seen.size >= this.max || !GRAPHQL_NAME.test(name)) return "other";
    this.seen.add(name);
    return name;
  }
}

/** What one finished request adds to the metrics. */
export interface RequestOutcome {
  operation: string | null;
  /** ok: no error; partial: errors beside data; error: errors and no data (or a refused request). */
  outcome: "ok" | "partial" | "error";
  codes: string[];
  seconds: number;
}

/** The mysql2 pool's own counters (not public API, stable through mysql2 3.x). */
interface Mysql2Pool {
  config?: { connectionLimit?: number };
  _allConnections?: { length: number };
  _freeConnections?: { length: number };
  _connectionQueue?: { length: number };
}

/**
 * One service's Prometheus metrics in a registry of its own (several services can share a process in
 * tests): GraphQL requests by operation and outcome, errors by code, latency per operation, the
 * database pool, and Node's defaults.
 */
export class ServiceMetrics {
  readonly registry = new Registry();
  private readonly operations = new LabelLimiter(MAX_OPERATION_LABELS);
  private readonly codes = new LabelLimiter(MAX_OPERATION_LABELS);
  private readonly requests: Counter<"operation" | "outcome">;
  private readonly errors: Counter<"code">;
  private readonly duration: Histogram<"operation">;

  constructor(service: string, dataSource?: DataSource) {
    const registers = [this.registry];
    this.registry.setDefaultLabels({ service });
    collectDefaultMetrics({ register: this.registry });
    this.requests = new Counter({
      name: "graphql_requests_total",
      help: "GraphQL requests answered, by operation name and outcome (ok, partial, error)",
      labelNames: ["operation", "outcome"],
      registers,
    });
    this.errors = new Counter({ name: "graphql_errors_total", help: "Errors answered, by extensions.code", labelNames: ["code"], registers });
    this.duration = new Histogram({
      name: "graphql_request_duration_seconds",
      help: "Time from receiving a GraphQL request to the last byte of its answer, by operation name",
      labelNames: ["operation"],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    });
    if (dataSource) this.watchPool(dataSource, registers);
  }

  record({ operation, outcome, codes, seconds }: RequestOutcome): void {
    const name = this.operations.label(operation);
    this.requests.inc({ operation: name, outcome });
    this.duration.observe({ operation: name }, seconds);
    for (const code of codes) this.errors.inc({ code: this.codes.label(code) });
  }

  /** The connections of the store: a mysql2 pool's total, free and queued; SQLite is one connection. */
  private watchPool(dataSource: DataSource, registers: Registry[]) {
    const pool = () => (dataSource.isInitialized ? ((dataSource.driver as unknown as { pool?: Mysql2Pool }).pool ?? null) : null);
    new Gauge({
      name: "database_pool_connections",
      help: "Database connections by state: total (open), free (idle), queued (requests waiting for one)",
      labelNames: ["state"],
      registers,
      collect() {
        if (dataSource.options.type === "better-sqlite3") {
          this.set({ state: "total" }, dataSource.isInitialized ? 1 : 0);
          return;
        }
        const current = pool();
        this.set({ state: "total" }, current?._allConnections?.length ?? 0);
        this.set({ state: "free" }, current?._freeConnections?.length ?? 0);
        this.set({ state: "queued" }, current?._connectionQueue?.length ?? 0);
      },
    });
    new Gauge({
      name: "database_pool_max",
      help: "The most connections the pool opens",
      registers,
      collect() {
        this.set(dataSource.options.type === "better-sqlite3" ? 1 : (pool()?.config?.connectionLimit ?? 0));
      },
    });
  }

  /**
   * `GET /metrics` in Prometheus text. With a token, only `Authorization: Bearer <token>` is answered;
   * `closed` (the public gateway in production without a token) answers 404.
   */
  handler(options: { token?: string; closed?: boolean } = {}): express.RequestHandler {
    const expected = options.token ? crypto.createHash("sha256").update(`Bearer ${options.token}`).digest() : null;
    return async (req, res) => {
      if (options.closed && !expected) {
        res.status(404).json({ error: "/metrics is off: set METRICS_TOKEN to read it" });
        return;
      }
      if (expected) {
        const sent = crypto
          .createHash("sha256")
          .update(req.headers.authorization ?? "")
          .digest();
        if (!crypto.timingSafeEqual(sent, expected)) {
          res.status(401).set("www-authenticate", 'Bearer realm="metrics"').json({ error: "METRICS_TOKEN required" });
          return;
        }
      }
      res.set("content-type", this.registry.contentType).send(await this.registry.metrics());
    };
  }
}
