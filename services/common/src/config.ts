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
  rateLimit: { perKey: number; loginAttempts: number; loginFailuresPerAccount: number; windowMs: number };
  /** The gateway's refusal thresholds for a GraphQL document (`MAX_QUERY_*`). */
  queryLimits: QueryLimits;
  /** Where uploaded evidence is kept and how big an upload may be (files/). */
  files: FilesConfig;
}

export interface FilesConfig {
  /** `UPLOAD_MAX_BYTES` (default 20 MiB): a bigger upload is refused with FILE_TOO_LARGE and nothing is kept. */
  maxBytes: number;
  /** `FILE_LINK_TTL_SECONDS` (default 600): how long a signed download link works. */
  linkTtlSeconds: number;
  /** S3-compatible object storage (`S3_BUCKET` set); unset = files under DATA_DIR/files. */
  s3?: S3Config;
}

export interface S3Config {
  bucket: string;
  /** `S3_ENDPOINT`, e.g. http://minio:9000; unset = AWS's own endpoint for the region. */
  endpoint?: string;
  region: string;
  accessKeyId?: string;
  secretAccessKey?: string;
  /** `S3_FORCE_PATH_STYLE` (default true when an endpoint is set: MinIO and most S3-compatible servers). */
  forcePathStyle: boolean;
}

/** MinIO's and AWS's published example credentials: production refuses them. */
const PUBLISHED_S3_SECRETS = /^(minioadmin|AKIAIOSFODNN7EXAMPLE|wJalrXUtnFEMI\/K7MDENG\/bPxRfiCYEXAMPLEKEY)$/;

/** The file store from the environment; production must keep files on object storage unless FILE_STORE=local says otherwise. */
function filesConfigFrom(env: NodeJS.ProcessEnv, production: boolean): FilesConfig {
  const bucket = env.S3_BUCKET || undefined;
  if (production && !bucket && env.FILE_STORE !== "local") {
    throw new ConfigError(
      "S3_BUCKET is required in production (uploaded evidence must outlive a pod); set FILE_STORE=local to keep files under DATA_DIR",
    );
  }
  const s3: S3Config | undefined = bucket
    ? {
        bucket,
        endpoint: env.S3_ENDPOINT || undefined,
        region: env.S3_REGION || "us-east-1",
        accessKeyId: env.S3_ACCESS_KEY_ID || undefined,
        secretAccessKey: env.S3_SECRET_ACCESS_KEY || undefined,
        forcePathStyle: env.S3_FORCE_PATH_STYLE ? env.S3_FORCE_PATH_STYLE !== "false" : Boolean(env.S3_ENDPOINT),
      }
    : undefined;
  if (
    production &&
    s3 &&
    [s3.accessKeyId, s3.secretAccessKey].some((value) => value && (PUBLISHED_S3_SECRETS.test(value) || PUBLISHED_SECRET.test(value)))
  ) {
    throw new ConfigError("S3_ACCESS_KEY_ID / S3_SECRET_ACCESS_KEY are published demo values; production needs its own credentials");
  }
  return {
    maxBytes: Math.max(1024, intFrom(env, "UPLOAD_MAX_BYTES", 20 * 1024 * 1024)),
    linkTtlSeconds: Math.max(10, intFrom(env, "FILE_LINK_TTL_SECONDS", 600)),
    s3,
  };
}

export interface QueryLimits {
  depth: number;
  cost: number;
  /** The cost one gateway lets run in the subgraphs at once (heavier documents wait their turn). */
  costInFlight: number;
  aliases: number;
  tokens: number;
  directives: number;
}

/** The password demo mode uses when ADMIN_PASSWORD is not given; production refuses it. */
export const DEMO_PASSWORD = "demo-changeleaders";
const DEMO_JWT_SECRET = "change-leaders-demo-secret-not-for-production";

/**
 * Secrets and passwords published with the code (the demo defaults, docker/.env.example,
 * docker/k8s/secret.template.yaml) or shaped like a placeholder: anyone who read the repository
 * knows them, so production refuses to start with one.
 */
const PUBLISHED_SECRET = /demo|change[-_ ]?me|replace[-_ ]?me|not[-_ ]for[-_ ]production|example|placeholder/i;
const PUBLISHED_PASSWORDS: ReadonlySet<string> = new Set([DEMO_PASSWORD, "change-me-first-admin-password"]);
/** The least a production secret must be: long and not one character repeated (`aaaa…`). */
const MIN_SECRET_LENGTH = 32;
const MIN_SECRET_DISTINCT_CHARACTERS = 10;
/** The first admin's password in production; the account policy applies to every later one. */
const MIN_ADMIN_PASSWORD_LENGTH = 12;

/** Why production must not start with this JWT secret, or undefined when it may. */
export function productionSecretProblem(secret: string): string | undefined {
  if (secret.length < MIN_SECRET_LENGTH) return `JWT_SECRET of at least ${MIN_SECRET_LENGTH} characters is required in production`;
  if (secret === DEMO_JWT_SECRET || PUBLISHED_SECRET.test(secret)) {
    return "JWT_SECRET is a published demo or placeholder value; production needs its own random secret (openssl rand -hex 32)";
  }
  if (new Set(secret).size < MIN_SECRET_DISTINCT_CHARACTERS)
    return "JWT_SECRET is too regular to be a secret; use a random one (openssl rand -hex 32)";
  return undefined;
}

/** Why production must not make its first admin with this password, or undefined when it may. */
export function productionAdminPasswordProblem(password: string | undefined): string | undefined {
  if (password === undefined) return undefined;
  if (PUBLISHED_PASSWORDS.has(password) || /demo|change[-_ ]?me|replace[-_ ]?me/i.test(password)) {
    return "ADMIN_PASSWORD must not be the demo password or a published placeholder in production";
  }
  if (password.trim().length < MIN_ADMIN_PASSWORD_LENGTH)
    return `ADMIN_PASSWORD must have at least ${MIN_ADMIN_PASSWORD_LENGTH} characters in production`;
  return undefined;
}

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
  // Production never makes the demo logins (they share a published password) nor demo data.
  const seed = (env.SEED || (production ? "none" : "demo")) as SeedMode;
  if (seed !== "demo" && seed !== "none") throw new ConfigError(`SEED must be "demo" or "none", got "${seed}"`);
  if (production && seed === "demo") throw new ConfigError("SEED=demo is refused in production: the demo logins share a published password");
  const databaseUrl = env.DATABASE_URL || undefined;
  if (databaseUrl && !/^mysql:\/\//.test(databaseUrl)) {
    throw new ConfigError("DATABASE_URL must start with mysql:// (leave it unset for the embedded SQLite store)");
  }
  const jwtSecret = env.JWT_SECRET || (production ? "" : DEMO_JWT_SECRET);
  const secretProblem = production ? productionSecretProblem(jwtSecret) : undefined;
  if (secretProblem) throw new ConfigError(secretProblem);
  const adminPassword = env.ADMIN_PASSWORD || (production ? undefined : DEMO_PASSWORD);
  const passwordProblem = production ? productionAdminPasswordProblem(adminPassword) : undefined;
  if (passwordProblem) throw new ConfigError(passwordProblem);
  const maxCost = Math.max(1, intFrom(env, "MAX_QUERY_COST", 10_000));
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
      loginFailuresPerAccount: Math.max(1, intFrom(env, "LOGIN_FAILURES_PER_ACCOUNT", 50)),
      windowMs: 60_000,
    },
    // Sized from the panel's and the tests' own queries (deepest: depth 6; costliest: a page of 500 nominations for the panel's CSV export, 6,001 objects; a panel lookup of 100 records: 100 aliases, 4,104 tokens).
    queryLimits: {
      depth: Math.max(1, intFrom(env, "MAX_QUERY_DEPTH", 8)),
      cost: maxCost,
      costInFlight: Math.max(maxCost, intFrom(env, "MAX_COST_IN_FLIGHT", maxCost)),
      aliases: intFrom(env, "MAX_QUERY_ALIASES", 100),
      tokens: Math.max(1, intFrom(env, "MAX_QUERY_TOKENS", 5000)),
      directives: intFrom(env, "MAX_QUERY_DIRECTIVES", 10),
    },
    files: filesConfigFrom(env, production),
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
