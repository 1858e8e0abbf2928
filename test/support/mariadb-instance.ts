import { type ChildProcess, execFile, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import mysql from "mysql2/promise";
import { freePortBlock } from "./processes";

const MARIADBD = "/usr/sbin/mariadbd";
const INSTALL_DB = ["/usr/bin/mariadb-install-db", "/usr/bin/mysql_install_db"].find((file) => fs.existsSync(file));

/** Why a private MariaDB cannot run here, or undefined when it can. Under CI=true a missing binary is a failure, not a skip. */
export function mariadbMissing(): string | undefined {
  if (fs.existsSync(MARIADBD) && INSTALL_DB) return undefined;
  const reason = `${MARIADBD} or mariadb-install-db is missing`;
  if (process.env.CI === "true") throw new Error(`${reason}; CI must run the database fault tests`);
  return reason;
}

/**
 * A MariaDB server of the test's own (its data folder, port and process), so the test may kill and
 * restart it without disturbing the shared one other tests use. root over 127.0.0.1, no password.
 */
export class MariaDBInstance {
  private server?: ChildProcess;
  private log = "";

  private constructor(
    readonly dir: string,
    readonly port: number,
  ) {}

  /** A fresh data folder on a free port; the server is not started yet (see `start`). */
  static async create(): Promise<MariaDBInstance> {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cl-mariadb-"));
    const instance = new MariaDBInstance(dir, await freePortBlock(1));
    fs.mkdirSync(path.join(dir, "tmp"));
    // Its own tmpdir: two instances made at once in the shared /tmp collide on temporary tables.
    await promisify(execFile)(INSTALL_DB!, [
      "--no-defaults",
      `--tmpdir=${path.join(dir, "tmp")}`,
      `--datadir=${path.join(dir, "data")}`,
      "--auth-root-authentication-method=normal",
      "--skip-test-db",
      "--user=root",
    ]);
    return instance;
  }

  /** `mysql://root@127.0.0.1:<port>/<database>`. */
  url(database: string): string {
    return `mysql://root@127.0.0.1:${this.port}/${database}`;
  }

  /** Starts the server on the same folder and port as before; resolves when it answers a query. */
  async start(timeoutMs = 30_000): Promise<void> {
    this.server = spawn(
      MARIADBD,
      [
        "--no-defaults",
        `--datadir=${path.join(this.dir, "data")}`,
        `--port=${this.port}`,
        `--tmpdir=${path.join(this.dir, "tmp")}`,
        `--socket=${path.join(this.dir, "sock")}`,
        `--pid-file=${path.join(this.dir, "pid")}`,
        "--bind-address=127.0.0.1",
        "--user=root",
        "--skip-log-bin",
        "--innodb-buffer-pool-size=64M",
        "--max-connections=200",
      ],
      { stdio: ["ignore", "pipe", "pipe"] },
    );
    this.server.stdout!.on("data", (chunk) => (this.log += chunk));
    this.server.stderr!.on("data", (chunk) => (this.log += chunk));
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      if (this.server.exitCode !== null) throw new Error(`mariadbd exited ${this.server.exitCode}:\n${this.log}`);
      try {
        const connection = await mysql.createConnection({ host: "127.0.0.1", port: this.port, user: "root" });
        await connection.query("SELECT 1");
        await connection.end();
        return;
      } catch {
        if (Date.now() > deadline) throw new Error(`mariadbd did not answer within ${timeoutMs} ms:\n${this.log}`);
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    }
  }

  /** Kills the server as a crash or an OOM kill would (SIGKILL), and waits for the process to be gone. */
  async kill(): Promise<void> {
    const server = this.server;
    if (!server || server.exitCode !== null || server.signalCode !== null) return;
    const gone = new Promise((resolve) => server.once("exit", resolve));
    server.kill("SIGKILL");
    await gone;
  }

  /** Kills the server and removes its folder. */
  async remove(): Promise<void> {
    await this.kill();
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}
