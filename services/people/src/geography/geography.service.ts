import { type Page, type PageInput, type RequestContext, byKey, childPageLoader, groupByKey, likePrefix } from "@change-leaders/common";
import { Brackets, In } from "typeorm";
import { District } from "./district.entity";
import type { TambonFilter } from "./geography.inputs";
import { Province } from "./province.entity";
import { Tambon } from "./tambon.entity";

/** Reads the geography: every lookup goes through the request's loaders. */
export const geographyService = {
  provinces(ctx: RequestContext): Promise<Province[]> {
    return ctx.dataSource.manager.find(Province, { order: { code: "ASC" } });
  },

  province(ctx: RequestContext, code: string): Promise<Province | null> {
    return ctx.loaders
      .get<string, Province | null>("province", async (codes) =>
        byKey(codes, await ctx.dataSource.manager.findBy(Province, { code: In([...codes]) }), (p) => p.code),
      )
      .load(code);
  },

  district(ctx: RequestContext, code: string): Promise<District | null> {
    return ctx.loaders
      .get<string, District | null>("district", async (codes) =>
        byKey(codes, await ctx.dataSource.manager.findBy(District, { code: In([...codes]) }), (d) => d.code),
      )
      .load(code);
  },

  tambon(ctx: RequestContext, code: string): Promise<Tambon | null> {
    return ctx.loaders
      .get<string, Tambon | null>("tambon", async (codes) =>
        byKey(codes, await ctx.dataSource.manager.findBy(Tambon, { code: In([...codes]) }), (t) => t.code),
      )
      .load(code);
  },

  districtsOfProvince(ctx: RequestContext, provinceCode: string): Promise<District[]> {
    return ctx.loaders
      .get<string, District[]>("districtsOfProvince", async (codes) =>
        groupByKey(
          codes,
          await ctx.dataSource.manager.find(District, { where: { provinceCode: In([...codes]) }, order: { code: "ASC" } }),
          (d) => d.provinceCode,
        ),
      )
      .load(provinceCode);
  },

  tambonsOfDistrict(ctx: RequestContext, districtCode: string, page: PageInput): Promise<Page<Tambon>> {
    return childPageLoader(ctx, "tambonsOfDistrict", { entity: Tambon, parentProperty: "districtCode", orderBy: [{ property: "code" }] }, page).load(
      districtCode,
    );
  },

  async tambons(ctx: RequestContext, filter: TambonFilter | undefined, page: PageInput): Promise<Page<Tambon>> {
    const query = ctx.dataSource.manager.createQueryBuilder(Tambon, "tambon");
    if (filter?.provinceCode) query.andWhere("tambon.provinceCode = :provinceCode", { provinceCode: filter.provinceCode });
    if (filter?.districtCode) query.andWhere("tambon.districtCode = :districtCode", { districtCode: filter.districtCode });
    if (filter?.search) {
      const prefix = likePrefix(filter.search);
      query.andWhere(
        new Brackets((where) =>
          where
            .where("tambon.nameTh LIKE :prefix ESCAPE '!'", { prefix })
            .orWhere("tambon.nameEn LIKE :prefix ESCAPE '!'")
            .orWhere("tambon.code LIKE :prefix ESCAPE '!'"),
        ),
      );
    }
    const [nodes, totalCount] = await query.orderBy("tambon.code", "ASC").skip(page.offset).take(page.limit).getManyAndCount();
    return { nodes, totalCount };
  },
};
