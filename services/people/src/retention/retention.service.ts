import crypto from "node:crypto";
import { type Identity, HistoryEntry, insertInChunks, writeTransaction } from "@change-leaders/common";
import { type DataSource, type EntityManager, type SelectQueryBuilder } from "typeorm";
import { Leader, LeaderStatus } from "../leader/leader.entity";
import { ANONYMISED_SNAPSHOT_KEYS, ANONYMISED_VALUES, retentionCutoff } from "./retention.rules";

export interface RetentionOptions {
  retentionDays: number;
  dryRun: boolean;
  /** Who runs it: the admin of the mutation, or nobody for the scheduled job (history names the job). */
  identity?: Identity | null;
  requestId?: string | null;
  now?: Date;
  /** Leaders per transaction (one conditional UPDATE each). */
  batchSize?: number;
}

export interface RetentionOutcome {
  dryRun: boolean;
  retentionDays: number;
  cutoff: Date;
  /** Leaders anonymised by this run (a dry run: that would be). */
  leaders: number;
  /** History entries of those leaders whose snapshots were (would be) stripped of personal data. */
  historyEntries: number;
}

/** The job's name in history when no person runs it. */
export const RETENTION_JOB_ACTOR = { id: "retention-job", name: "PDPA retention job" };

/** Leaders due: WITHDRAWN, not yet anonymised, withdrawn (or, before withdrawn_at existed, last changed) before the cutoff. */
function due(dataSource: DataSource | EntityManager, cutoff: Date): SelectQueryBuilder<Leader> {
  return dataSource
    .createQueryBuilder(Leader, "leader")
    .where("leader.status = :withdrawn", { withdrawn: LeaderStatus.WITHDRAWN })
    .andWhere("leader.anonymised_at IS NULL")
    .andWhere("COALESCE(leader.withdrawn_at, leader.updated_at) < :cutoff", { cutoff });
}

const leaderHistory = (manager: DataSource | EntityManager, ids: string[]) =>
  manager.createQueryBuilder(HistoryEntry, "entry").where("entry.entity_name = 'Leader'").andWhere("entry.entity_id IN (:...ids)", { ids });

/**
 * One batch in one transaction: the leaders due are selected and locked (FOR UPDATE on MySQL; SQLite
 * lets one writer at a time), so a replica running at the same moment waits and then finds them no
 * longer due. One conditional UPDATE anonymises them, the snapshots of their history are stripped
 * with JSON_REPLACE (SQLite and MySQL/MariaDB alike), and one ANONYMISE history entry per leader
 * records who ran it. Returns [leaders, history entries]; [0, 0] when none is due.
 */
async function anonymiseBatch(manager: EntityManager, cutoff: Date, options: RetentionOptions, now: Date): Promise<[number, number]> {
  const select = due(manager, cutoff)
    .select("leader.id")
    .orderBy("leader.id")
    .take(options.batchSize ?? 200);
  if (manager.connection.options.type !== "better-sqlite3") select.setLock("pessimistic_write");
  const ours = (await select.getMany()).map((leader) => leader.id);
  if (ours.length === 0) return [0, 0];
  const detail = { anonymisedAt: now.toISOString(), retentionDays: options.retentionDays, withdrawnBefore: cutoff.toISOString() };
  const historyEntries = await anonymiseLeaders(manager, ours, {
    now,
    onlyWithdrawn: true,
    action: "ANONYMISE",
    detail,
    actor: options.identity
      ? { id: options.identity.id, name: options.identity.name, role: options.identity.role }
      : { ...RETENTION_JOB_ACTOR, role: null },
    requestId: options.requestId ?? null,
  });
  return [ours.length, historyEntries];
}

export interface Anonymisation {
  now: Date;
  /** Only leaders still WITHDRAWN (the retention job); an erasure on request takes any leader. */
  onlyWithdrawn: boolean;
  /** The history entry's action: ANONYMISE (retention) or ERASE (on the person's request). */
  action: "ANONYMISE" | "ERASE";
  /** What the history entry keeps about it (never the data removed). */
  detail: Record<string, unknown>;
  actor: { id: string; name: string; role: string | null };
  requestId: string | null;
}

/**
 * Removes, irreversibly, everything that identifies these leaders (held by the caller's transaction):
 * one conditional UPDATE of their rows, their history snapshots stripped with JSON_REPLACE (SQLite and
 * MySQL/MariaDB alike), and one history entry each that says it happened, by whom and why. Returns the
 * number of history entries stripped; throws (rolling back) when a leader was no longer to be anonymised.
 */
export async function anonymiseLeaders(manager: EntityManager, ids: string[], how: Anonymisation): Promise<number> {
  const update = manager
    .createQueryBuilder()
    .update(Leader)
    .set({ ...ANONYMISED_VALUES, deletionMarker: () => "id", anonymisedAt: how.now, version: () => "version + 1", updatedAt: how.now })
    .where("id IN (:...ids)", { ids })
    .andWhere("anonymised_at IS NULL");
  if (how.onlyWithdrawn) update.andWhere("status = :withdrawn", { withdrawn: LeaderStatus.WITHDRAWN });
  const result = await update.execute();
  if (result.affected !== ids.length) throw new Error("Leaders changed while they were held for anonymisation; rolled back, the next run retries");
  const historyEntries = await leaderHistory(manager, ids).getCount();
  // BEFORE is a reserved word of MySQL: both columns are quoted for the dialect.
  const [before, after] = ["before", "after"].map((column) => manager.connection.driver.escape(column));
  const paths = ANONYMISED_SNAPSHOT_KEYS.map(() => "?, ?").join(", ");
  const values = ANONYMISED_SNAPSHOT_KEYS.flatMap((key) => [`$.${key}`, ANONYMISED_VALUES[key]]);
  await manager.query(
    `UPDATE history_entry SET ${before} = JSON_REPLACE(${before}, ${paths}), ${after} = JSON_REPLACE(${after}, ${paths})
     WHERE entity_name = 'Leader' AND entity_id IN (${ids.map(() => "?").join(", ")})`,
    [...values, ...values, ...ids],
  );
  const detail = JSON.stringify(how.detail);
  await insertInChunks(
    manager,
    HistoryEntry,
    ids.map((id) => ({
      id: crypto.randomUUID(),
      entityName: "Leader",
      entityId: id,
      action: how.action,
      actorId: how.actor.id,
      actorName: how.actor.name,
      actorRole: how.actor.role,
      requestId: how.requestId,
      at: how.now,
      before: null,
      after: detail,
    })),
  );
  return historyEntries;
}

/**
 * Anonymises every leader withdrawn for longer than the retention period, batch by batch until none
 * is due. Idempotent (an anonymised leader is never due again) and safe when several replicas run it
 * at once: each leader is anonymised, and its ANONYMISE entry written, by exactly one of them.
 */
export async function anonymiseWithdrawnLeaders(dataSource: DataSource, options: RetentionOptions): Promise<RetentionOutcome> {
  const now = options.now ?? new Date();
  const cutoff = retentionCutoff(now, options.retentionDays);
  const outcome: RetentionOutcome = { dryRun: options.dryRun, retentionDays: options.retentionDays, cutoff, leaders: 0, historyEntries: 0 };
  if (options.dryRun) {
    const ids = (await due(dataSource, cutoff).select("leader.id").getMany()).map((leader) => leader.id);
    outcome.leaders = ids.length;
    for (let i = 0; i < ids.length; i += 500) outcome.historyEntries += await leaderHistory(dataSource, ids.slice(i, i + 500)).getCount();
    return outcome;
  }
  for (;;) {
    const [leaders, historyEntries] = await writeTransaction(dataSource, (manager) => anonymiseBatch(manager, cutoff, options, now));
    if (leaders === 0) {
      // SQLite's write-ahead log still holds the pages as they were; a truncating checkpoint drops
      // them now (secure_delete has zeroed the values in the database file itself).
      if (outcome.leaders > 0 && dataSource.options.type === "better-sqlite3") await dataSource.query("PRAGMA wal_checkpoint(TRUNCATE)");
      return outcome;
    }
    outcome.leaders += leaders;
    outcome.historyEntries += historyEntries;
  }
}
