import http from "node:http";
import type { AddressInfo } from "node:net";
import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from "@apollo/server/plugin/disabled";
import { unwrapResolverError } from "@apollo/server/errors";
import { expressMiddleware } from "@as-integrations/express5";
import express from "express";
import type { GraphQLError, GraphQLFormattedError, GraphQLSchema } from "graphql";
import type { DataSource } from "typeorm";
import type { Config } from "./config";
import { authenticationPlugin } from "./auth";
import { createRequestContext, type RequestContext } from "./context";
import { ERROR_CODES, isDatabaseUnavailable, isUniqueViolation, unauthenticatedRequest } from "./errors";
import { IDENTITY_HEADER, verifySubgraphIdentity } from "./identity";
import { redactPersonalText } from "./need-to-know";
import { type Logger, Observability, requestIdOf } from "./observability";

export interface RunningServer {
  url: string;
  port: number;
  stop(): Promise<void>;
}

export interface ServiceServer {
  app: express.Express;
  httpServer: http.Server;
  /** The service's logger and metrics (`/metrics`). */
  observability: Observability;
  listen(port: number, host?: string): Promise<RunningServer>;
}

/** The largest request body a service accepts (a 100,000-row leader CSV fits). */
export const MAX_BODY = "50mb";

/** Codes a client may see; anything else is masked as INTERNAL_SERVER_ERROR. */
const PUBLIC_CODES = new Set<string>([
  ...Object.keys(ERROR_CODES),
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_REQUEST",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
  "OPERATION_RESOLUTION_FAILURE",
]);

/**
 * Keeps the errors a user can act on and masks everything else: no SQL, no stack trace, no URL
 * leaves a service. A unique-key violation that escaped a service still reads as CONFLICT.
 */
export function formatServiceError(service: string, logger?: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = String(formatted.extensions?.code ?? "");
    const original = unwrapResolverError(error);
    if (PUBLIC_CODES.has(code) && code !== "INTERNAL_SERVER_ERROR") {
      const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    // Apollo refuses some requests with an HTTP 4xx and no code of their own (a persisted query whose hash
    // does not match), which it then reports as INTERNAL_SERVER_ERROR: they are the client's to fix.
    const refused = original as GraphQLError | undefined;
    const status = (refused?.extensions?.http as { status?: number } | undefined)?.status;
    if (refused?.extensions?.code === undefined && status !== undefined && status >= 400 && status < 500) {
      return { message: formatted.message, extensions: { code: "BAD_REQUEST" } };
    }
    if (isUniqueViolation(original)) {
      return {
        message: "A record with the same key already exists",
        path: formatted.path,
        extensions: { code: "CONFLICT", messageTh: ERROR_CODES.CONFLICT.th },
      };
    }
    const detail = redactPersonalText(String((original as Error)?.stack ?? original));
    if (isDatabaseUnavailable(original)) {
      logger?.warn({ error: redactPersonalText(String((original as Error)?.message ?? original)), path: formatted.path }, "database unavailable");
      return {
        message: ERROR_CODES.DATABASE_UNAVAILABLE.en,
        path: formatted.path,
        extensions: { code: "DATABASE_UNAVAILABLE", service, messageTh: ERROR_CODES.DATABASE_UNAVAILABLE.th },
      };
    }
    if (logger) logger.error({ error: detail, path: formatted.path }, "masked error");
    else console.error(JSON.stringify({ level: "error", service, msg: "masked error", error: detail }));
    return {
      message: ERROR_CODES.INTERNAL_SERVER_ERROR.en,
      path: formatted.path,
      extensions: { code: "INTERNAL_SERVER_ERROR", messageTh: ERROR_CODES.INTERNAL_SERVER_ERROR.th },
    };
  };
}

/** The identity the gateway signed for this request, or null for an anonymous one. */
export function identityFromHeaders(headers: http.IncomingHttpHeaders, config: Config) {
  const token = headers[IDENTITY_HEADER];
  if (typeof token !== "string" || token === "") return null;
  try {
    return verifySubgraphIdentity(token, config.jwtSecret);
  } catch (error) {
    throw unauthenticatedRequest((error as Error).message);
  }
}

export interface SubgraphServerOptions {
  name: string;
  schema: GraphQLSchema;
  dataSource: DataSource;
  config: Config;
  plugins?: ApolloServerPlugin<RequestContext>[];
}

/** A subgraph: GraphQL at /graphql, `GET /health` for the process, `GET /ready` for its database. */
export async function createSubgraphServer(options: SubgraphServerOptions): Promise<ServiceServer> {
  const { name, schema, dataSource, config } = options;
  const app = express();
  app.disable("x-powered-by");
  const httpServer = http.createServer(app);
  httpServer.keepAliveTimeout = 65_000;
  const observability = new Observability(name, config, dataSource);
  const apollo = new ApolloServer<RequestContext>({
    schema,
    introspection: !config.production,
    includeStacktraceInErrorResponses: false,
    stopOnTerminationSignals: false,
    formatError: formatServiceError(name, observability.logger),
    plugins: [
      observability.plugin<RequestContext>(),
      ApolloServerPluginInlineTraceDisabled(),
      ApolloServerPluginLandingPageDisabled(),
      // No cache hints are used: without this, Apollo's cache-control plugin hooks every resolved field.
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      authenticationPlugin<RequestContext>(),
      ...(options.plugins ?? []),
    ],
  });
  await apollo.start();

  app.get("/health", (_req, res) => {
    res.json({ status: "ok", service: name });
  });
  app.get("/ready", async (_req, res) => {
    try {
      await dataSource.query("SELECT 1");
      res.json({ status: "ready", service: name, database: dataSource.options.type });
    } catch {
      res.status(503).json({ status: "unavailable", service: name, database: dataSource.options.type });
    }
  });
  app.get("/metrics", observability.metrics.handler({ token: config.metricsToken }));
  app.use(
    "/graphql",
    observability.requests,
    express.json({ limit: MAX_BODY }),
    expressMiddleware(apollo, {
      context: observability.context(async ({ req }) =>
        createRequestContext({
          identity: identityFromHeaders(req.headers, config),
          requestId: requestIdOf(req),
          dataSource,
          config,
        }),
      ),
    }),
  );

  return {
    app,
    httpServer,
    observability,
    listen: (port, host = "127.0.0.1") =>
      new Promise((resolve, reject) => {
        httpServer.once("error", reject);
        httpServer.listen(port, host, () => {
          const actual = (httpServer.address() as AddressInfo).port;
          resolve({
            port: actual,
            url: `http://${host}:${actual}/graphql`,
            stop: async () => {
              await apollo.stop();
            },
          });
        });
      }),
  };
}
