import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";
import Database from "better-sqlite3";
import mysql from "mysql2/promise";
import { IDENTITY_HEADER, Role, serviceDatabaseUrl, signSubgraphIdentity } from "@change-leaders/common";
import { type TestStore, createTestStore, describeEachDatabase, errorCodes, graphql } from "@change-leaders/common/testing";
import { DEMO_EXCELLENT_AWARD_ID } from "@change-leaders/evaluation";
import { ROOT, freePortBlock, waitForOutput } from "./support/processes";

/**
 * SPEC section 5.1 under a fault: the evaluation subgraph is killed with SIGKILL in the middle of a
 * burst of disbursements and restarted on the same store. Every disbursement either exists whole (its
 * row, its history, its share of the award's ledger) or not at all, and resending the whole burst with
 * the same idempotency keys records each key exactly once.
 */
describeEachDatabase("evaluation: SIGKILL in the middle of a burst of disbursements", (dialect) => {
  let store: TestStore;
  let port: number;
  let child: { process: ChildProcess; output: () => string } | undefined;

  const start = async () => {
    let output = "";
    const process_ = spawn(process.execPath, [path.join(ROOT, "services/evaluation/dist/main.js")], {
      cwd: ROOT,
      env: {
        ...process.env,
        NODE_ENV: "test",
        LOG_LEVEL: "info", // the "listening" line is what the test waits for
        SEED: "demo",
        EVALUATION_PORT: String(port),
        PORT: String(port - 3),
        DATA_DIR: store.config.dataDir,
        DATABASE_URL: store.config.databaseUrl ?? "",
        JWT_SECRET: store.config.jwtSecret,
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    process_.stdout!.on("data", (chunk) => (output += chunk));
    process_.stderr!.on("data", (chunk) => (output += chunk));
    child = { process: process_, output: () => output };
    await waitForOutput({ child: process_, output: () => output, exited: new Promise(() => undefined) }, /"listening"/, 60_000);
  };

  beforeAll(async () => {
    store = createTestStore(dialect);
    port = (await freePortBlock()) + 3;
  });
  afterAll(async () => {
    child?.process.kill("SIGKILL");
    await store?.drop();
  });

  it("leaves no partial disbursement, keeps the ledger equal to its rows, and records each key once after a restart", async () => {
    await start();
    const url = `http://127.0.0.1:${port}/graphql`;
    const budget = {
      [IDENTITY_HEADER]: signSubgraphIdentity(
        { kind: "account", id: "crash-budget", name: "budget", role: Role.BUDGET_OFFICER },
        store.config.jwtSecret,
      ),
    };
    const keys = Array.from({ length: 200 }, (_, i) => `crash-${dialect}-${i}`);
    const send = (key: string) =>
      graphql<{ recordDisbursement: { id: string } }>(
        url,
        RECORD,
        { input: { awardId: DEMO_EXCELLENT_AWARD_ID, amount: "1000.00", purpose: "burst", reference: key, idempotencyKey: key } },
        budget,
      );

    let answered = 0;
    const burst = keys.map((key) =>
      send(key).then(
        (answer) => {
          answered++;
          return answer.data?.recordDisbursement?.id ?? null;
        },
        () => null,
      ),
    );
    while (answered < 20) await new Promise((resolve) => setTimeout(resolve, 2));
    child!.process.kill("SIGKILL");
    const outcomes = await Promise.all(burst);
    const confirmed = outcomes.filter((id): id is string => id !== null);
    expect(confirmed.length).toBeGreaterThanOrEqual(20);
    expect(confirmed.length).toBeLessThan(keys.length);

    const afterCrash = await readLedger(store);
    expect(afterCrash.ledgerSatang).toBe(afterCrash.liveSumSatang);
    expect(afterCrash.withoutHistory).toBe(0);
    for (const id of confirmed) expect(afterCrash.ids.has(id)).toBe(true);

    await start();
    for (let i = 0; i < keys.length; i += 20) {
      const answers = await Promise.all(keys.slice(i, i + 20).map(send));
      for (const answer of answers) expect(errorCodes(answer)).toEqual([]);
    }
    const afterRetry = await readLedger(store);
    expect(afterRetry.crashRows).toBe(keys.length);
    expect(afterRetry.ledgerSatang).toBe(afterRetry.liveSumSatang);
    expect(afterRetry.ledgerSatang).toBe(58_000_000n + 20_000_000n);
    expect(afterRetry.ledgerSatang).toBeLessThanOrEqual(afterRetry.amountSatang);
    expect(afterRetry.withoutHistory).toBe(0);
    child!.process.kill("SIGKILL");
  }, 120_000);
});

/** What the evaluation store holds for the demo EXCELLENT award, read straight from its tables. */
async function readLedger(store: TestStore) {
  const sql = {
    award: "SELECT amount_satang AS amount, disbursed_satang AS disbursed FROM award WHERE id = ?",
    live: "SELECT COALESCE(SUM(amount_satang), 0) AS total FROM disbursement WHERE award_id = ? AND status <> 'CANCELLED'",
    ids: "SELECT id, idempotency_key AS k FROM disbursement WHERE award_id = ?",
    orphans:
      "SELECT COUNT(*) AS n FROM disbursement d WHERE NOT EXISTS (SELECT 1 FROM history_entry h WHERE h.entity_name = 'Disbursement' AND h.entity_id = d.id) AND d.idempotency_key NOT LIKE 'demo-%'",
  };
  let rows: { award: { amount: unknown; disbursed: unknown }; live: unknown; ids: { id: string; k: string }[]; orphans: unknown };
  if (store.config.databaseUrl) {
    const connection = await mysql.createConnection(serviceDatabaseUrl(store.config.databaseUrl, "evaluation").url);
    try {
      const q = async <T>(text: string) => (await connection.query(text, [DEMO_EXCELLENT_AWARD_ID]))[0] as T[];
      rows = {
        award: (await q<{ amount: unknown; disbursed: unknown }>(sql.award))[0],
        live: (await q<{ total: unknown }>(sql.live))[0].total,
        ids: await q<{ id: string; k: string }>(sql.ids),
        orphans: (await q<{ n: unknown }>(sql.orphans))[0].n,
      };
    } finally {
      await connection.end();
    }
  } else {
    const db = new Database(path.join(store.config.dataDir, "evaluation.sqlite"), { readonly: true });
    try {
      rows = {
        award: db.prepare(sql.award).get(DEMO_EXCELLENT_AWARD_ID) as { amount: unknown; disbursed: unknown },
        live: (db.prepare(sql.live).get(DEMO_EXCELLENT_AWARD_ID) as { total: unknown }).total,
        ids: db.prepare(sql.ids).all(DEMO_EXCELLENT_AWARD_ID) as { id: string; k: string }[],
        orphans: (db.prepare(sql.orphans).get() as { n: unknown }).n,
      };
    } finally {
      db.close();
    }
  }
  return {
    amountSatang: BigInt(String(rows.award.amount)),
    ledgerSatang: BigInt(String(rows.award.disbursed)),
    liveSumSatang: BigInt(String(rows.live)),
    ids: new Set(rows.ids.map((row) => row.id)),
    crashRows: rows.ids.filter((row) => row.k.startsWith("crash-")).length,
    withoutHistory: Number(rows.orphans),
  };
}

const RECORD = `
  mutation RecordDisbursement($input: DisbursementInput!) {
    recordDisbursement(input: $input) { id amount status }
  }`;
