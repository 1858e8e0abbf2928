/**
 * Measure 7 (SQLite only): what `synchronous = FULL` costs a confirmed write. The same one-row
 * transaction, shaped as a disbursement (an insert and the award's running total), on a store
 * opened as services/common/src/database.ts opens it (WAL), committed in turn at FULL, as the
 * product runs, and at NORMAL, SQLite's WAL default that may lose the last commits on power failure.
 */
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import type { Timing } from "./report";

export interface DurabilityCost {
  commits: number;
  full: Timing;
  normal: Timing;
  medianRatio: number;
}

function commitTimes(file: string, synchronous: "FULL" | "NORMAL", commits: number): number[] {
  const db = new Database(file);
  try {
    db.pragma("journal_mode = WAL");
    db.pragma(`synchronous = ${synchronous}`);
    const insert = db.prepare("INSERT INTO disbursement (award_id, amount_satang, status) VALUES (?, ?, 'RECORDED')");
    const total = db.prepare("UPDATE award SET disbursed_satang = disbursed_satang + ? WHERE id = ?");
    const record = db.transaction((amount: number) => {
      insert.run(1, amount);
      total.run(amount, 1);
    });
    const times: number[] = [];
    for (let i = 0; i < commits; i++) {
      const started = process.hrtime.bigint();
      record(100 + i);
      times.push(Number(process.hrtime.bigint() - started) / 1e6);
    }
    return times;
  } finally {
    db.close();
  }
}

/** Rounds of `commits / rounds` commits at FULL and at NORMAL in turn, in `dir` (the bench's own data folder). */
export function measureDurabilityCost(dir: string, timing: (samples: number[]) => Timing, commits = 2_000, rounds = 4): DurabilityCost {
  const file = path.join(dir, "durability.sqlite");
  const setup = new Database(file);
  setup.pragma("journal_mode = WAL");
  setup.exec(`CREATE TABLE award (id INTEGER PRIMARY KEY, disbursed_satang INTEGER NOT NULL);
    CREATE TABLE disbursement (id INTEGER PRIMARY KEY, award_id INTEGER NOT NULL, amount_satang INTEGER NOT NULL, status TEXT NOT NULL);
    INSERT INTO award (id, disbursed_satang) VALUES (1, 0);`);
  setup.close();
  const full: number[] = [];
  const normal: number[] = [];
  const each = Math.ceil(commits / rounds);
  commitTimes(file, "FULL", 50); // warm-up
  for (let round = 0; round < rounds; round++) {
    full.push(...commitTimes(file, "FULL", each));
    normal.push(...commitTimes(file, "NORMAL", each));
  }
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(`${file}${suffix}`, { force: true });
  const result = { commits: full.length, full: timing(full), normal: timing(normal) };
  return { ...result, medianRatio: Math.round((result.full.medianMs / result.normal.medianMs) * 100) / 100 };
}
