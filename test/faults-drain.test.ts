import { DEMO_PASSWORD } from "@change-leaders/common";
import { bearer, graphql } from "@change-leaders/common/testing";
import mysql from "mysql2/promise";
import { MariaDBInstance, mariadbMissing } from "./support/mariadb-instance";
import { type Launched, exitCode, freePortBlock, isListening, launchService, waitForReady } from "./support/processes";

/**
 * SIGTERM (a rolling update, a scale-down) drains: a request already in flight gets its full answer,
 * new connections are refused at once, and the process exits 0 within a bound. The request is held in
 * flight by a table lock the test takes on the people database, so "slow" is exact, not a guess.
 */
const EXIT_BOUND_MS = 5_000;
const SUBGRAPHS = ["people", "activities", "evaluation"] as const;
const TAMBONS = `{ tambons(filter: { provinceCode: "22" }, page: { limit: 10 }) { totalCount nodes { code nameTh events { totalCount } nominations { totalCount } } } }`;
interface Tambons {
  tambons: { totalCount: number; nodes: { nameTh: string; events: { totalCount: number } | null; nominations: { totalCount: number } | null }[] };
}

const missing = mariadbMissing();
if (missing) console.warn(`faults-drain skipped: ${missing}`);

(missing ? describe.skip : describe)("SIGTERM with a request in flight", () => {
  let db: MariaDBInstance;
  let port: number;
  let env: Record<string, string>;
  let headers: Record<string, string>;
  const services: Record<string, Launched> = {};
  const gateway = () => `http://127.0.0.1:${port}`;

  beforeAll(async () => {
    db = await MariaDBInstance.create();
    await db.start();
    port = await freePortBlock();
    env = {
      PORT: String(port),
      HOST: "127.0.0.1",
      DATABASE_URL: db.url("cl_drain"),
      SEED: "none",
      ADMIN_PASSWORD: "",
      SUBGRAPH_TIMEOUT_MS: "10000",
      LOG_LEVEL: "warn",
    };
    for (const name of SUBGRAPHS) services[name] = launchService(name, env);
    await Promise.all(SUBGRAPHS.map((name, i) => waitForReady(`http://127.0.0.1:${port + i + 1}/ready`, services[name])));
    services.gateway = launchService("gateway", env);
    await waitForReady(`${gateway()}/ready`, services.gateway);
    const login = await graphql<{ login: { token: string } }>(
      `${gateway()}/graphql`,
      `mutation { login(username: "admin", password: "${DEMO_PASSWORD}") { token } }`,
    );
    headers = bearer(login.data!.login.token);
  }, 90_000);

  afterAll(async () => {
    for (const launched of Object.values(services)) {
      if (launched.child.exitCode === null) launched.child.kill("SIGKILL");
      await launched.exited;
    }
    await db?.remove();
  });

  /**
   * Holds the people subgraph's tambon reads behind a write lock, starts the query, signals `target`,
   * checks that `targetPort` refuses new connections while the query waits, then lets the query finish.
   */
  async function drainWhileInFlight(target: Launched, targetPort: number) {
    const lock = await mysql.createConnection(db.url("cl_drain_people"));
    await lock.query("LOCK TABLES tambon WRITE");
    let released = false;
    try {
      const inFlight = graphql<Tambons>(`${gateway()}/graphql`, TAMBONS, {}, headers);
      await new Promise((resolve) => setTimeout(resolve, 700));
      const signalledAt = Date.now();
      target.child.kill("SIGTERM");
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(await isListening(targetPort)).toBe(false);
      expect(target.child.exitCode).toBeNull();
      await lock.query("UNLOCK TABLES");
      released = true;
      const answer = await inFlight;
      expect(answer.errors).toBeUndefined();
      expect(answer.data!.tambons.totalCount).toBe(76);
      expect(answer.data!.tambons.nodes.every((t) => t.nameTh && t.events && t.nominations)).toBe(true);
      expect(await exitCode(target, EXIT_BOUND_MS)).toBe(0);
      return Date.now() - signalledAt;
    } finally {
      if (!released) await lock.query("UNLOCK TABLES");
      await lock.end();
    }
  }

  it("a subgraph finishes the request it is serving, refuses new connections, and exits 0", async () => {
    await drainWhileInFlight(services.people, port + 1);
    services.people = launchService("people", env);
    await waitForReady(`http://127.0.0.1:${port + 1}/ready`, services.people);
  });

  it("the gateway finishes the request it is serving, refuses new connections, and exits 0", async () => {
    await drainWhileInFlight(services.gateway, port);
  });
});
