import path from "node:path";
import type { DestinationStream } from "pino";

/** The services of the system and the port offset of each from the gateway's PORT. */
export const SUBGRAPHS = ["people", "activities", "evaluation"] as const;
export type SubgraphName = (typeof SUBGRAPHS)[number];

export type SeedMode = "demo" | "none";

export interface Config {
  nodeEnv: string;
  production: boolean;
  /** The gateway's port; subgraph N listens on port + N unless told otherwise. */
  port: number;
  dataDir: string;
  /** `mysql://user:pass@host:3306/NAME`; unset means embedded SQLite under dataDir. */
  databaseUrl?: string;
  seed: SeedMode;
  adminUsername: string;
  adminPassword?: string;
  jwtSecret: string;
  /** How long a login token lives, in seconds. */
  tokenTtlSeconds: number;
  /** How long the gateway waits for a subgraph before answering with partial data. */
  subgraphTimeoutMs: number;
  /**
   * `GATEWAY_SHORTCUT` (default true): the gateway forwards a query one subgraph answers whole straight
   * to it (services/gateway/src/shortcut.ts); false sends every operation through Apollo's query plan.
   */
  gatewayShortcut: boolean;
  /** How long a service waits at start for its database to accept connections (`DATABASE_WAIT_MS`). */
  databaseWaitMs: number;
  /** Where each subgraph answers, when known in process (tests); else `<NAME>_URL` or the port rule. */
  subgraphUrls?: Partial<Record<SubgraphName, string>>;
  /** pino's level for the JSON logs (`LOG_LEVEL`); `silent` under NODE_ENV=test unless set. */
  logLevel: string;
  /** Where the logs go when not stdout (tests read the lines from a stream). */
  logDestination?: DestinationStream;
  /** When set, `/metrics` answers only `Authorization: Bearer <METRICS_TOKEN>`. */
  metricsToken?: string;
  /** PDPA: days a WITHDRAWN leader keeps personal data before the retention job anonymises it (people). */
  leaderRetentionDays: number;
  /** Minutes between runs of the retention job inside the people process; 0 = not scheduled in process. */
  retentionIntervalMinutes: number;
  /**
   * `MIGRATE_ON_START` (default true): a service runs its pending migrations and seed on start. False
   * when a migration step runs them first (compose's `migrate`, the Kubernetes Job): the service then
   * refuses to start on a store with migrations pending.
   */
  migrateOnStart: boolean;
  /** The gateway's shared rate-limit counters (`REDIS_URL`); unset = in-process counters (refused in production). */
  redisUrl?: string;
  /** Requests per API key per window (`RATE_LIMIT_PER_MINUTE`), and login attempts per username and address. */
  rateLimit: { perKey: number; loginAttempts: number; windowMs: number };
  /** The gateway's refusal thresholds for a GraphQL document (`MAX_QUERY_*`). */
  queryLimits: QueryLimits;
}

export interface QueryLimits {
  depth: number;
  cost: number;
  aliases: number;
  tokens: number;
  directives: number;
}

/** The password demo mode uses when ADMIN_PASSWORD is not given; production refuses it. */
export const DEMO_PASSWORD = "demo-changeleaders";
const DEMO_JWT_SECRET = "change-leaders-demo-secret-not-for-production";

export class ConfigError extends Error {}

function intFrom(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new ConfigError(`${name} must be a whole number, got "${raw}"`);
  return value;
}

const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"];

function logLevelFrom(env: NodeJS.ProcessEnv, nodeEnv: string): string {
  const level = env.LOG_LEVEL || (nodeEnv === "test" ? "silent" : "info");
  if (!LOG_LEVELS.includes(level)) throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(", ")}, got "${level}"`);
  return level;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const nodeEnv = env.NODE_ENV ?? "development";
  const production = nodeEnv === "production";
  const seed = (env.SEED ?? "demo") as SeedMode;
  if (seed !== "demo" && seed !== "none") throw new ConfigError(`SEED must be "demo" or "none", got "${seed}"`);
  const databaseUrl = env.DATABASE_URL || undefined;
  if (databaseUrl && !/^mysql:\/\//.test(databaseUrl)) {
    throw new ConfigError("DATABASE_URL must start with mysql:// (leave it unset for the embedded SQLite store)");
  }
  const jwtSecret = env.JWT_SECRET || (production ? "" : DEMO_JWT_SECRET);
  if (production && jwtSecret.length < 32) throw new ConfigError("JWT_SECRET of at least 32 characters is required in production");
  const adminPassword = env.ADMIN_PASSWORD || (production ? undefined : DEMO_PASSWORD);
  if (production && adminPassword === DEMO_PASSWORD) throw new ConfigError("ADMIN_PASSWORD must not be the demo password in production");
  return {
    nodeEnv,
    production,
    port: intFrom(env, "PORT", 4000),
    dataDir: path.resolve(env.DATA_DIR || "data"),
    databaseUrl,
    seed,
    adminUsername: env.ADMIN_USERNAME || "admin",
    adminPassword,
    jwtSecret,
    tokenTtlSeconds: intFrom(env, "TOKEN_TTL_SECONDS", 8 * 3600),
    subgraphTimeoutMs: intFrom(env, "SUBGRAPH_TIMEOUT_MS", 10_000),
    gatewayShortcut: env.GATEWAY_SHORTCUT !== "false",
    databaseWaitMs: intFrom(env, "DATABASE_WAIT_MS", 60_000),
    logLevel: logLevelFrom(env, nodeEnv),
    metricsToken: env.METRICS_TOKEN || undefined,
    leaderRetentionDays: Math.max(1, intFrom(env, "LEADER_RETENTION_DAYS", 730)),
    retentionIntervalMinutes: intFrom(env, "RETENTION_INTERVAL_MINUTES", 0),
    migrateOnStart: env.MIGRATE_ON_START !== "false",
    redisUrl: env.REDIS_URL || undefined,
    rateLimit: {
      perKey: Math.max(1, intFrom(env, "RATE_LIMIT_PER_MINUTE", 600)),
      loginAttempts: Math.max(1, intFrom(env, "LOGIN_ATTEMPTS_PER_MINUTE", 10)),
      windowMs: 60_000,
    },
    // Sized from the panel's and the bench's own queries (deepest: depth 6, cost 184; a panel lookup of 100 records: 100 aliases, cost 5,225, 4,104 tokens).
    queryLimits: {
      depth: Math.max(1, intFrom(env, "MAX_QUERY_DEPTH", 8)),
      cost: Math.max(1, intFrom(env, "MAX_QUERY_COST", 6000)),
      aliases: intFrom(env, "MAX_QUERY_ALIASES", 100),
      tokens: Math.max(1, intFrom(env, "MAX_QUERY_TOKENS", 5000)),
      directives: intFrom(env, "MAX_QUERY_DIRECTIVES", 10),
    },
  };
}

/** The port of a subgraph: `<NAME>_PORT` when set, else the gateway's port plus its place (1, 2, 3). */
export function subgraphPort(config: Config, name: SubgraphName, env: NodeJS.ProcessEnv = process.env): number {
  const own = env[`${name.toUpperCase()}_PORT`];
  if (own) return Number(own);
  return config.port + SUBGRAPHS.indexOf(name) + 1;
}

/** Where a subgraph answers: as configured in process, else `<NAME>_URL`, else localhost on its port. */
export function subgraphUrl(config: Config, name: SubgraphName, env: NodeJS.ProcessEnv = process.env): string {
  return config.subgraphUrls?.[name] || env[`${name.toUpperCase()}_URL`] || `http://127.0.0.1:${subgraphPort(config, name, env)}/graphql`;
}
