import { type RequestContext, Role } from "@change-leaders/common";
import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from "type-graphql";
import { ProgressIndicator } from "./progress-indicator.entity";
import { ProgressIndicatorInput } from "./progress-indicator.inputs";
import { progressIndicatorService } from "./progress-indicator.service";

@Resolver(() => ProgressIndicator)
export class ProgressIndicatorResolver {
  @Authorized()
  @Query(() => [ProgressIndicator], {
    description:
      "What progress reports measure, with units. Without fiscalYear: the catalogue (retired ones only when asked). With it: the set that year's " +
      "reports carry values for, in its order (a year without a set of its own reports on the latest earlier year's); includeRetired adds those retired from it",
  })
  progressIndicators(
    @Ctx() ctx: RequestContext,
    @Arg("includeRetired", { defaultValue: false }) includeRetired: boolean,
    @Arg("fiscalYear", () => Int, { nullable: true }) fiscalYear?: number,
  ): Promise<ProgressIndicator[]> {
    return progressIndicatorService.list(ctx, includeRetired, fiscalYear);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => ProgressIndicator, {
    description: "Adds an indicator or changes one (admins); with fiscalYear it is also put into that year's set",
  })
  saveProgressIndicator(
    @Arg("input", () => ProgressIndicatorInput) input: ProgressIndicatorInput,
    @Ctx() ctx: RequestContext,
    @Arg("fiscalYear", () => Int, { nullable: true }) fiscalYear?: number,
  ): Promise<ProgressIndicator> {
    return progressIndicatorService.save(ctx, input, fiscalYear);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => ProgressIndicator, { description: "Puts an indicator of the catalogue into a fiscal year's set (admins)" })
  addProgressIndicatorToYear(
    @Arg("fiscalYear", () => Int) fiscalYear: number,
    @Arg("code", () => ID) code: string,
    @Ctx() ctx: RequestContext,
  ): Promise<ProgressIndicator> {
    return progressIndicatorService.addToYear(ctx, fiscalYear, code);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => ProgressIndicator, {
    description: "Retires an indicator from a fiscal year's set (admins): the year's reports keep their values of it and take no new ones",
  })
  retireProgressIndicatorFromYear(
    @Arg("fiscalYear", () => Int) fiscalYear: number,
    @Arg("code", () => ID) code: string,
    @Ctx() ctx: RequestContext,
  ): Promise<ProgressIndicator> {
    return progressIndicatorService.retireFromYear(ctx, fiscalYear, code);
  }
}
