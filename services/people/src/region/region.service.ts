import { type RequestContext, badInput, groupByKey, requireIdentity } from "@change-leaders/common";
import { In } from "typeorm";
import { InspectionRegion, InspectionRegionProvince } from "./region.entity";

/** Reads inspection regions; readable by every authenticated caller (reference data). */
export const regionService = {
  async ofFiscalYear(ctx: RequestContext, fiscalYear: number): Promise<InspectionRegion[]> {
    requireIdentity(ctx);
    if (!Number.isInteger(fiscalYear) || fiscalYear < 2500 || fiscalYear > 2700) {
      throw badInput("fiscalYear", "fiscalYear is a Buddhist Era year such as 2564");
    }
    const regions = await ctx.dataSource.manager.findBy(InspectionRegion, { fiscalYear });
    return regions.sort((a, b) => Number(a.code) - Number(b.code) || a.code.localeCompare(b.code));
  },

  /** The province codes of a region, batched over every region of the request. */
  provinceCodes(ctx: RequestContext, region: Pick<InspectionRegion, "fiscalYear" | "code">): Promise<string[]> {
    return ctx.loaders
      .get<string, string[]>("regionProvinces", async (keys) => {
        const years = [...new Set(keys.map((key) => Number(key.split(":")[0])))];
        const rows = await ctx.dataSource.manager.find(InspectionRegionProvince, {
          where: { fiscalYear: In(years) },
          order: { provinceCode: "ASC" },
        });
        return groupByKey(keys, rows, (row) => `${row.fiscalYear}:${row.regionCode}`).map((list) => list.map((row) => row.provinceCode));
      })
      .load(`${region.fiscalYear}:${region.code}`);
  },
};
