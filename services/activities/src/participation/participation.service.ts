import crypto from "node:crypto";
import {
  type Page,
  type PageInput,
  type RequestContext,
  badInput,
  childPageLoader,
  conflict,
  isUniqueViolation,
  notFound,
  provinceScope,
  recordHistory,
  writeTransaction,
} from "@change-leaders/common";
import { In } from "typeorm";
import { provinceOfTambon, requireWriteAccess } from "../access/access";
import { requireLeaders } from "../access/people.peer";
import { Event } from "../event/event.entity";
import { eventService } from "../event/event.service";
import { nextEventStatus } from "../event/event.transitions";
import { Participation } from "./participation.entity";

const MAX_AT_ONCE = 500;

/** The event leaders register for: NOT_FOUND when absent or out of sight, INVALID_TRANSITION when cancelled. */
async function openEvent(ctx: RequestContext, eventId: string): Promise<Event> {
  const event = await eventService.findReadable(ctx, eventId);
  if (!event) throw notFound("Event", eventId);
  nextEventStatus(event.status, "TAKE_PART");
  return event;
}

export const participationService = {
  /**
   * Registers leaders for an event: each must exist, be active and belong to one of the event's target
   * tambons, and the caller must be allowed to act for the leader's province. All or none; leaders
   * registered already keep their registration.
   */
  async register(ctx: RequestContext, eventId: string, leaderIds: string[]): Promise<Participation[]> {
    if (leaderIds.length === 0) throw badInput("leaderIds", "Name at least one leader");
    if (leaderIds.length > MAX_AT_ONCE) throw badInput("leaderIds", `At most ${MAX_AT_ONCE} leaders at once`);
    const event = await openEvent(ctx, eventId);
    const targets = new Set(await eventService.tambonCodes(ctx, event.id));
    const leaders = await requireLeaders(ctx, leaderIds);
    for (const leader of leaders.values()) {
      if (leader.status !== "ACTIVE") throw badInput("leaderIds", `Leader ${leader.id} has withdrawn`, { leaderId: leader.id });
      if (!targets.has(leader.tambonCode)) {
        throw badInput("leaderIds", `Leader ${leader.id} is from tambon ${leader.tambonCode}, which the event does not target`, {
          leaderId: leader.id,
        });
      }
      requireWriteAccess(ctx, provinceOfTambon(leader.tambonCode));
    }
    return writeTransaction(ctx.dataSource, async (manager) => {
      const current = await manager.findOneBy(Event, { id: eventId });
      if (!current) throw notFound("Event", eventId);
      nextEventStatus(current.status, "TAKE_PART"); // cancelled meanwhile
      const existing = await manager.findBy(Participation, { eventId, leaderId: In([...leaders.keys()]) });
      const known = new Set(existing.map((p) => p.leaderId));
      const now = new Date();
      const fresh = [...leaders.values()]
        .filter((leader) => !known.has(leader.id))
        .map((leader) =>
          manager.create(Participation, {
            id: crypto.randomUUID(),
            eventId,
            leaderId: leader.id,
            tambonCode: leader.tambonCode,
            provinceCode: provinceOfTambon(leader.tambonCode),
            registeredAt: now,
            attended: false,
            attendanceRecordedAt: null,
          }),
        );
      if (fresh.length) {
        await manager.insert(Participation, fresh).catch((error: unknown) => {
          if (isUniqueViolation(error)) throw conflict("Some of these leaders were registered meanwhile; try again");
          throw error;
        });
      }
      for (const p of fresh) await recordHistory(manager, ctx, { entityName: "Participation", entityId: p.id, action: "REGISTER", after: p });
      const all = await manager.findBy(Participation, { eventId, leaderId: In([...leaders.keys()]) });
      return all.sort((a, b) => a.tambonCode.localeCompare(b.tambonCode) || a.leaderId.localeCompare(b.leaderId));
    });
  },

  /** Marks registered leaders as attended (or not); a leader who is not registered is BAD_USER_INPUT. */
  async recordAttendance(ctx: RequestContext, eventId: string, leaderIds: string[], attended: boolean): Promise<Participation[]> {
    if (leaderIds.length === 0) throw badInput("leaderIds", "Name at least one leader");
    if (leaderIds.length > MAX_AT_ONCE) throw badInput("leaderIds", `At most ${MAX_AT_ONCE} leaders at once`);
    await openEvent(ctx, eventId);
    const ids = [...new Set(leaderIds)];
    return writeTransaction(ctx.dataSource, async (manager) => {
      const rows = await manager.findBy(Participation, { eventId, leaderId: In(ids) });
      const missing = ids.find((id) => !rows.some((p) => p.leaderId === id));
      if (missing) throw badInput("leaderIds", `Leader ${missing} is not registered for this event`, { leaderId: missing });
      for (const row of rows) requireWriteAccess(ctx, row.provinceCode);
      const changed = rows.filter((row) => row.attended !== attended);
      if (changed.length) {
        await manager
          .createQueryBuilder()
          .update(Participation)
          .set({ attended, attendanceRecordedAt: new Date() })
          .where({ id: In(changed.map((p) => p.id)) })
          .execute();
      }
      const after = await manager.findBy(Participation, { id: In(rows.map((p) => p.id)) });
      for (const p of after.filter((a) => changed.some((c) => c.id === a.id))) {
        await recordHistory(manager, ctx, {
          entityName: "Participation",
          entityId: p.id,
          action: attended ? "ATTENDED" : "ABSENT",
          before: changed.find((c) => c.id === p.id),
          after: p,
        });
      }
      return after.sort((a, b) => a.tambonCode.localeCompare(b.tambonCode) || a.leaderId.localeCompare(b.leaderId));
    });
  },

  /** A page of an event's participations (by tambon, then leader), batched over the request's events. */
  ofEvent(ctx: RequestContext, eventId: string, page: PageInput): Promise<Page<Participation>> {
    const scope = provinceScope(ctx);
    return childPageLoader(
      ctx,
      `participationsOfEvent:${scope ?? "*"}`,
      {
        entity: Participation,
        parentProperty: "eventId",
        orderBy: [{ property: "tambonCode" }, { property: "leaderId" }],
        where: (q) => (scope ? q.andWhere("child.provinceCode = :scope", { scope }) : q),
      },
      page,
    ).load(eventId);
  },

  /** A page of a leader's participations, latest registration first, batched over the request's leaders. */
  ofLeader(ctx: RequestContext, leaderId: string, page: PageInput): Promise<Page<Participation>> {
    const scope = provinceScope(ctx);
    return childPageLoader(
      ctx,
      `participationsOfLeader:${scope ?? "*"}`,
      {
        entity: Participation,
        parentProperty: "leaderId",
        orderBy: [{ property: "registeredAt", direction: "DESC" }],
        where: (q) => (scope ? q.andWhere("child.provinceCode = :scope", { scope }) : q),
      },
      page,
    ).load(leaderId);
  },
};
