import type { RequestContext } from "@change-leaders/common";
import { Arg, Ctx, Int, Mutation, Query, Resolver } from "type-graphql";
import { fiscalYearSetupService } from "./fiscal-year-setup.service";
import { FiscalYearSetup, FiscalYearSetupReport } from "./fiscal-year-setup.types";

@Resolver()
export class FiscalYearSetupResolver {
  @Query(() => FiscalYearSetup, { description: "A fiscal year's set-up in all three subgraphs (admins)" })
  fiscalYearSetup(@Arg("fiscalYear", () => Int) fiscalYear: number, @Ctx() ctx: RequestContext): Promise<FiscalYearSetup> {
    return fiscalYearSetupService.ofYear(ctx, fiscalYear);
  }

  @Mutation(() => FiscalYearSetupReport, {
    description: "Copies regions, inspector assignments, indicators, rubrics and award amounts of one year into an empty next year (admins)",
  })
  copyFiscalYearSetup(
    @Arg("fromFiscalYear", () => Int) fromFiscalYear: number,
    @Arg("toFiscalYear", () => Int) toFiscalYear: number,
    @Arg("dryRun", () => Boolean, { defaultValue: false }) dryRun: boolean,
    @Ctx() ctx: RequestContext,
  ): Promise<FiscalYearSetupReport> {
    return fiscalYearSetupService.copy(ctx, fromFiscalYear, toFiscalYear, dryRun);
  }
}
