import { type Page, type PageInput, type RequestContext, badInput, byKey, childKeyPageLoader, groupByKey } from "@change-leaders/common";
import { In } from "typeorm";
import { Event, EventTambon } from "./event.entity";
import type { EventFilter } from "./event.inputs";

export const eventService = {
  byId(ctx: RequestContext, id: string): Promise<Event | null> {
    return ctx.loaders
      .get<string, Event | null>("event", async (ids) => byKey(ids, await ctx.dataSource.manager.findBy(Event, { id: In([...ids]) }), (e) => e.id))
      .load(id);
  },

  async list(ctx: RequestContext, filter: EventFilter | undefined, page: PageInput): Promise<Page<Event>> {
    if (filter?.from && filter?.to && filter.to < filter.from) throw badInput("filter.to", "to is before from");
    const query = ctx.dataSource.manager.createQueryBuilder(Event, "event");
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
    const events = await Promise.all(links.keys.map((id) => this.byId(ctx, id)));
    return { totalCount: links.totalCount, nodes: events.filter((e): e is Event => e !== null) };
  },
};
