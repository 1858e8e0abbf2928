import type { RequestContext } from "@change-leaders/common";
import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from "type-graphql";
import { geographyService } from "../geography/geography.service";
import { Province } from "../geography/province.entity";
import { InspectionRegion } from "./region.entity";
import { regionService } from "./region.service";

@Resolver(() => InspectionRegion)
export class InspectionRegionResolver {
  @Query(() => [InspectionRegion], { description: "The inspection regions of a fiscal year (18 in FY 2564), by number" })
  inspectionRegions(@Arg("fiscalYear", () => Int) fiscalYear: number, @Ctx() ctx: RequestContext): Promise<InspectionRegion[]> {
    return regionService.ofFiscalYear(ctx, fiscalYear);
  }

  @FieldResolver(() => [String], { description: "The codes of the provinces in this region" })
  provinceCodes(@Root() region: InspectionRegion, @Ctx() ctx: RequestContext): Promise<string[]> {
    return regionService.provinceCodes(ctx, region);
  }

  @FieldResolver(() => [Province])
  async provinces(@Root() region: InspectionRegion, @Ctx() ctx: RequestContext): Promise<Province[]> {
    const codes = await regionService.provinceCodes(ctx, region);
    const provinces = await Promise.all(codes.map((code) => geographyService.province(ctx, code)));
    return provinces.filter((p): p is Province => p !== null);
  }
}
