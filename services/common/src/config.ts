import path from "node:path";

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
  /** Where each subgraph answers, when known in process (tests); else `<NAME>_URL` or the port rule. */
  subgraphUrls?: Partial<Record<SubgraphName, string>>;
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
