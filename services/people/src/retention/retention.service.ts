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
  const result = await manager
    .createQueryBuilder()
    .update(Leader)
    .set({ ...ANONYMISED_VALUES, deletionMarker: () => "id", anonymisedAt: now, version: () => "version + 1", updatedAt: now })
    .where("id IN (:...ours)", { ours })
    .andWhere("status = :withdrawn AND anonymised_at IS NULL", { withdrawn: LeaderStatus.WITHDRAWN })
    .execute();
  if (result.affected !== ours.length) throw new Error("Leaders changed while the retention job held them; rolled back, the next run retries");
  const historyEntries = await leaderHistory(manager, ours).getCount();
  // BEFORE is a reserved word of MySQL: both columns are quoted for the dialect.
  const [before, after] = ["before", "after"].map((column) => manager.connection.driver.escape(column));
  const paths = ANONYMISED_SNAPSHOT_KEYS.map(() => "?, ?").join(", ");
  const values = ANONYMISED_SNAPSHOT_KEYS.flatMap((key) => [`$.${key}`, ANONYMISED_VALUES[key]]);
  await manager.query(
    `UPDATE history_entry SET ${before} = JSON_REPLACE(${before}, ${paths}), ${after} = JSON_REPLACE(${after}, ${paths})
     WHERE entity_name = 'Leader' AND entity_id IN (${ours.map(() => "?").join(", ")})`,
    [...values, ...values, ...ours],
  );
  const actor = options.identity ?? null;
  const detail = JSON.stringify({ anonymisedAt: now.toISOString(), retentionDays: options.retentionDays, withdrawnBefore: cutoff.toISOString() });
  await insertInChunks(
    manager,
    HistoryEntry,
    ours.map((id) => ({
      id: crypto.randomUUID(),
      entityName: "Leader",
      entityId: id,
      action: "ANONYMISE",
      actorId: actor?.id ?? RETENTION_JOB_ACTOR.id,
      actorName: actor?.name ?? RETENTION_JOB_ACTOR.name,
      actorRole: actor?.role ?? null,
      requestId: options.requestId ?? null,
      at: now,
      before: null,
      after: detail,
    })),
  );
  return [ours.length, historyEntries];
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
