import type { RequestContext } from "@change-leaders/common";
import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from "type-graphql";
import { Award } from "../award/award.entity";
import { budgetService } from "./budget.service";
import { BudgetSummary, ExecutiveSummary, ProvinceBudget } from "./budget.types";

@Resolver(() => BudgetSummary)
export class BudgetResolver {
  @Query(() => BudgetSummary, { description: "Awarded, disbursed and remaining money of a fiscal year, by province, level and award" })
  budgetSummary(
    @Arg("fiscalYear", () => Int) fiscalYear: number,
    @Ctx() ctx: RequestContext,
    @Arg("provinceCode", () => ID, { nullable: true }) provinceCode?: string | null,
  ): Promise<BudgetSummary> {
    return budgetService.summary(ctx, fiscalYear, provinceCode);
  }

  @Query(() => ExecutiveSummary, { description: "A fiscal year for executives: the contest, the awards, the money, the published lessons" })
  executiveSummary(@Arg("fiscalYear", () => Int) fiscalYear: number, @Ctx() ctx: RequestContext): Promise<ExecutiveSummary> {
    return budgetService.executive(ctx, fiscalYear);
  }

  @FieldResolver(() => [ProvinceBudget], { description: "Every province (or the one asked for), zeros included, in code order" })
  byProvince(@Root() summary: BudgetSummary, @Ctx() ctx: RequestContext): Promise<ProvinceBudget[]> {
    return budgetService.byProvince(ctx, summary);
  }

  @FieldResolver(() => [Award], { description: "Each award with its amount, disbursed total and what remains" })
  byAward(@Root() summary: BudgetSummary, @Ctx() ctx: RequestContext): Promise<Award[]> {
    return budgetService.awards(ctx, summary.fiscalYear, summary.provinceCode);
  }
}
