import type { DataSource, EntityManager } from "typeorm";

const sqliteQueues = new WeakMap<DataSource, Promise<unknown>>();

/** InnoDB's deadlock error: it has rolled back the whole transaction, so running it again is safe. */
const ER_LOCK_DEADLOCK = 1213;
/** Tries of one transaction that InnoDB chose as a deadlock's victim, the first included. */
export const DEADLOCK_TRIES = 4;

function isDeadlock(error: unknown): boolean {
  const driverError = (error as { driverError?: { errno?: number } } | null)?.driverError;
  return (driverError?.errno ?? (error as { errno?: number } | null)?.errno) === ER_LOCK_DEADLOCK;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * On MySQL/MariaDB a transaction InnoDB picks as the victim of a deadlock (two writers locking the
 * same rows in different orders, or gap locks of two locking reads) is rolled back whole and run again
 * from the start, after a short random pause, up to DEADLOCK_TRIES times; what the caller sees is the
 * outcome of the run that committed. Any other error, and a deadlock on the last try, is thrown.
 */
async function mysqlTransaction<T>(dataSource: DataSource, work: (manager: EntityManager) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await dataSource.transaction(work);
    } catch (error) {
      if (!isDeadlock(error) || attempt >= DEADLOCK_TRIES) throw error;
      await pause(5 + Math.random() * 20 * attempt);
    }
  }
}

/**
 * Runs `work` in one database transaction. On MySQL every transaction has its own pooled connection
 * and InnoDB's row locks order them; a deadlock's victim is run again (above), so `work` must do
 * nothing outside the transaction it is given. On SQLite (better-sqlite3) TypeORM shares ONE connection
 * between all callers, so two transactions started at once would nest as savepoints of each other;
 * here they are queued one after the other in this process (SQLite serializes writers anyway; other
 * processes wait on the file lock). Use it for every write that must be all-or-nothing.
 */
export function writeTransaction<T>(dataSource: DataSource, work: (manager: EntityManager) => Promise<T>): Promise<T> {
  if (dataSource.options.type !== "better-sqlite3") return mysqlTransaction(dataSource, work);
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

/**
 * The find option that locks the rows a read inside `writeTransaction` returns, on MySQL/MariaDB (a missing
 * row's gap too); nothing on SQLite, whose writers are already one queue (above) and which has no row locks.
 */
export function rowLock(manager: EntityManager, mode: "pessimistic_read" | "pessimistic_write"): { lock?: { mode: typeof mode } } {
  return manager.connection.options.type === "better-sqlite3" ? {} : { lock: { mode } };
}
