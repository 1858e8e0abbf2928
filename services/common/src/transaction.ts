import type { DataSource, EntityManager } from "typeorm";

const sqliteQueues = new WeakMap<DataSource, Promise<unknown>>();

/**
 * Runs `work` in one database transaction. On MySQL every transaction has its own pooled connection
 * and InnoDB's row locks order them. On SQLite (better-sqlite3) TypeORM shares ONE connection between
 * all callers, so two transactions started at once would nest as savepoints of each other; here they
 * are queued one after the other in this process (SQLite serializes writers anyway; other processes
 * wait on the file lock). Use it for every write that must be all-or-nothing.
 */
export function writeTransaction<T>(dataSource: DataSource, work: (manager: EntityManager) => Promise<T>): Promise<T> {
  if (dataSource.options.type !== "better-sqlite3") return dataSource.transaction(work);
  const previous = sqliteQueues.get(dataSource) ?? Promise.resolve();
  const run = previous.then(
    () => dataSource.transaction(work),
    () => dataSource.transaction(work),
  );
  sqliteQueues.set(
    dataSource,
    run.catch(() => undefined),
  );
  return run;
}
