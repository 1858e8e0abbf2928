import crypto from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import mysql from "mysql2/promise";
import { type Config, loadConfig } from "../config";
import type { Dialect } from "../database";

export const DIALECTS: Dialect[] = ["sqlite", "mysql"];
export const MYSQL_URL = (process.env.MYSQL_URL || "mysql://root@127.0.0.1:3306").replace(/\/+$/, "");

/** Whether a MySQL/MariaDB server answers at MYSQL_URL (asked once per test process). */
let mysqlAnswer: Promise<boolean> | undefined;
export function mysqlAvailable(): Promise<boolean> {
  mysqlAnswer ??= mysql
    .createConnection({ uri: MYSQL_URL, connectTimeout: 2000 })
    .then(async (connection) => {
      await connection.end();
      return true;
    })
    .catch(() => false);
  return mysqlAnswer;
}

export const REDIS_URL = process.env.REDIS_URL || "redis://127.0.0.1:6379";
/** Set by the jest global setup: "1" when Redis answers at REDIS_URL. */
export const REDIS_AVAILABLE_ENV = "CHANGE_LEADERS_TEST_REDIS";

/** Whether Redis answers PING at REDIS_URL within 2 s (a bare RESP exchange, no client needed). */
export function redisAvailable(): Promise<boolean> {
  const url = new URL(REDIS_URL);
  return new Promise((resolve) => {
    const socket = net.connect({ host: url.hostname || "127.0.0.1", port: Number(url.port || 6379) });
    const done = (answer: boolean) => {
      socket.destroy();
      resolve(answer);
    };
    socket.setTimeout(2000, () => done(false));
    socket.once("error", () => done(false));
    socket.once("connect", () => {
      const password = decodeURIComponent(url.password);
      socket.write(password ? `AUTH ${password}\r\nPING\r\n` : "PING\r\n");
    });
    socket.on("data", (chunk) => {
      const text = chunk.toString();
      if (text.includes("+PONG")) done(true);
      else if (text.startsWith("-")) done(false);
    });
  });
}

/**
 * A suite that needs Redis: run when one answers; skipped with a message otherwise, except under
 * CI=true, where it fails (as the MySQL runs do).
 */
export function describeWithRedis(title: string, suite: () => void) {
  if (process.env[REDIS_AVAILABLE_ENV] === "1") return describe(title, suite);
  if (process.env.CI === "true") {
    return describe(`${title} [redis]`, () => {
      it("needs the Redis server that CI provides", () => {
        throw new Error(`CI=true but no Redis server answers at ${REDIS_URL}`);
      });
    });
  }
  return describe.skip(`${title} — skipped: no Redis server at ${REDIS_URL}`, suite);
}

/** A throw-away store: a fresh SQLite folder, or a uniquely named MySQL database prefix. */
export interface TestStore {
  dialect: Dialect;
  config: Config;
  /** Removes every file or database the store made. */
  drop(): Promise<void>;
}

export function createTestStore(dialect: Dialect, overrides: Partial<Config> = {}): TestStore {
  const name = `cltest_${crypto.randomBytes(5).toString("hex")}`;
  const base = loadConfig({ NODE_ENV: "test", SEED: "demo" });
  if (dialect === "sqlite") {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `${name}-`));
    return {
      dialect,
      config: { ...base, dataDir, databaseUrl: undefined, ...overrides },
      drop: async () => fs.rmSync(dataDir, { recursive: true, force: true }),
    };
  }
  // Uploaded files go to a folder of their own on MySQL too.
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `${name}-`));
  return {
    dialect,
    config: { ...base, dataDir, databaseUrl: `${MYSQL_URL}/${name}`, ...overrides },
    drop: async () => {
      fs.rmSync(dataDir, { recursive: true, force: true });
      const connection = await mysql.createConnection(MYSQL_URL);
      try {
        const [rows] = await connection.query(`SHOW DATABASES LIKE '${name}\\_%'`);
        for (const row of rows as Record<string, string>[]) await connection.query(`DROP DATABASE IF EXISTS \`${Object.values(row)[0]}\``);
      } finally {
        await connection.end();
      }
    },
  };
}

/** Set by the jest global setup after asking the server once: "1" when MySQL answers at MYSQL_URL. */
export const MYSQL_AVAILABLE_ENV = "CHANGE_LEADERS_TEST_MYSQL";

/**
 * Runs a suite once per database: SQLite always, MySQL when a server answers. Without a server the
 * MySQL run is skipped with a message, except under CI=true, where it fails.
 */
export function describeEachDatabase(title: string, suite: (dialect: Dialect) => void) {
  for (const dialect of DIALECTS) {
    if (dialect === "mysql" && process.env[MYSQL_AVAILABLE_ENV] !== "1") {
      if (process.env.CI === "true") {
        describe(`${title} [mysql]`, () => {
          it("needs the MySQL server that CI provides", () => {
            throw new Error(`CI=true but no MySQL server answers at ${MYSQL_URL}`);
          });
        });
      } else {
        describe.skip(`${title} [mysql] — skipped: no MySQL server at ${MYSQL_URL}`, () => suite(dialect));
      }
      continue;
    }
    describe(`${title} [${dialect}]`, () => suite(dialect));
  }
}
