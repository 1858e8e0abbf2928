import crypto from "node:crypto";
import {
  type Page,
  type PageInput,
  type RequestContext,
  DomainError,
  badInput,
  byKey,
  childKeyPageLoader,
  conflict,
  fiscalYearOf,
  forbidden,
  groupByKey,
  notFound,
  recordHistory,
  requireIdentity,
  writeTransaction,
  requiredReason,
  provinceScope,
} from "@change-leaders/common";
import { type EntityManager, In } from "typeorm";
import { type EventAction, nextEventStatus } from "./event.transitions";
import { mayRead, provinceOfTambon, requireHttpUrl, requireWriteAccess } from "../access/access";
import { requireKnownPlaces } from "../access/people.peer";
import { Participation } from "../participation/participation.entity";
import { EventOffice } from "./event-office.entity";
import { Event, EventMode, EventStatus, EventTambon } from "./event.entity";
import type { Attendance, EventFilter, EventInput, EventUpdateInput, TambonAttendance } from "./event.inputs";

/** What an event looks like in its history: its fields and its target tambons. */
const snapshot = (event: Event, tambonCodes: string[]) => ({ ...event, tambonCodes });

/** attended ÷ target to 4 decimals, null without a target. */
export const attendanceRate = (attended: number, target: number) => (target > 0 ? Math.round((attended / target) * 10_000) / 10_000 : null);

/** The SQL condition that limits events to what a province officer sees: their own, the department's, or ones that target their tambons. */
function scopeCondition(alias: string) {
  return `(${alias}.organiserProvinceCode = :scope OR ${alias}.organiserProvinceCode IS NULL OR EXISTS (SELECT 1 FROM event_tambon ets WHERE ets.event_id = ${alias}.id AND ets.tambon_code LIKE :scopePrefix))`;
}

interface EventFields {
  startsAt: Date;
  endsAt: Date;
  mode: EventMode;
  venue: string | null;
  meetingUrl: string | null;
  organiserProvinceCode: string | null;
  tambonCodes: string[];
}

/** The rules an event's fields obey together, whichever mutation sets them. */
function checkEventFields(fields: EventFields) {
  if (Number.isNaN(fields.startsAt.getTime())) throw badInput("input.startsAt", "startsAt is not a valid instant");
  if (fields.endsAt < fields.startsAt) throw badInput("input.endsAt", "The event ends before it starts");
  if (fields.mode !== EventMode.ONSITE && !fields.meetingUrl) throw badInput("input.meetingUrl", "An online or hybrid event needs its meeting link");
  if (fields.meetingUrl) requireHttpUrl(fields.meetingUrl, "input.meetingUrl");
  if (fields.mode !== EventMode.ONLINE && !fields.venue?.trim()) throw badInput("input.venue", "An event on site needs its venue");
  if (new Set(fields.tambonCodes).size !== fields.tambonCodes.length) throw badInput("input.tambonCodes", "A tambon is listed twice");
  const outside = fields.organiserProvinceCode && fields.tambonCodes.find((code) => provinceOfTambon(code) !== fields.organiserProvinceCode);
  if (outside) throw badInput("input.tambonCodes", `Tambon ${outside} is not in the organising province ${fields.organiserProvinceCode}`);
}

export const eventService = {
  /** An event by id, through the request's loader; null when it does not exist or the caller may not see it. */
  async findReadable(ctx: RequestContext, id: string): Promise<Event | null> {
    const event = await this.find(ctx, id);
    return event && (await this.visible(ctx, event)) ? event : null;
  },

  /** Whether the caller sees an event: officers see their province's, the department's, and those that target their tambons. */
  async visible(ctx: RequestContext, event: Event): Promise<boolean> {
    const scope = provinceScope(ctx);
    if (scope === null || event.organiserProvinceCode === null || event.organiserProvinceCode === scope) return true;
    return (await this.tambonCodes(ctx, event.id)).some((code) => provinceOfTambon(code) === scope);
  },

  /** An event by id without access rules (for rules that need it). */
  find(ctx: RequestContext, id: string): Promise<Event | null> {
    return ctx.loaders
      .get<string, Event | null>("event", async (ids) => byKey(ids, await ctx.dataSource.manager.findBy(Event, { id: In([...ids]) }), (e) => e.id))
      .load(id);
  },

  async list(ctx: RequestContext, filter: EventFilter | undefined, page: PageInput): Promise<Page<Event>> {
    if (filter?.from && filter?.to && filter.to < filter.from) throw badInput("filter.to", "to is before from");
    const query = ctx.dataSource.manager.createQueryBuilder(Event, "event");
    const scope = provinceScope(ctx);
    if (scope) query.andWhere(scopeCondition("event"), { scope, scopePrefix: `${scope}%` });
    if (filter?.kind) query.andWhere("event.kind = :kind", { kind: filter.kind });
    if (filter?.fiscalYear) query.andWhere("event.fiscalYear = :fiscalYear", { fiscalYear: filter.fiscalYear });
    if (filter?.provinceCode) query.andWhere("event.organiserProvinceCode = :provinceCode", { provinceCode: filter.provinceCode });
    if (filter?.from) query.andWhere("event.endsAt >= :from", { from: filter.from });
    if (filter?.to) query.andWhere("event.startsAt < :to", { to: filter.to });
    if (filter?.tambonCode) {
      query.andWhere("EXISTS (SELECT 1 FROM event_tambon et WHERE et.event_id = event.id AND et.tambon_code = :tambonCode)", {
        tambonCode: filter.tambonCode,
      });
    }
    const [nodes, totalCount] = await query
      .orderBy("event.startsAt", "DESC")
      .addOrderBy("event.id")
      .skip(page.offset)
      .take(page.limit)
      .getManyAndCount();
    return { nodes, totalCount };
  },

  /** The tambons an event targets, by code. */
  tambonCodes(ctx: RequestContext, eventId: string): Promise<string[]> {
    return ctx.loaders
      .get<string, string[]>("eventTambons", async (ids) =>
        groupByKey(
          ids,
          await ctx.dataSource.manager.find(EventTambon, { where: { eventId: In([...ids]) }, order: { tambonCode: "ASC" } }),
          (row) => row.eventId,
        ).map((rows) => rows.map((row) => row.tambonCode)),
      )
      .load(eventId);
  },

  /** A page of the events that target a tambon, latest first, batched over all tambons of the request. */
  async ofTambon(ctx: RequestContext, tambonCode: string, page: PageInput): Promise<Page<Event>> {
    if (!mayRead(ctx, provinceOfTambon(tambonCode))) return { nodes: [], totalCount: 0 };
    const links = await childKeyPageLoader(
      ctx,
      "eventsOfTambon",
      {
        entity: EventTambon,
        parentProperty: "tambonCode",
        keyProperty: "eventId",
        orderBy: [],
        orderExpression: "event.starts_at DESC",
        where: (query) => query.innerJoin(Event, "event", "event.id = child.eventId"),
      },
      page,
    ).load(tambonCode);
    const events = await Promise.all(links.keys.map((id) => this.find(ctx, id)));
    return { totalCount: links.totalCount, nodes: events.filter((e): e is Event => e !== null) };
  },

  /** Registered and attended leaders of each event, counted in one grouped statement for the request's events. */
  counts(ctx: RequestContext, eventId: string): Promise<{ registered: number; attended: number }> {
    return ctx.loaders
      .get<string, { registered: number; attended: number }>("eventAttendanceCounts", async (ids) => {
        const rows = await ctx.dataSource.manager
          .createQueryBuilder(Participation, "p")
          .select("p.eventId", "eventId")
          .addSelect("COUNT(*)", "registered")
          .addSelect("SUM(CASE WHEN p.attended THEN 1 ELSE 0 END)", "attended")
          .where("p.eventId IN (:...ids)", { ids: [...ids] })
          .groupBy("p.eventId")
          .getRawMany<{ eventId: string; registered: string | number; attended: string | number | null }>();
        const found = new Map(rows.map((r) => [r.eventId, { registered: Number(r.registered), attended: Number(r.attended ?? 0) }]));
        return ids.map((id) => found.get(id) ?? { registered: 0, attended: 0 });
      })
      .load(eventId);
  },

  async attendance(ctx: RequestContext, event: Event): Promise<Attendance> {
    const [counts, tambons] = await Promise.all([this.counts(ctx, event.id), this.tambonCodes(ctx, event.id)]);
    const target = tambons.length * event.targetLeadersPerTambon;
    return { ...counts, target, rate: attendanceRate(counts.attended, target) };
  },

  /** Each target tambon's registered, attended and target leaders, grouped in SQL for all events of the request. */
  async attendanceByTambon(ctx: RequestContext, event: Event): Promise<TambonAttendance[]> {
    const [rows, tambons] = await Promise.all([
      ctx.loaders
        .get<string, { tambonCode: string; registered: number; attended: number }[]>("eventTambonAttendance", async (ids) => {
          const raw = await ctx.dataSource.manager
            .createQueryBuilder(Participation, "p")
            .select("p.eventId", "eventId")
            .addSelect("p.tambonCode", "tambonCode")
            .addSelect("COUNT(*)", "registered")
            .addSelect("SUM(CASE WHEN p.attended THEN 1 ELSE 0 END)", "attended")
            .where("p.eventId IN (:...ids)", { ids: [...ids] })
            .groupBy("p.eventId")
            .addGroupBy("p.tambonCode")
            .getRawMany<{ eventId: string; tambonCode: string; registered: string | number; attended: string | number | null }>();
          return groupByKey(ids, raw, (r) => r.eventId).map((list) =>
            list.map((r) => ({ tambonCode: r.tambonCode, registered: Number(r.registered), attended: Number(r.attended ?? 0) })),
          );
        })
        .load(event.id),
      this.tambonCodes(ctx, event.id),
    ]);
    const byTambon = new Map(rows.map((r) => [r.tambonCode, r]));
    const scope = provinceScope(ctx);
    return tambons
      .filter((code) => scope === null || provinceOfTambon(code) === scope)
      .map((tambonCode) => {
        const counts = byTambon.get(tambonCode) ?? { registered: 0, attended: 0 };
        const target = event.targetLeadersPerTambon;
        return {
          tambonCode,
          tambon: { code: tambonCode },
          registered: counts.registered,
          attended: counts.attended,
          target,
          rate: attendanceRate(counts.attended, target),
        };
      });
  },

  async create(ctx: RequestContext, input: EventInput): Promise<Event> {
    // Left out, an officer's event is their province's and an admin's the department's; an explicit null is the department's.
    const organiserProvinceCode = input.organiserProvinceCode !== undefined ? input.organiserProvinceCode : provinceScope(ctx);
    requireWriteAccess(ctx, organiserProvinceCode);
    const fields: EventFields = {
      startsAt: input.startsAt,
      endsAt: input.endsAt,
      mode: input.mode,
      venue: input.venue?.trim() || null,
      meetingUrl: input.meetingUrl?.trim() || null,
      organiserProvinceCode,
      tambonCodes: input.tambonCodes ?? [],
    };
    checkEventFields(fields);
    await requireKnownPlaces(ctx, {
      tambons: { codes: fields.tambonCodes, field: "input.tambonCodes" },
      provinces: {
        codes: [...(input.joinedProvinceCodes ?? []), ...(organiserProvinceCode ? [organiserProvinceCode] : [])],
        field: "input.joinedProvinceCodes",
      },
    });
    const event = ctx.dataSource.manager.create(Event, {
      id: crypto.randomUUID(),
      kind: input.kind,
      title: input.title.trim(),
      startsAt: fields.startsAt,
      endsAt: fields.endsAt,
      mode: fields.mode,
      venue: fields.venue,
      chair: input.chair?.trim() || null,
      meetingUrl: fields.meetingUrl,
      fiscalYear: input.fiscalYear ?? fiscalYearOf(fields.startsAt),
      organiserProvinceCode,
      targetLeadersPerTambon: input.targetLeadersPerTambon ?? 15,
      joinedProvinceCodes: [...new Set(input.joinedProvinceCodes ?? [])].sort(),
      status: EventStatus.SCHEDULED,
      cancelReason: null,
    });
    return writeTransaction(ctx.dataSource, async (manager) => {
      await manager.insert(Event, event);
      if (fields.tambonCodes.length)
        await manager.insert(
          EventTambon,
          fields.tambonCodes.map((tambonCode) => ({ eventId: event.id, tambonCode })),
        );
      const saved = await manager.findOneByOrFail(Event, { id: event.id });
      await recordHistory(manager, ctx, { entityName: "Event", entityId: event.id, action: "CREATE", after: snapshot(saved, fields.tambonCodes) });
      return saved;
    });
  },

  /**
   * A provincial office records that it takes part in a department meeting (a kickoff), and from
   * which room: an officer for their own province, an admin for any. Once per office; sent again, the
   * room is corrected. The office joins the event's joined provinces too. Audited.
   */
  async joinAsOffice(ctx: RequestContext, eventId: string, room: string, provinceCode?: string | null): Promise<EventOffice> {
    const identity = requireIdentity(ctx);
    const own = provinceScope(ctx);
    const office = own ?? provinceCode;
    if (!office)
      throw badInput("provinceCode", "Name the office (provinceCode) that takes part", { messageTh: "กรุณาระบุสำนักงานจังหวัด (provinceCode)" });
    if (own && provinceCode && provinceCode !== own) throw forbidden("An office records its own participation only");
    const where = room.trim();
    if (!where || where.length > 200)
      throw badInput("room", "Say which room the office joins from, in at most 200 characters", {
        messageTh: "กรุณาระบุห้องที่เข้าร่วมประชุม (room) ไม่เกิน 200 ตัวอักษร",
      });
    await requireKnownPlaces(ctx, { provinces: { codes: [office], field: "provinceCode" } });
    return writeTransaction(ctx.dataSource, async (manager) => {
      const event = await manager.findOneBy(Event, { id: eventId });
      if (!event || !(await this.visible(ctx, event))) throw notFound("Event", eventId);
      if (event.organiserProvinceCode !== null)
        throw badInput("eventId", "Offices take part in the department's own meetings; a province's event has its own office", {
          messageTh: "สำนักงานจังหวัดบันทึกการเข้าร่วมได้เฉพาะการประชุมของกรม (eventId)",
        });
      nextEventStatus(event.status, "TAKE_PART");
      const before = await manager.findOneBy(EventOffice, { eventId, provinceCode: office });
      if (before) await manager.update(EventOffice, { eventId, provinceCode: office }, { room: where, recordedBy: identity.id });
      else await manager.insert(EventOffice, { eventId, provinceCode: office, room: where, recordedBy: identity.id });
      const joined = [...new Set([...(event.joinedProvinceCodes ?? []), office])].sort();
      if (joined.length !== (event.joinedProvinceCodes ?? []).length) await manager.update(Event, { id: eventId }, { joinedProvinceCodes: joined });
      const after = await manager.findOneByOrFail(EventOffice, { eventId, provinceCode: office });
      await recordHistory(manager, ctx, { entityName: "Event", entityId: eventId, action: "JOIN_AS_OFFICE", before, after });
      return after;
    });
  },

  /** The offices taking part in an event, by province code, batched over the request. */
  offices(ctx: RequestContext, eventId: string): Promise<EventOffice[]> {
    return ctx.loaders
      .get<string, EventOffice[]>("eventOffices", async (ids) =>
        groupByKey(
          ids,
          await ctx.dataSource.manager.find(EventOffice, { where: { eventId: In([...ids]) }, order: { provinceCode: "ASC" } }),
          (o) => o.eventId,
        ),
      )
      .load(eventId);
  },

  /**
   * The event for `action` and the status it leads to: NOT_FOUND when absent or out of sight, FORBIDDEN
   * when the caller may not change it, INVALID_TRANSITION when the workflow table does not allow it.
   */
  async forChange(ctx: RequestContext, manager: EntityManager, id: string, action: EventAction): Promise<{ event: Event; to: EventStatus }> {
    const event = await manager.findOneBy(Event, { id });
    if (!event) throw notFound("Event", id);
    requireWriteAccess(ctx, event.organiserProvinceCode);
    return { event, to: nextEventStatus(event.status, action) };
  },

  async update(ctx: RequestContext, id: string, input: EventUpdateInput, expectedVersion?: number | null): Promise<Event> {
    const current = await ctx.dataSource.manager.findOneBy(Event, { id });
    if (!current) throw notFound("Event", id);
    requireWriteAccess(ctx, current.organiserProvinceCode);
    const currentTambons = (await ctx.dataSource.manager.findBy(EventTambon, { eventId: id })).map((t) => t.tambonCode).sort();
    const fields: EventFields = {
      startsAt: input.startsAt ?? current.startsAt,
      endsAt: input.endsAt ?? current.endsAt,
      mode: input.mode ?? current.mode,
      venue: input.venue !== undefined ? input.venue?.trim() || null : current.venue,
      meetingUrl: input.meetingUrl !== undefined ? input.meetingUrl?.trim() || null : current.meetingUrl,
      organiserProvinceCode: current.organiserProvinceCode,
      tambonCodes: input.tambonCodes ?? currentTambons,
    };
    checkEventFields(fields);
    const added = fields.tambonCodes.filter((code) => !currentTambons.includes(code));
    const removed = currentTambons.filter((code) => !fields.tambonCodes.includes(code));
    await requireKnownPlaces(ctx, {
      tambons: { codes: added, field: "input.tambonCodes" },
      provinces: { codes: input.joinedProvinceCodes ?? [], field: "input.joinedProvinceCodes" },
    });
    return writeTransaction(ctx.dataSource, async (manager) => {
      const { event: before } = await this.forChange(ctx, manager, id, "EDIT");
      if (removed.length) {
        const registered = await manager.countBy(Participation, { eventId: id, tambonCode: In(removed) });
        if (registered > 0) throw badInput("input.tambonCodes", "A tambon with registered leaders cannot be removed from the event");
      }
      const changes: Partial<Event> = {
        title: input.title?.trim() ?? before.title,
        startsAt: fields.startsAt,
        endsAt: fields.endsAt,
        mode: fields.mode,
        venue: fields.venue,
        chair: input.chair !== undefined ? input.chair?.trim() || null : before.chair,
        meetingUrl: fields.meetingUrl,
        fiscalYear: input.fiscalYear ?? before.fiscalYear,
        targetLeadersPerTambon: input.targetLeadersPerTambon ?? before.targetLeadersPerTambon,
        joinedProvinceCodes: input.joinedProvinceCodes ? [...new Set(input.joinedProvinceCodes)].sort() : before.joinedProvinceCodes,
      };
      const result = await manager
        .createQueryBuilder()
        .update(Event)
        .set(changes)
        .where("id = :id AND version = :version", { id, version: expectedVersion ?? before.version })
        .execute();
      if (!result.affected) throw conflict("The event changed since you read it", { field: "expectedVersion", version: before.version });
      if (removed.length) await manager.delete(EventTambon, { eventId: id, tambonCode: In(removed) });
      if (added.length)
        await manager.insert(
          EventTambon,
          added.map((tambonCode) => ({ eventId: id, tambonCode })),
        );
      const after = await manager.findOneByOrFail(Event, { id });
      await recordHistory(manager, ctx, {
        entityName: "Event",
        entityId: id,
        action: "UPDATE",
        before: snapshot(before, currentTambons),
        after: snapshot(after, [...fields.tambonCodes].sort()),
      });
      return after;
    });
  },

  async cancel(ctx: RequestContext, id: string, reason: string): Promise<Event> {
    const why = requiredReason(reason, "Say why the event is cancelled");
    return writeTransaction(ctx.dataSource, async (manager) => {
      const { event: before, to } = await this.forChange(ctx, manager, id, "CANCEL");
      const result = await manager
        .createQueryBuilder()
        .update(Event)
        .set({ status: to, cancelReason: why })
        .where("id = :id AND status = :status", { id, status: EventStatus.SCHEDULED })
        .execute();
      if (!result.affected) throw new DomainError("INVALID_TRANSITION", "The event is cancelled already");
      const after = await manager.findOneByOrFail(Event, { id });
      await recordHistory(manager, ctx, { entityName: "Event", entityId: id, action: "CANCEL", before, after });
      return after;
    });
  },
};
