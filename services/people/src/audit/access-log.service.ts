import crypto from "node:crypto";
import { type RequestContext, requireIdentity, requireRole, Role } from "@change-leaders/common";
import { AccessLogEntry } from "./access-log.entity";

export type LoggedField = "nationalId" | "phone";

/**
 * Records staff reads of personal data. Every field read of the same request in the same tick goes
 * to one DataLoader batch, which writes ONE multi-row INSERT (one row per leader, with the fields
 * read); the field's value is served only after that insert succeeded, so no read goes unlogged.
 */
export const accessLogService = {
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
          leaderId: leader,
          fields: [...names].sort().join(","),
          at,
        }));
        await ctx.dataSource.createQueryBuilder().insert().into(AccessLogEntry).values(rows).execute();
        return keys.map(() => undefined);
      })
      .load(`${leaderId}|${field}`);
  },

  /** The reads of one leader's personal data, latest first (admins). */
  async ofLeader(ctx: RequestContext, leaderId: string, limit: number): Promise<AccessLogEntry[]> {
    requireRole(ctx, Role.ADMIN);
    return ctx.dataSource.manager.find(AccessLogEntry, { where: { leaderId }, order: { at: "DESC", id: "ASC" }, take: limit });
  },
};
