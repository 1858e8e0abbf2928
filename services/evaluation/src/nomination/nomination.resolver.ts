import { type RequestContext, DateScalar, PageInput, Role, pageOf } from "@change-leaders/common";
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { AccountRef, accountRef } from "../account/account.ref";
import { Award } from "../award/award.entity";
import { formatHundredths } from "../rubric/rubric.arithmetic";
import { Rubric } from "../rubric/rubric.entity";
import { rubricService } from "../rubric/rubric.service";
import { Review } from "../review/review.entity";
import { reviewService } from "../review/review.service";
import { TambonRef } from "../tambon/tambon.ref";
import { Nomination } from "./nomination.entity";
import { Decision, NominationFilter, NominationInput, NominationPage } from "./nomination.inputs";
import { nominationService } from "./nomination.service";
import { mayReadReviews } from "./nomination.visibility";
import { awardService } from "../award/award.service";

@Resolver(() => Nomination)
export class NominationResolver {
  @Query(() => Nomination, { nullable: true })
  nomination(@Arg("id", () => ID) id: string, @Ctx() ctx: RequestContext): Promise<Nomination | null> {
    return nominationService.findReadable(ctx, id);
  }

  @Authorized(Role.INSPECTOR, Role.JUDGE)
  @Query(() => [String], {
    description: "The tambons of the nominations the calling inspector or judge may read: people shows them those tambons' leaders (need to know)",
  })
  readableNominationTambons(@Ctx() ctx: RequestContext): Promise<string[]> {
    return nominationService.readableTambons(ctx);
  }

  @Query(() => NominationPage, { description: "Nominations by fiscal year, round, status, province or tambon" })
  nominations(
    @Ctx() ctx: RequestContext,
    @Arg("filter", () => NominationFilter, { nullable: true }) filter?: NominationFilter,
    @Arg("page", () => PageInput, { nullable: true }) page?: PageInput,
  ) {
    return nominationService.list(ctx, filter, pageOf(page));
  }

  @Authorized(Role.ADMIN, Role.PROVINCE_OFFICER)
  @Mutation(() => Nomination, { description: "Puts a tambon forward (a draft); province officers in their own province" })
  createNomination(@Arg("input", () => NominationInput) input: NominationInput, @Ctx() ctx: RequestContext): Promise<Nomination> {
    return nominationService.create(ctx, input);
  }

  @Authorized(Role.ADMIN, Role.PROVINCE_OFFICER)
  @Mutation(() => Nomination, { description: "DRAFT → SUBMITTED" })
  submitNomination(@Arg("id", () => ID) id: string, @Ctx() ctx: RequestContext): Promise<Nomination> {
    return nominationService.submit(ctx, id);
  }

  @Authorized(Role.ADMIN, Role.PROVINCE_OFFICER)
  @Mutation(() => Nomination, { description: "Withdraws a nomination before its decision; a reason is required" })
  withdrawNomination(@Arg("id", () => ID) id: string, @Arg("reason") reason: string, @Ctx() ctx: RequestContext): Promise<Nomination> {
    return nominationService.withdraw(ctx, id, reason);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Nomination, { description: "SUBMITTED → DRAFT, back to the province with a reason (ADMIN)" })
  returnNomination(@Arg("id", () => ID) id: string, @Arg("reason") reason: string, @Ctx() ctx: RequestContext): Promise<Nomination> {
    return nominationService.returnToDraft(ctx, id, reason);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Nomination, {
    description:
      "Records the panel's decision after at least one review (ADMIN); NOT_SELECTED needs a reason. Selecting nominates the tambon to the next round and makes its award",
  })
  decideNomination(
    @Arg("id", () => ID) id: string,
    @Arg("decision", () => Decision) decision: Decision,
    @Ctx() ctx: RequestContext,
    @Arg("reason", () => String, { nullable: true }) reason?: string | null,
    @Arg("rank", () => Int, { nullable: true, description: "The award's rank; by default the rank of the reviews' average in the round" })
    rank?: number | null,
    @Arg("plaqueAwardedAt", () => DateScalar, { nullable: true }) plaqueAwardedAt?: string | null,
  ): Promise<Nomination> {
    return nominationService.decide(ctx, id, decision, { reason, rank, plaqueAwardedAt });
  }

  @FieldResolver(() => TambonRef)
  tambon(@Root() nomination: Nomination): TambonRef {
    return { code: nomination.tambonCode };
  }

  @FieldResolver(() => AccountRef, { nullable: true, description: "The account in people that nominated the tambon (for admins and its owner)" })
  nominator(@Root() nomination: Nomination): AccountRef | null {
    return accountRef(nomination.nominatedBy);
  }

  @FieldResolver(() => [String])
  evidenceLinks(@Root() nomination: Nomination): string[] {
    return nomination.evidenceLinks ?? [];
  }

  @FieldResolver(() => [Review], { description: "The panel's reviews, oldest first (none for an officer of another province)" })
  async reviews(@Root() nomination: Nomination, @Ctx() ctx: RequestContext): Promise<Review[]> {
    if (!mayReadReviews(ctx, nomination)) return [];
    return reviewService.ofNomination(ctx, nomination.id);
  }

  @FieldResolver(() => Int)
  async reviewCount(@Root() nomination: Nomination, @Ctx() ctx: RequestContext): Promise<number> {
    return (await nominationService.score(ctx, nomination)).reviewCount;
  }

  @FieldResolver(() => String, { nullable: true, description: 'The mean of the reviews\' weighted totals out of 100, e.g. "87.50"' })
  async averageScore(@Root() nomination: Nomination, @Ctx() ctx: RequestContext): Promise<string | null> {
    const { averageHundredths } = await nominationService.score(ctx, nomination);
    return averageHundredths === null ? null : formatHundredths(averageHundredths);
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description:
      "The rank of the average score among the reviewed nominations of the same round and year (at the provincial round: of the same province)",
  })
  async rank(@Root() nomination: Nomination, @Ctx() ctx: RequestContext): Promise<number | null> {
    return (await nominationService.score(ctx, nomination)).rank;
  }

  @FieldResolver(() => Rubric, { nullable: true, description: "The rubric the round is scored by" })
  rubric(@Root() nomination: Nomination, @Ctx() ctx: RequestContext): Promise<Rubric | null> {
    return rubricService.forRound(ctx, nomination.fiscalYear, nomination.round);
  }

  @FieldResolver(() => Nomination, {
    nullable: true,
    description: "The next round's nomination its selection made (decideNomination answers it); null before, or when the caller may not read it",
  })
  nextRoundNomination(@Root() nomination: Nomination, @Ctx() ctx: RequestContext): Promise<Nomination | null> {
    return nominationService.nextRound(ctx, nomination);
  }

  @FieldResolver(() => Award, { nullable: true, description: "The award its selection made" })
  award(@Root() nomination: Nomination, @Ctx() ctx: RequestContext): Promise<Award | null> {
    return awardService.ofNomination(ctx, nomination.id);
  }
}
