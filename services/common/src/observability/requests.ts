import type http from "node:http";
import type { ApolloServerPlugin, BaseContext } from "@apollo/server";
import { trace } from "@opentelemetry/api";
import type express from "express";
import type { DataSource } from "typeorm";
import type { Config } from "../config";
import { type Identity, REQUEST_ID_HEADER } from "../identity";
import { type Logger, createLogger } from "./logger";
import { ServiceMetrics } from "./metrics";
import { requestIdFrom } from "./request-id";

/** What the service learns about one request while answering it; logged and counted once at the end. */
interface RequestRecord {
  requestId: string;
  started: bigint;
  traceId?: string;
  operations: (string | null)[];
  codes: string[];
  hasData: boolean;
  identity?: Identity | null;
}

/** A request's record, found from its `req` (middleware, context factory). */
const records = new WeakMap<object, RequestRecord>();
/** …and from its GraphQL context, under a symbol (Apollo hands plugins a shallow copy of the context, which keeps it). */
const RECORD = Symbol("request record");
type Recorded = { [RECORD]?: RequestRecord };

/** The request id of a request: the one the middleware settled on, else a sane incoming one or a new one. */
export function requestIdOf(req: http.IncomingMessage): string {
  return records.get(req)?.requestId ?? requestIdFrom(req.headers);
}

function codeOf(error: unknown): string {
  const code = (error as { extensions?: { code?: unknown } })?.extensions?.code;
  return typeof code === "string" && code !== "" ? code : "INTERNAL_SERVER_ERROR";
}

/**
 * A service's logs and metrics: one JSON line and one count per GraphQL request, with its request id,
 * operation, duration, HTTP status, error codes and caller (role and account or key id only: never a
 * token, password, variable or personal datum).
 */
export class Observability {
  readonly logger: Logger;
  readonly metrics: ServiceMetrics;

  constructor(
    readonly service: string,
    config: Pick<Config, "logLevel" | "logDestination">,
    dataSource?: DataSource,
  ) {
    this.logger = createLogger(service, config);
    this.metrics = new ServiceMetrics(service, dataSource);
  }

  /** Express middleware for /graphql: settles the request id, answers it in `x-request-id`, and records the request when it ends. */
  readonly requests: express.RequestHandler = (req, res, next) => {
    const record: RequestRecord = {
      requestId: requestIdFrom(req.headers),
      started: process.hrtime.bigint(),
      traceId: trace.getActiveSpan()?.spanContext().traceId,
      operations: [],
      codes: [],
      hasData: false,
    };
    records.set(req, record);
    res.setHeader(REQUEST_ID_HEADER, record.requestId);
    res.once("close", () => this.finish(req, res, record));
    next();
  };

  /** Wraps a GraphQL context factory: links the context to its request and notes the caller, or the code that refused it. */
  context<A extends { req: http.IncomingMessage }, C extends { identity: Identity | null }>(
    create: (args: A) => Promise<C>,
  ): (args: A) => Promise<C> {
    return async (args) => {
      const record = records.get(args.req);
      try {
        const context = await create(args);
        if (record) {
          record.identity = context.identity;
          (context as Recorded)[RECORD] = record;
        }
        return context;
      } catch (error) {
        record?.codes.push(codeOf(error));
        throw error;
      }
    };
  }

  /** Notes a request the gateway answered without Apollo (its shortcut to one subgraph), as the plugin would have. */
  answered(req: http.IncomingMessage, outcome: { operation: string | null; identity: Identity | null; hasData: boolean; codes: string[] }) {
    const record = records.get(req);
    if (!record) return;
    record.identity = outcome.identity;
    record.operations.push(outcome.operation);
    record.hasData ||= outcome.hasData;
    record.codes.push(...outcome.codes);
  }

  /** The Apollo plugin that notes each operation's name, error codes (as answered) and whether data came back. */
  plugin<C extends BaseContext>(): ApolloServerPlugin<C> {
    return {
      requestDidStart: async ({ contextValue }) => {
        const record = (contextValue as Recorded)[RECORD];
        if (!record) return;
        return {
          willSendResponse: async ({ operationName, response }) => {
            record.operations.push(operationName ?? null);
            if (response.body.kind !== "single") return;
            const { data, errors } = response.body.singleResult;
            if (data) record.hasData = true;
            for (const error of errors ?? []) record.codes.push(codeOf(error));
          },
        };
      },
    };
  }

  private finish(req: express.Request, res: express.Response, record: RequestRecord) {
    const status = res.writableFinished ? res.statusCode : 499;
    const durationMs = Number(process.hrtime.bigint() - record.started) / 1e6;
    const codes = record.codes.length === 0 && status >= 400 ? [`HTTP_${status}`] : record.codes;
    const outcome = codes.length === 0 ? "ok" : record.hasData ? "partial" : "error";
    const sent = (req.body as { operationName?: unknown } | undefined)?.operationName;
    const operation = record.operations.length > 1 ? "batch" : (record.operations[0] ?? (typeof sent === "string" ? sent.slice(0, 100) : null));
    this.metrics.record({ operation, outcome, codes, seconds: durationMs / 1000 });
    const identity = record.identity;
    this.logger[status >= 500 ? "error" : "info"](
      {
        requestId: record.requestId,
        traceId: record.traceId,
        operation: operation ?? undefined,
        status,
        durationMs: Math.round(durationMs * 100) / 100,
        outcome,
        errors: codes.length > 0 ? codes : undefined,
        role: identity?.role,
        accountId: identity?.kind === "account" ? identity.id : undefined,
        apiKeyId: identity?.kind === "apiKey" ? identity.id : undefined,
      },
      "request",
    );
  }
}
