import type { DataSource } from "typeorm";
import { openDataSource, type DataSourceSpec } from "../database";
import { createTestStore, describeEachDatabase, type TestStore } from "../testing";
import { writeTransaction } from "../transaction";

const spec: DataSourceSpec = { service: "transactions", entities: [], migrations: { sqlite: [], mysql: [] } };

/** Resolves when `parties` have arrived, or after `ms` (SQLite runs one transaction at a time: nobody else arrives). */
function barrier(parties: number, ms: number): () => Promise<void> {
  let arrived = 0;
  let open: () => void = () => undefined;
  const opened = new Promise<void>((resolve) => {
    open = resolve;
    setTimeout(resolve, ms);
  });
  return () => {
    arrived += 1;
    if (arrived >= parties) open();
    return opened;
  };
}

describeEachDatabase("a write transaction", (dialect) => {
  let store: TestStore;
  let dataSource: DataSource;
  beforeAll(async () => {
    store = createTestStore(dialect);
    dataSource = await openDataSource(store.config, spec);
    await dataSource.query("CREATE TABLE tally (id INTEGER PRIMARY KEY, n INTEGER NOT NULL)");
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await store?.drop();
  });
  beforeEach(async () => {
    await dataSource.query("DELETE FROM tally");
    await dataSource.query("INSERT INTO tally (id, n) VALUES (1, 0), (2, 0)");
  });

  it("two writers locking the same rows in opposite orders both commit, each once (a deadlock's victim runs again)", async () => {
    const bothHoldTheirFirstRow = barrier(2, 500);
    let runs = 0;
    const bump = (first: number, second: number) =>
      writeTransaction(dataSource, async (manager) => {
        runs += 1;
        await manager.query("UPDATE tally SET n = n + 1 WHERE id = ?", [first]);
        await bothHoldTheirFirstRow();
        await manager.query("UPDATE tally SET n = n + 1 WHERE id = ?", [second]);
        return first;
      });
    expect((await Promise.all([bump(1, 2), bump(2, 1)])).sort()).toEqual([1, 2]);
    const rows = (await dataSource.query("SELECT id, n FROM tally ORDER BY id")) as { id: number; n: number }[];
    expect(rows.map((row) => [Number(row.id), Number(row.n)])).toEqual([
      [1, 2],
      [2, 2],
    ]);
    // On MariaDB InnoDB rolled one of them back whole: it ran a second time. SQLite queued them.
    expect(runs).toBe(dialect === "mysql" ? 3 : 2);
  });

  it("any other error is thrown at once and nothing of the transaction stays", async () => {
    let runs = 0;
    const failing = writeTransaction(dataSource, async (manager) => {
      runs += 1;
      await manager.query("UPDATE tally SET n = 5 WHERE id = 1");
      await manager.query("UPDATE no_such_table SET n = 1");
    });
    await expect(failing).rejects.toThrow(/no_such_table/);
    expect(runs).toBe(1);
    const rows = (await dataSource.query("SELECT n FROM tally WHERE id = 1")) as { n: number }[];
    expect(Number(rows[0]!.n)).toBe(0);
  });
});
