import { type RequestContext, type Satang, BahtScalar, DateScalar, PageInput, Role, pageOf } from "@change-leaders/common";
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { DisbursementPage } from "../disbursement/disbursement.inputs";
import { disbursementService } from "../disbursement/disbursement.service";
import { TambonRef } from "../tambon/tambon.ref";
import { Award, AwardAmount, AwardLevel } from "./award.entity";
import { AwardFilter, AwardPage } from "./award.inputs";
import { awardService } from "./award.service";

@Resolver(() => Award)
export class AwardResolver {
  @Query(() => Award, { nullable: true })
  award(@Arg("id", () => ID) id: string, @Ctx() ctx: RequestContext): Promise<Award | null> {
    return awardService.find(ctx, id);
  }

  @Query(() => AwardPage, { description: "Awards by fiscal year, province, tambon or level" })
  awards(
    @Ctx() ctx: RequestContext,
    @Arg("filter", () => AwardFilter, { nullable: true }) filter?: AwardFilter,
    @Arg("page", () => PageInput, { nullable: true }) page?: PageInput,
  ) {
    return awardService.list(ctx, filter, pageOf(page));
  }

  @Query(() => [AwardAmount], { description: "The amount each award level receives, per fiscal year" })
  awardAmounts(@Ctx() ctx: RequestContext, @Arg("fiscalYear", () => Int, { nullable: true }) fiscalYear?: number): Promise<AwardAmount[]> {
    return awardService.amounts(ctx, fiscalYear);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => AwardAmount, { description: "Sets the amount of an award level in a fiscal year (ADMIN); existing awards keep theirs" })
  setAwardAmount(
    @Arg("fiscalYear", () => Int) fiscalYear: number,
    @Arg("level", () => AwardLevel) level: AwardLevel,
    @Arg("amount", () => BahtScalar) amount: Satang,
    @Ctx() ctx: RequestContext,
  ): Promise<AwardAmount> {
    return awardService.setAmount(ctx, fiscalYear, level, amount);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Award, {
    description: "Records the day the award's plaque was presented (ADMIN): within or after its fiscal year, not after today",
  })
  recordPlaque(
    @Arg("awardId", () => ID) awardId: string,
    @Arg("date", () => DateScalar, { description: "The day the plaque was presented (SPEC section 6: recordPlaque(awardId, date))" }) date: string,
    @Ctx() ctx: RequestContext,
  ): Promise<Award> {
    return awardService.recordPlaque(ctx, awardId, date);
  }

  @FieldResolver(() => TambonRef)
  tambon(@Root() award: Award): TambonRef {
    return { code: award.tambonCode };
  }

  @FieldResolver(() => BahtScalar, { description: "The award amount less the disbursements that are not cancelled" })
  remaining(@Root() award: Award): Satang {
    return awardService.remaining(award);
  }

  @FieldResolver(() => DisbursementPage, { description: "The award's disbursements, latest first" })
  disbursements(@Root() award: Award, @Ctx() ctx: RequestContext, @Arg("page", () => PageInput, { nullable: true }) page?: PageInput) {
    return disbursementService.ofAward(ctx, award.id, pageOf(page));
  }
}
