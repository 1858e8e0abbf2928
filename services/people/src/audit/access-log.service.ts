import crypto from "node:crypto";
import {
  type HistoryEntry,
  type Page,
  type PageInput,
  type RequestContext,
  type PersonalField,
  badInput,
  personalFieldsInSnapshots,
  requireIdentity,
  requireRole,
  Role,
} from "@change-leaders/common";
import type { AccessLogFilter } from "./access-log.inputs";
import { AccessLogEntry } from "./access-log.entity";

/** What a read can disclose: a personal field in full (staff), or a name (partners). */
export type LoggedField = PersonalField | "firstName" | "lastName";

/**
 * Records staff reads of personal data. Every field read of the same request in the same tick goes
 * to one DataLoader batch, which writes ONE multi-row INSERT (one row per leader, with the fields
 * read); the field's value is served only after that insert succeeded, so no read goes unlogged.
 */
export const accessLogService = {
  /** Reads of personal data, latest first, by account, leader and time (admins). */
  list(ctx: RequestContext, filter: AccessLogFilter | undefined, page: PageInput): Promise<Page<AccessLogEntry>> {
    requireRole(ctx, Role.ADMIN);
    if (filter?.from && filter.to && filter.from > filter.to) throw badInput("filter.to", "to is after from");
    const query = ctx.dataSource.manager.createQueryBuilder(AccessLogEntry, "entry");
    if (filter?.actorId) query.andWhere("entry.actor_id = :actorId", { actorId: filter.actorId });
    if (filter?.leaderId) query.andWhere("entry.leader_id = :leaderId", { leaderId: filter.leaderId });
    if (filter?.from) query.andWhere("entry.at >= :from", { from: filter.from });
    if (filter?.to) query.andWhere("entry.at < :to", { to: filter.to });
    return query
      .orderBy("entry.at", "DESC")
      .addOrderBy("entry.id", "ASC")
      .skip(page.offset)
      .take(page.limit)
      .getManyAndCount()
      .then(([nodes, totalCount]) => ({ nodes, totalCount }));
  },

  record(ctx: RequestContext, leaderId: string, field: LoggedField): Promise<void> {
    const identity = requireIdentity(ctx);
    return ctx.loaders
      .get<string, void>("accessLog", async (keys) => {
        const fieldsByLeader = new Map<string, Set<string>>();
        for (const key of keys) {
          const [leader, name] = key.split("|");
          const set = fieldsByLeader.get(leader) ?? new Set<string>();
          set.add(name);
          fieldsByLeader.set(leader, set);
        }
        const at = new Date();
        const rows = [...fieldsByLeader].map(([leader, names]) => ({
          id: crypto.randomUUID(),
          actorId: identity.id,
          actorName: identity.name,
          actorRole: identity.role,
          requestId: ctx.requestId,
          operation: ctx.operationName?.slice(0, 128) ?? null,
          purpose: identity.purpose?.slice(0, 500) ?? null,
          leaderId: leader,
          fields: [...names].sort().join(","),
          at,
        }));
        await ctx.dataSource.createQueryBuilder().insert().into(AccessLogEntry).values(rows).execute();
        return keys.map(() => undefined);
      })
      .load(`${leaderId}|${field}`);
  },

  /** Logs a read of a leader's history: the personal fields its snapshots carry, one row. */
  async recordHistory(ctx: RequestContext, leaderId: string, entries: Pick<HistoryEntry, "before" | "after">[]): Promise<void> {
    const fields = personalFieldsInSnapshots(entries.flatMap((entry) => [entry.before, entry.after]));
    await Promise.all(fields.map((field) => accessLogService.record(ctx, leaderId, field)));
  },

  /** The reads of one leader's personal data, latest first (admins). */
  async ofLeader(ctx: RequestContext, leaderId: string, limit: number): Promise<AccessLogEntry[]> {
    requireRole(ctx, Role.ADMIN);
    return ctx.dataSource.manager.find(AccessLogEntry, { where: { leaderId }, order: { at: "DESC", id: "ASC" }, take: limit });
  },
};
