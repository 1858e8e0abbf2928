import { type RequestContext, Role } from "@change-leaders/common";
import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { Rubric, RubricCriterion } from "./rubric.entity";
import { RubricInput } from "./rubric.inputs";
import { rubricService } from "./rubric.service";
import { ContestRound } from "../contest/contest-round";

@Resolver(() => Rubric)
export class RubricResolver {
  @Query(() => Rubric, { nullable: true, description: "The rubric a round of a fiscal year is scored by" })
  rubric(
    @Arg("fiscalYear", () => Int) fiscalYear: number,
    @Arg("round", () => ContestRound) round: ContestRound,
    @Ctx() ctx: RequestContext,
  ): Promise<Rubric | null> {
    return rubricService.forRound(ctx, fiscalYear, round);
  }

  @Query(() => [Rubric], { description: "The rubrics, of one fiscal year or all" })
  rubrics(@Ctx() ctx: RequestContext, @Arg("fiscalYear", () => Int, { nullable: true }) fiscalYear?: number): Promise<Rubric[]> {
    return rubricService.list(ctx, fiscalYear);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Rubric, { description: "Sets out the rubric of a round (ADMIN)" })
  defineRubric(@Arg("input", () => RubricInput) input: RubricInput, @Ctx() ctx: RequestContext): Promise<Rubric> {
    return rubricService.define(ctx, input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Rubric, {
    description:
      "Corrects the rubric of a round (ADMIN) until the round's first review of that year; then CONFLICT with rule RUBRIC_IN_USE. Reviews keep the rubric they were scored on",
  })
  correctRubric(@Arg("input", () => RubricInput) input: RubricInput, @Ctx() ctx: RequestContext): Promise<Rubric> {
    return rubricService.correct(ctx, input);
  }

  @FieldResolver(() => [RubricCriterion])
  criteria(@Root() rubric: Rubric, @Ctx() ctx: RequestContext): Promise<RubricCriterion[]> {
    return rubricService.criteria(ctx, rubric.id);
  }
}
