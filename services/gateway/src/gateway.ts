import { TELEMETRY_DISABLED } from "./no-telemetry";
import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { ApolloGateway } from "@apollo/gateway";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
  ApolloServerPluginSchemaReportingDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from "@apollo/server/plugin/disabled";
import { expressMiddleware } from "@as-integrations/express5";
import {
  type Config,
  Observability,
  type RunningServer,
  SUBGRAPHS,
  type SubgraphName,
  authenticationPlugin,
  formatServiceError,
} from "@change-leaders/common";
import express from "express";
import { CallerVerifier, sessionChangesPlugin } from "./callers";
import { type GatewayContext, createGatewayContext } from "./context";
import { documentsRouter } from "./documents";
import { filesRouter } from "./files";
import { createGatewayLimits, withLimitCodes } from "./limits";
import { operationResolution } from "./operation";
import { panelStatic } from "./panel-static";
import { Shortcut } from "./shortcut";
import { SubgraphSource } from "./subgraph-source";

export interface GatewayOptions {
  config: Config;
  supergraphSdl: string;
  /** Where each subgraph answers GraphQL (its `/ready` is beside it). */
  subgraphUrls: Record<SubgraphName, string>;
  /** The built admin panel, served at `/`; absent folders are skipped. */
  adminDir?: string;
}

export interface Gateway {
  app: express.Express;
  listen(port: number, host?: string): Promise<RunningServer>;
}

/** `/ready`: the gateway is ready when every subgraph says its database answers. */
async function readiness(urls: Record<SubgraphName, string>) {
  const checks = await Promise.all(
    SUBGRAPHS.map(async (name) => {
      try {
        const response = await fetch(urls[name].replace(/\/graphql$/, "/ready"), { signal: AbortSignal.timeout(2000) });
        return [name, response.ok ? "ready" : "unavailable"] as const;
      } catch {
        return [name, "unreachable"] as const;
      }
    }),
  );
  return { ready: checks.every(([, state]) => state === "ready"), subgraphs: Object.fromEntries(checks) };
}

/**
 * The one public endpoint: GraphQL at /graphql from the committed supergraph, the panel at /,
 * `GET /health` for the process and `GET /ready` for the whole system.
 */
export async function createGateway(options: GatewayOptions): Promise<Gateway> {
  const { config, subgraphUrls } = options;
  if (!TELEMETRY_DISABLED || process.env.APOLLO_TELEMETRY_DISABLED !== "1") throw new Error("Apollo telemetry must be disabled");
  const app = express();
  app.disable("x-powered-by");
  const httpServer = http.createServer(app);
  httpServer.keepAliveTimeout = 65_000;
  const observability = new Observability("gateway", config);
  app.use("/graphql", observability.requests);

  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl,
    buildService: ({ name }) => new SubgraphSource(subgraphUrls[name as SubgraphName], config.subgraphTimeoutMs, name),
  });
  const callers = new CallerVerifier(subgraphUrls.people, config);
  const limits = await createGatewayLimits(config, observability.logger);
  const formatError = withLimitCodes(formatServiceError("gateway", observability.logger), config.production);
  // A query one subgraph answers whole goes straight to it (shortcut.ts), unless GATEWAY_SHORTCUT=false.
  const shortcut = config.gatewayShortcut
    ? [
        new Shortcut({
          config,
          supergraphSdl: options.supergraphSdl,
          subgraphUrls,
          callers,
          observability,
          limits: {
            validationRules: limits.apollo.validationRules,
            maxTokens: limits.apollo.parseOptions.maxTokens,
            maxCost: config.queryLimits.cost,
          },
          admission: limits.admission,
          formatError,
        }).middleware,
      ]
    : [];
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    introspection: !config.production,
    includeStacktraceInErrorResponses: false,
    stopOnTerminationSignals: false,
    formatError,
    // Depth, cost, aliases, directives, tokens and login attempts (limits/); batched requests stay refused (Apollo's default).
    validationRules: limits.apollo.validationRules,
    parseOptions: limits.apollo.parseOptions,
    allowBatchedHttpRequests: false,
    plugins: [
      operationResolution<GatewayContext>(),
      ...limits.apollo.plugins,
      observability.plugin<GatewayContext>(),
      ApolloServerPluginUsageReportingDisabled(),
      ApolloServerPluginSchemaReportingDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      authenticationPlugin<GatewayContext>(),
      sessionChangesPlugin(callers),
    ],
  });
  await apollo.start();

  app.get("/health", (_req, res) => {
    res.json({ status: "ok", service: "gateway" });
  });
  app.get("/ready", async (_req, res) => {
    const state = await readiness(subgraphUrls);
    res.status(state.ready ? 200 : 503).json({ status: state.ready ? "ready" : "unavailable", ...state });
  });
  // Public-facing: a bearer METRICS_TOKEN when set; in production without one, /metrics is off.
  app.get("/metrics", observability.metrics.handler({ token: config.metricsToken, closed: config.production }));
  app.use(
    "/graphql",
    limits.beforeBody,
    limits.jsonBody,
    ...shortcut,
    expressMiddleware(apollo, { context: observability.context(async ({ req }) => createGatewayContext(req, config, callers)) }),
    limits.bodyErrors,
  );
  // Evidence: uploads and downloads, authenticated as GraphQL is (files/).
  app.use(filesRouter(config, callers, observability.logger));
  // Paperwork: Thai PDFs made from what the caller may read (documents/).
  app.use(documentsRouter(config, callers, observability.logger));
  if (options.adminDir && fs.existsSync(path.join(options.adminDir, "index.html"))) {
    // The panel: compressed as the browser accepts, hashed assets cached for a year, index.html revalidated.
    app.use(panelStatic(path.resolve(options.adminDir)));
  }

  return {
    app,
    listen: (port, host = "127.0.0.1") =>
      new Promise((resolve, reject) => {
        httpServer.once("error", reject);
        httpServer.listen(port, host, () => {
          const actual = (httpServer.address() as AddressInfo).port;
          resolve({ port: actual, url: `http://${host === "0.0.0.0" ? "localhost" : host}:${actual}/graphql`, stop: () => apollo.stop() });
        });
      }),
  };
}
