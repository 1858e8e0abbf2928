import {
  type RequestContext,
  HistoryEntry,
  PERSONAL_FIELDS,
  Role,
  conflict,
  moneyJson,
  notFound,
  requiredReason,
  requireRole,
  rowLock,
  writeTransaction,
} from "@change-leaders/common";
import { AccessLogEntry } from "../audit/access-log.entity";
import { accessLogService } from "../audit/access-log.service";
import { Leader } from "../leader/leader.entity";
import { importOpening } from "../leader/leader.import";
import { leaderSnapshot } from "../leader/leader.service";
import { anonymiseLeaders } from "../retention/retention.service";
import type { LeaderDataExport } from "./data-subject.types";

/** The most access-log rows an export carries (the rest are in the access-log page). */
const EXPORTED_READS = 10_000;

/** The data subject's rights of PDPA (docs/data-map.md): access to everything held, and erasure on request. */
export const dataSubjectService = {
  /** The people part of a leader's export; the read is logged like any read of the personal data in full. */
  async export(ctx: RequestContext, id: string): Promise<LeaderDataExport> {
    requireRole(ctx, Role.ADMIN);
    const leader = await ctx.dataSource.manager.findOneBy(Leader, { id });
    if (!leader) throw notFound("Leader", id);
    const [opening, entries, reads] = await Promise.all([
      importOpening(ctx.dataSource.manager, "Leader", id),
      ctx.dataSource.manager.find(HistoryEntry, { where: { entityName: "Leader", entityId: id }, order: { at: "ASC", id: "ASC" } }),
      ctx.dataSource.manager.find(AccessLogEntry, { where: { leaderId: id }, order: { at: "DESC", id: "ASC" }, take: EXPORTED_READS }),
    ]);
    const history: (HistoryEntry & { fileSha256?: string })[] = opening ? [opening, ...entries] : entries;
    await Promise.all(PERSONAL_FIELDS.filter((field) => leader[field]).map((field) => accessLogService.record(ctx, id, field)));
    return {
      leaderId: id,
      generatedAt: new Date(),
      leader: moneyJson(leaderSnapshot(leader)),
      history: JSON.stringify(
        history.map(({ action, actorName, actorRole, at, before, after, fileSha256 }) => ({
          action,
          actorName,
          actorRole,
          at: at.toISOString(),
          ...(fileSha256 ? { fileSha256 } : {}),
          before: before && JSON.parse(before),
          after: after && JSON.parse(after),
        })),
      ),
      accessLog: JSON.stringify(
        reads.map(({ actorName, actorRole, fields, operation, purpose, at }) => ({
          actorName,
          actorRole,
          fields,
          operation,
          purpose,
          at: at.toISOString(),
        })),
      ),
    };
  },

  /**
   * Erases one leader on their request: names, national ID, phone, birth date and the rest that
   * identifies the person removed from the row and from every history snapshot, irreversibly; an
   * ERASE history entry keeps that it happened, who did it and why. The leader's id, tambon, cohort
   * and status stay, so attendance and every aggregate keep their numbers.
   */
  async erase(ctx: RequestContext, id: string, reason: string): Promise<Leader> {
    const identity = requireRole(ctx, Role.ADMIN);
    const why = requiredReason(reason, "reason says whose request this is and why (PDPA erasure)");
    return writeTransaction(ctx.dataSource, async (manager) => {
      const leader = await manager.findOne(Leader, { where: { id }, ...rowLock(manager, "pessimistic_write") });
      if (!leader) throw notFound("Leader", id);
      if (leader.anonymisedAt)
        throw conflict("This leader's personal data was already removed", {
          rule: "ALREADY_ERASED",
          messageTh: "ข้อมูลส่วนบุคคลของผู้นำคนนี้ถูกลบไปแล้ว",
        });
      const now = new Date();
      await anonymiseLeaders(manager, [id], {
        now,
        onlyWithdrawn: false,
        action: "ERASE",
        detail: { erasedAt: now.toISOString(), reason: why },
        actor: { id: identity.id, name: identity.name, role: identity.role },
        requestId: ctx.requestId,
      });
      return manager.findOneByOrFail(Leader, { id });
    });
  },
};
