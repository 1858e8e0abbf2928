import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { DataSource } from "typeorm";
import { openDataSource, type DataSourceSpec } from "../database";

const spec: DataSourceSpec = { service: "durability", entities: [], migrations: { sqlite: [], mysql: [] } };

async function pragmas(dataSource: DataSource): Promise<{ journal: string; synchronous: number; secureDelete: number }> {
  const [journal] = (await dataSource.query("PRAGMA journal_mode")) as { journal_mode: string }[];
  const [synchronous] = (await dataSource.query("PRAGMA synchronous")) as { synchronous: number }[];
  const [secureDelete] = (await dataSource.query("PRAGMA secure_delete")) as { secure_delete: number }[];
  return { journal: journal!.journal_mode, synchronous: synchronous!.synchronous, secureDelete: secureDelete!.secure_delete };
}

describe("the embedded SQLite store", () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "durability-"));
  });
  afterEach(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it("syncs every commit (synchronous = FULL) and overwrites deleted data (secure_delete), when opened and when reopened", async () => {
    const first = await openDataSource({ databaseUrl: undefined, dataDir }, spec);
    try {
      await first.query("CREATE TABLE leader (name TEXT)");
      await first.query("INSERT INTO leader (name) VALUES ('สมชาย')");
      expect(await pragmas(first)).toEqual({ journal: "wal", synchronous: 2, secureDelete: 1 });
    } finally {
      await first.destroy();
    }
    // The file is now a WAL store: reopening it is where SQLite's WAL default (NORMAL) would apply.
    const again = await openDataSource({ databaseUrl: undefined, dataDir }, spec);
    try {
      expect(await pragmas(again)).toEqual({ journal: "wal", synchronous: 2, secureDelete: 1 });
      expect(await again.query("SELECT name FROM leader")).toEqual([{ name: "สมชาย" }]);
    } finally {
      await again.destroy();
    }
  });
});
