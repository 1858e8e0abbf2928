import { type Page, type PageInput, type RequestContext, byKey, childPageLoader } from "@change-leaders/common";
import { In } from "typeorm";
import { Nomination } from "./nomination.entity";
import type { NominationFilter } from "./nomination.inputs";

export const nominationService = {
  byId(ctx: RequestContext, id: string): Promise<Nomination | null> {
    return ctx.loaders
      .get<string, Nomination | null>("nomination", async (ids) =>
        byKey(ids, await ctx.dataSource.manager.findBy(Nomination, { id: In([...ids]) }), (n) => n.id),
      )
      .load(id);
  },

  async list(ctx: RequestContext, filter: NominationFilter | undefined, page: PageInput): Promise<Page<Nomination>> {
    const query = ctx.dataSource.manager.createQueryBuilder(Nomination, "nomination");
    if (filter?.fiscalYear) query.andWhere("nomination.fiscalYear = :fiscalYear", { fiscalYear: filter.fiscalYear });
    if (filter?.round) query.andWhere("nomination.round = :round", { round: filter.round });
    if (filter?.status) query.andWhere("nomination.status = :status", { status: filter.status });
    if (filter?.provinceCode) query.andWhere("nomination.provinceCode = :provinceCode", { provinceCode: filter.provinceCode });
    if (filter?.tambonCode) query.andWhere("nomination.tambonCode = :tambonCode", { tambonCode: filter.tambonCode });
    const [nodes, totalCount] = await query
      .orderBy("nomination.fiscalYear", "DESC")
      .addOrderBy("nomination.tambonCode")
      .addOrderBy("nomination.id")
      .skip(page.offset)
      .take(page.limit)
      .getManyAndCount();
    return { nodes, totalCount };
  },

  /** A page of a tambon's nominations, newest year and latest round first, batched over all tambons. */
  ofTambon(ctx: RequestContext, tambonCode: string, page: PageInput): Promise<Page<Nomination>> {
    return childPageLoader(
      ctx,
      "nominationsOfTambon",
      { entity: Nomination, parentProperty: "tambonCode", orderBy: [{ property: "fiscalYear", direction: "DESC" }, { property: "round" }] },
      page,
    ).load(tambonCode);
  },
};
