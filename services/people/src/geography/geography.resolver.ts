import { type RequestContext, PageInput, pageOf } from "@change-leaders/common";
import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { District } from "./district.entity";
import { TambonFilter, TambonPage } from "./geography.inputs";
import { geographyService } from "./geography.service";
import { Province } from "./province.entity";
import { Tambon } from "./tambon.entity";

@Resolver(() => Province)
export class ProvinceResolver {
  @Query(() => [Province], { description: "All 77 provinces, by code" })
  provinces(@Ctx() ctx: RequestContext): Promise<Province[]> {
    return geographyService.provinces(ctx);
  }

  @Query(() => Province, { nullable: true })
  province(@Arg("code", () => ID) code: string, @Ctx() ctx: RequestContext): Promise<Province | null> {
    return geographyService.province(ctx, code);
  }

  @FieldResolver(() => [District])
  districts(@Root() province: Province, @Ctx() ctx: RequestContext): Promise<District[]> {
    return geographyService.districtsOfProvince(ctx, province.code);
  }

  @FieldResolver(() => TambonPage)
  tambons(@Root() province: Province, @Ctx() ctx: RequestContext, @Arg("page", () => PageInput, { nullable: true }) page?: PageInput) {
    return geographyService.tambons(ctx, { provinceCode: province.code }, pageOf(page));
  }
}

@Resolver(() => District)
export class DistrictResolver {
  @Query(() => District, { nullable: true })
  district(@Arg("code", () => ID) code: string, @Ctx() ctx: RequestContext): Promise<District | null> {
    return geographyService.district(ctx, code);
  }

  @FieldResolver(() => Province)
  province(@Root() district: District, @Ctx() ctx: RequestContext): Promise<Province | null> {
    return geographyService.province(ctx, district.provinceCode);
  }

  @FieldResolver(() => TambonPage)
  tambons(@Root() district: District, @Ctx() ctx: RequestContext, @Arg("page", () => PageInput, { nullable: true }) page?: PageInput) {
    return geographyService.tambonsOfDistrict(ctx, district.code, pageOf(page));
  }
}

@Resolver(() => Tambon)
export class TambonResolver {
  @Query(() => Tambon, { nullable: true })
  tambon(@Arg("code", () => ID) code: string, @Ctx() ctx: RequestContext): Promise<Tambon | null> {
    return geographyService.tambon(ctx, code);
  }

  @Query(() => TambonPage, { description: "Tambons by province, district or the start of a name or code" })
  tambons(
    @Ctx() ctx: RequestContext,
    @Arg("filter", () => TambonFilter, { nullable: true }) filter?: TambonFilter,
    @Arg("page", () => PageInput, { nullable: true }) page?: PageInput,
  ) {
    return geographyService.tambons(ctx, filter, pageOf(page));
  }

  @FieldResolver(() => District)
  district(@Root() tambon: Tambon, @Ctx() ctx: RequestContext): Promise<District | null> {
    return geographyService.district(ctx, tambon.districtCode);
  }

  @FieldResolver(() => Province)
  province(@Root() tambon: Tambon, @Ctx() ctx: RequestContext): Promise<Province | null> {
    return geographyService.province(ctx, tambon.provinceCode);
  }
}
