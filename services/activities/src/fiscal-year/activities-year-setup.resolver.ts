import { type RequestContext, FiscalYearSetupItem, Role, conflict, recordHistory, requireLaterFiscalYear, setupItem } from "@change-leaders/common";
import { Arg, Authorized, Ctx, Int, Mutation, Query, Resolver } from "type-graphql";
import type { ProgressIndicator } from "../progress/progress-indicator.entity";
import { progressIndicatorService, yearSetTransaction } from "../progress/progress-indicator.service";

const indicatorItems = (indicators: ProgressIndicator[]): FiscalYearSetupItem[] =>
  indicators.map((indicator) => setupItem("PROGRESS_INDICATOR", indicator.code, indicator.nameTh));

/**
 * Activities' part of a fiscal year's set-up: the progress-indicator set the year's reports carry values
 * for. People's `fiscalYearSetup` and `copyFiscalYearSetup` ask for it as the admin who asked.
 */
@Resolver()
export class ActivitiesYearSetupResolver {
  @Authorized(Role.ADMIN)
  @Query(() => [FiscalYearSetupItem], {
    description: "The progress indicators of a fiscal year's own set, in its order (admins). Empty while the year reports on an earlier year's set",
  })
  async activitiesYearSetup(@Arg("fiscalYear", () => Int) fiscalYear: number, @Ctx() ctx: RequestContext): Promise<FiscalYearSetupItem[]> {
    return indicatorItems(await progressIndicatorService.ownSet(ctx.dataSource.manager, fiscalYear));
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => [FiscalYearSetupItem], {
    description:
      "Copies the indicator set a year reports on into a later year without a set of its own (admins); the dry run writes nothing. Answers what it made",
  })
  copyActivitiesYearSetup(
    @Arg("fromFiscalYear", () => Int) fromFiscalYear: number,
    @Arg("toFiscalYear", () => Int) toFiscalYear: number,
    @Arg("dryRun", () => Boolean, { defaultValue: false }) dryRun: boolean,
    @Ctx() ctx: RequestContext,
  ): Promise<FiscalYearSetupItem[]> {
    requireLaterFiscalYear(fromFiscalYear, toFiscalYear);
    return yearSetTransaction(ctx, toFiscalYear, async (manager) => {
      const existing = indicatorItems(await progressIndicatorService.ownSet(manager, toFiscalYear));
      if (existing.length > 0) {
        throw conflict(`FY ${toFiscalYear} already has an indicator set (${existing.length}); nothing was copied`, {
          field: "toFiscalYear",
          existing,
          messageTh: `ปีงบประมาณ ${toFiscalYear} มีชุดตัวชี้วัดแล้ว ${existing.length} รายการ จึงไม่ได้คัดลอก`,
        });
      }
      const source = await progressIndicatorService.setOf(manager, fromFiscalYear);
      const items = indicatorItems(source);
      if (dryRun || source.length === 0) return items;
      await progressIndicatorService.writeSet(manager, toFiscalYear, source);
      await recordHistory(manager, ctx, {
        entityName: "ProgressIndicatorSet",
        entityId: String(toFiscalYear),
        action: "COPY",
        after: { fiscalYear: toFiscalYear, fromFiscalYear, indicatorCodes: source.map((indicator) => indicator.code) },
      });
      return items;
    });
  }
}
