import type { RequestContext } from "@change-leaders/common";
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { geographyService } from "../geography/geography.service";
import { Province } from "../geography/province.entity";
import { InspectionRegion } from "./region.entity";
import { InspectionRegionInput } from "./region.inputs";
import { regionService } from "./region.service";

@Resolver(() => InspectionRegion)
export class InspectionRegionResolver {
  @Query(() => [InspectionRegion], { description: "The inspection regions of a fiscal year in use (18 in FY 2564), by number" })
  inspectionRegions(@Arg("fiscalYear", () => Int) fiscalYear: number, @Ctx() ctx: RequestContext): Promise<InspectionRegion[]> {
    return regionService.ofFiscalYear(ctx, fiscalYear);
  }

  @Query(() => [Province], { description: "The provinces no inspection region of the year groups; empty when the year's table covers all 77" })
  provincesWithoutInspectionRegion(@Arg("fiscalYear", () => Int) fiscalYear: number, @Ctx() ctx: RequestContext): Promise<Province[]> {
    return regionService.provincesWithoutRegion(ctx, fiscalYear);
  }

  @Query(() => [ID], { description: "The provinces the calling inspector inspects in a fiscal year (the regions they are assigned to that year)" })
  inspectedProvinces(@Arg("fiscalYear", () => Int) fiscalYear: number, @Ctx() ctx: RequestContext): Promise<string[]> {
    return regionService.inspectedProvinces(ctx, fiscalYear);
  }

  @Mutation(() => InspectionRegion, { description: "Creates or changes an inspection region of a fiscal year with its provinces (admins)" })
  saveInspectionRegion(
    @Arg("input", () => InspectionRegionInput) input: InspectionRegionInput,
    @Ctx() ctx: RequestContext,
  ): Promise<InspectionRegion> {
    return regionService.save(ctx, input);
  }

  @Mutation(() => InspectionRegion, {
    description: "Retires an inspection region from its year, freeing its provinces (admins; none of its inspectors left)",
  })
  retireInspectionRegion(
    @Arg("fiscalYear", () => Int) fiscalYear: number,
    @Arg("code", () => ID) code: string,
    @Ctx() ctx: RequestContext,
  ): Promise<InspectionRegion> {
    return regionService.retire(ctx, fiscalYear, code);
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
