import fs from "node:fs";
import path from "node:path";
import mysql from "mysql2/promise";
import {
  DataSource,
  type DataSourceOptions,
  type EntityManager,
  type EntitySchema,
  type EntityTarget,
  type MixedList,
  type ObjectLiteral,
} from "typeorm";
import type { QueryDeepPartialEntity } from "typeorm/query-builder/QueryPartialEntity";
import type { Config } from "./config";
import { isDatabaseUnavailable } from "./errors";

export type Dialect = "sqlite" | "mysql";

/** The migrations of one subgraph, one list per dialect (generated SQL differs between them). */
export interface MigrationSet {
  sqlite: MixedList<string | (new () => unknown)>;
  mysql: MixedList<string | (new () => unknown)>;
}

export interface DataSourceSpec {
  /** The subgraph: names the SQLite file and the MySQL database suffix. */
  service: string;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: MixedList<Function | string | EntitySchema>;
  migrations: MigrationSet;
}

export const dialectOf = (config: Pick<Config, "databaseUrl">): Dialect => (config.databaseUrl ? "mysql" : "sqlite");

/** `mysql://…/NAME` → the URL of `NAME_<service>` (each subgraph has its own database). */
export function serviceDatabaseUrl(databaseUrl: string, service: string): { url: string; database: string } {
  const url = new URL(databaseUrl);
  const base = decodeURIComponent(url.pathname.replace(/^\//, "")) || "change_leaders";
  const database = `${base}_${service}`;
  if (!/^[A-Za-z0-9_]+$/.test(database)) throw new Error(`Database name "${database}" may hold only letters, digits and _`);
  url.pathname = `/${database}`;
  return { url: url.toString(), database };
}

/**
 * Creates the service's MySQL database when it is missing (utf8mb4, for Thai) and tells whether the
 * server is MariaDB, whose column metadata TypeORM reads through its own driver type.
 */
export async function ensureMysqlDatabase(databaseUrl: string, service: string): Promise<{ mariadb: boolean }> {
  const { url, database } = serviceDatabaseUrl(databaseUrl, service);
  const server = new URL(url);
  server.pathname = "/";
  const connection = await mysql.createConnection(server.toString());
  try {
    await connection.query(`CREATE DATABASE IF NOT EXISTS \`${database}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
    const [rows] = await connection.query("SELECT VERSION() AS version");
    return { mariadb: /mariadb/i.test(String((rows as { version: string }[])[0]?.version)) };
  } finally {
    await connection.end();
  }
}

/** Drops the service's MySQL database (tests clean up after themselves with it). */
export async function dropMysqlDatabase(databaseUrl: string, service: string): Promise<void> {
  const { url, database } = serviceDatabaseUrl(databaseUrl, service);
  const server = new URL(url);
  server.pathname = "/";
  const connection = await mysql.createConnection(server.toString());
  try {
    await connection.query(`DROP DATABASE IF EXISTS \`${database}\``);
  } finally {
    await connection.end();
  }
}

/** The TypeORM options of a subgraph's store: its own SQLite file, or its own MySQL database. */
export function dataSourceOptions(
  config: Pick<Config, "databaseUrl" | "dataDir">,
  spec: DataSourceSpec,
  server = { mariadb: false },
): DataSourceOptions {
  const common = { entities: spec.entities, synchronize: false, migrationsRun: false, logging: false } as const;
  if (config.databaseUrl) {
    return {
      ...common,
      type: server.mariadb ? "mariadb" : "mysql",
      url: serviceDatabaseUrl(config.databaseUrl, spec.service).url,
      migrations: spec.migrations.mysql,
      timezone: "Z",
      charset: "utf8mb4_unicode_ci",
      supportBigNumbers: true,
      bigNumberStrings: true,
      poolSize: 10,
      extra: { enableKeepAlive: true },
    };
  }
  return {
    ...common,
    type: "better-sqlite3",
    database: path.join(config.dataDir, `${spec.service}.sqlite`),
    migrations: spec.migrations.sqlite,
    enableWAL: true,
    timeout: 10_000,
    // A 64 MB page cache instead of SQLite's 2 MB: with 100,000+ leaders the indexes no longer fit in 2 MB,
    // and the 100,000-row import went from ~8,000 to ~10,500 rows/s (bench, three A/B runs). Memory only.
    // synchronous = FULL: in WAL mode SQLite's NORMAL may lose the last commits (a confirmed disbursement)
    // on power failure; FULL syncs the WAL at each commit. secure_delete = ON: deleted or anonymised
    // personal data is overwritten with zeros instead of lingering in free pages. Both are per connection,
    // so they are set each time a store is opened.
    prepareDatabase: (db: { pragma(source: string): unknown }) => {
      db.pragma(`cache_size = -${SQLITE_CACHE_KIB}`);
      db.pragma("synchronous = FULL");
      db.pragma("secure_delete = ON");
    },
  };
}

/** SQLite's page cache per store, in KiB (a negative cache_size is KiB, not pages). */
const SQLITE_CACHE_KIB = 64 * 1024;

/**
 * Runs `connect` until the database server accepts it, up to `waitMs`: services may start before their
 * database (compose, Kubernetes) and simply wait for it. Any other failure (bad password…) is at once.
 */
export async function waitForDatabase<T>(connect: () => Promise<T>, waitMs: number): Promise<T> {
  const deadline = Date.now() + waitMs;
  for (let delay = 250; ; delay = Math.min(delay * 2, 2000)) {
    try {
      return await connect();
    } catch (error) {
      if (!isDatabaseUnavailable(error) || Date.now() + delay > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}

/**
 * Opens a subgraph's store and brings its schema up to date: creates the SQLite folder or the MySQL
 * database when missing, then runs the dialect's pending migrations, each in its own transaction.
 * With `migrate: false` (MIGRATE_ON_START=false) it runs none and refuses a store that has some pending.
 */
export async function openDataSource(
  config: Pick<Config, "databaseUrl" | "dataDir"> & Partial<Pick<Config, "databaseWaitMs">>,
  spec: DataSourceSpec,
  { migrate = true }: { migrate?: boolean } = {},
): Promise<DataSource> {
  let server = { mariadb: false };
  if (config.databaseUrl) server = await waitForDatabase(() => ensureMysqlDatabase(config.databaseUrl!, spec.service), config.databaseWaitMs ?? 0);
  else fs.mkdirSync(config.dataDir, { recursive: true });
  const dataSource = new DataSource(dataSourceOptions(config, spec, server));
  await dataSource.initialize();
  try {
    if (dataSource.options.type === "better-sqlite3") await dataSource.query("PRAGMA foreign_keys = ON");
    if (migrate) await dataSource.runMigrations({ transaction: "each" });
    else if (await dataSource.showMigrations()) {
      throw new Error(`The ${spec.service} database has pending migrations: run the migration step first (main.js --migrate-only)`);
    }
  } catch (error) {
    await dataSource.destroy();
    throw error;
  }
  return dataSource;
}

/** Inserts many rows in chunks (one statement per chunk), inside the given manager's transaction. */
export async function insertInChunks<E extends ObjectLiteral>(
  manager: EntityManager,
  target: EntityTarget<E>,
  rows: QueryDeepPartialEntity<E>[],
  chunkSize = 500,
): Promise<void> {
  for (let i = 0; i < rows.length; i += chunkSize) {
    await manager
      .createQueryBuilder()
      .insert()
      .into(target)
      .values(rows.slice(i, i + chunkSize))
      .execute();
  }
}
