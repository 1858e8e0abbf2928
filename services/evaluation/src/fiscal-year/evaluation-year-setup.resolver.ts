import crypto from "node:crypto";
import {
  type RequestContext,
  FiscalYearSetupItem,
  Role,
  requireLaterFiscalYear,
  conflict,
  fromSatang,
  isUniqueViolation,
  recordHistory,
  setupItem,
  writeTransaction,
} from "@change-leaders/common";
import { Arg, Authorized, Ctx, Int, Mutation, Query, Resolver } from "type-graphql";
import { type EntityManager, In } from "typeorm";
import { AwardAmount, AwardLevel } from "../award/award.entity";
import { Rubric, RubricCriterion } from "../rubric/rubric.entity";
import { requireOpenYear } from "./fiscal-year.service";

const LEVEL_TH: Record<AwardLevel, string> = { [AwardLevel.OUTSTANDING]: "ดีเด่น", [AwardLevel.EXCELLENT]: "ดีเลิศ" };
const bahtTh = (amount: bigint) => `${Number(fromSatang(amount)).toLocaleString("th-TH", { minimumFractionDigits: 2 })} บาท`;

/** What evaluation holds of a year's set-up: its rubrics (by round) and its award amounts (by level). */
async function yearParts(manager: EntityManager, fiscalYear: number) {
  const rubrics = await manager.find(Rubric, { where: { fiscalYear }, order: { round: "ASC" } });
  const amounts = await manager.find(AwardAmount, { where: { fiscalYear }, order: { level: "ASC" } });
  const items = [
    ...rubrics.map((rubric) => setupItem("RUBRIC", rubric.round, rubric.nameTh)),
    ...amounts.map((row) => setupItem("AWARD_AMOUNT", row.level, `เงินรางวัลตำบลระดับ${LEVEL_TH[row.level]} ${bahtTh(row.amount)}`)),
  ];
  return { rubrics, amounts, items };
}

/** Copies the rubrics (with their criteria, under new ids) and the award amounts of `from` into `to`, in the caller's transaction. */
async function copyParts(manager: EntityManager, to: number, rubrics: Rubric[], amounts: AwardAmount[]): Promise<void> {
  const criteria = rubrics.length ? await manager.findBy(RubricCriterion, { rubricId: In(rubrics.map((rubric) => rubric.id)) }) : [];
  for (const rubric of rubrics) {
    const id = crypto.randomUUID();
    await manager.insert(Rubric, { ...rubric, id, fiscalYear: to });
    const own = criteria.filter((criterion) => criterion.rubricId === rubric.id);
    if (own.length)
      await manager.insert(
        RubricCriterion,
        own.map((criterion) => ({ ...criterion, id: crypto.randomUUID(), rubricId: id })),
      );
  }
  if (amounts.length)
    await manager.insert(
      AwardAmount,
      amounts.map((row) => ({ ...row, fiscalYear: to })),
    );
}

/**
 * Evaluation's part of a fiscal year's set-up: the rubrics each round is scored on and the award
 * amounts. People's `fiscalYearSetup` and `copyFiscalYearSetup` ask for it as the admin who asked.
 */
@Resolver()
export class EvaluationYearSetupResolver {
  @Authorized(Role.ADMIN)
  @Query(() => [FiscalYearSetupItem], { description: "The rubrics and award amounts of a fiscal year (admins)" })
  async evaluationYearSetup(@Arg("fiscalYear", () => Int) fiscalYear: number, @Ctx() ctx: RequestContext): Promise<FiscalYearSetupItem[]> {
    return (await yearParts(ctx.dataSource.manager, fiscalYear)).items;
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => [FiscalYearSetupItem], {
    description:
      "Copies the rubrics and award amounts of a year into a later year that has none (admins); the dry run writes nothing. Answers what it made",
  })
  async copyEvaluationYearSetup(
    @Arg("fromFiscalYear", () => Int) fromFiscalYear: number,
    @Arg("toFiscalYear", () => Int) toFiscalYear: number,
    @Arg("dryRun", () => Boolean, { defaultValue: false }) dryRun: boolean,
    @Ctx() ctx: RequestContext,
  ): Promise<FiscalYearSetupItem[]> {
    requireLaterFiscalYear(fromFiscalYear, toFiscalYear);
    const alreadySetUp = (existing: FiscalYearSetupItem[]) =>
      conflict(`FY ${toFiscalYear} already has rubrics or award amounts (${existing.length}); nothing was copied`, {
        field: "toFiscalYear",
        existing,
        messageTh: `ปีงบประมาณ ${toFiscalYear} มีเกณฑ์การประเมินหรือเงินรางวัลแล้ว ${existing.length} รายการ จึงไม่ได้คัดลอก`,
      });
    try {
      return await writeTransaction(ctx.dataSource, async (manager) => {
        await requireOpenYear(manager, toFiscalYear);
        const target = await yearParts(manager, toFiscalYear);
        if (target.items.length > 0) throw alreadySetUp(target.items);
        const source = await yearParts(manager, fromFiscalYear);
        if (dryRun || source.items.length === 0) return source.items;
        await copyParts(manager, toFiscalYear, source.rubrics, source.amounts);
        await recordHistory(manager, ctx, {
          entityName: "EvaluationYearSetup",
          entityId: String(toFiscalYear),
          action: "COPY",
          after: { fromFiscalYear, toFiscalYear, items: source.items },
        });
        return source.items;
      });
    } catch (error) {
      // Two admins copying into the same year at once: the second finds the first's rows.
      if (!isUniqueViolation(error)) throw error;
      throw alreadySetUp((await yearParts(ctx.dataSource.manager, toFiscalYear)).items);
    }
  }
}
