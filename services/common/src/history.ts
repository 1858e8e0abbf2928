import crypto from "node:crypto";
import { Column, Entity, Index, PrimaryColumn, type EntityManager } from "typeorm";
import type { RequestContext } from "./context";
import { moneyJson } from "./money";

export type HistoryAction = string;

/**
 * One change of one record, append-only, written in the same transaction as the change: who did
 * it, when, to which record, and what the record was before and after. Each subgraph keeps its own.
 */
@Entity("history_entry")
@Index("idx_history_entry_record", ["entityName", "entityId", "at"])
export class HistoryEntry {
  @PrimaryColumn({ type: "varchar", length: 36 })
  id!: string;

  @Column({ name: "entity_name", type: "varchar", length: 64 })
  entityName!: string;

  @Column({ name: "entity_id", type: "varchar", length: 64 })
  entityId!: string;

  @Column({ type: "varchar", length: 32 })
  action!: HistoryAction;

  @Column({ name: "actor_id", type: "varchar", length: 64, nullable: true })
  actorId!: string | null;

  @Column({ name: "actor_name", type: "varchar", length: 128, nullable: true })
  actorName!: string | null;

  @Column({ name: "actor_role", type: "varchar", length: 32, nullable: true })
  actorRole!: string | null;

  @Column({ name: "request_id", type: "varchar", length: 64, nullable: true })
  requestId!: string | null;

  @Column({ type: "datetime", precision: 3 })
  at!: Date;

  @Column({ type: "text", nullable: true })
  before!: string | null;

  @Column({ type: "text", nullable: true })
  after!: string | null;
}

export interface HistoryChange {
  entityName: string;
  entityId: string;
  action: HistoryAction;
  before?: object | null;
  after?: object | null;
}

/** Appends one history entry inside the caller's transaction; the actor comes from the request. */
export async function recordHistory(manager: EntityManager, ctx: Pick<RequestContext, "identity" | "requestId">, change: HistoryChange) {
  const entry = manager.create(HistoryEntry, {
    id: crypto.randomUUID(),
    entityName: change.entityName,
    entityId: change.entityId,
    action: change.action,
    actorId: ctx.identity?.id ?? null,
    actorName: ctx.identity?.name ?? null,
    actorRole: ctx.identity?.role ?? null,
    requestId: ctx.requestId,
    at: new Date(),
    before: change.before ? moneyJson(change.before) : null,
    after: change.after ? moneyJson(change.after) : null,
  });
  await manager.insert(HistoryEntry, entry);
  return entry;
}
