import { type RequestContext, satangFromColumn } from "@change-leaders/common";
import { Award, type AwardLevel } from "../award/award.entity";
import { DisbursementStatus } from "../disbursement/disbursement.entity";
import { LessonSummary, LessonStatus } from "../lesson/lesson.entity";
import { Nomination, NominationStatus } from "../nomination/nomination.entity";
import { type BudgetLine, BudgetSummary, type ExecutiveSummary, type LevelBudget, type ProvinceBudget } from "./budget.types";
import { ContestRound } from "../contest/contest-round";
import { fiscalYearService } from "../fiscal-year/fiscal-year.service";
import { provinceCodes } from "../province/province.peer";

interface Sums {
  awardCount: bigint;
  awarded: bigint;
  disbursed: bigint;
  paid: bigint;
}

const line = (sums: Sums): BudgetLine => ({
  awardCount: Number(sums.awardCount),
  awardedTotal: sums.awarded,
  disbursedTotal: sums.disbursed,
  paidTotal: sums.paid,
  remainingTotal: sums.awarded - sums.disbursed,
});

/** One row of the summary: a province's awards of one level, summed in SQL. */
interface GroupRow {
  provinceCode: string;
  level: AwardLevel;
  awardCount: unknown;
  awarded: unknown;
  disbursed: unknown;
  paid: unknown;
}

const provinceLine = (code: string, sums: Sums): ProvinceBudget => ({ provinceCode: code, province: { code }, ...line(sums) });

const empty = (): Sums => ({ awardCount: 0n, awarded: 0n, disbursed: 0n, paid: 0n });

/** The grand total, and the lines by province and by level, added up from the (province, level) groups. */
function totals(grouped: GroupRow[]): Pick<BudgetSummary, keyof BudgetLine | "awardedProvinces" | "byLevel"> {
  const total = empty();
  const byProvince = new Map<string, Sums>();
  const byLevel = new Map<AwardLevel, Sums>();
  for (const row of grouped) {
    const sums: Sums = {
      awardCount: satangFromColumn(row.awardCount),
      awarded: satangFromColumn(row.awarded),
      disbursed: satangFromColumn(row.disbursed),
      paid: satangFromColumn(row.paid ?? 0),
    };
    for (const target of [
      total,
      byProvince.get(row.provinceCode) ?? byProvince.set(row.provinceCode, empty()).get(row.provinceCode)!,
      byLevel.get(row.level) ?? byLevel.set(row.level, empty()).get(row.level)!,
    ]) {
      target.awardCount += sums.awardCount;
      target.awarded += sums.awarded;
      target.disbursed += sums.disbursed;
      target.paid += sums.paid;
    }
  }
  return {
    ...line(total),
    awardedProvinces: [...byProvince.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([code, sums]): ProvinceBudget => provinceLine(code, sums)),
    byLevel: [...byLevel.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([level, sums]): LevelBudget => ({ level, ...line(sums) })),
  };
}

export const budgetService = {
  /**
   * The summary's lines by province: every province (people's 77, asked once per process) or the one
   * asked for, zeros where there is no award, in code order.
   */
  async byProvince(ctx: RequestContext, summary: BudgetSummary): Promise<ProvinceBudget[]> {
    const codes = summary.provinceCode ? [summary.provinceCode] : await provinceCodes(ctx);
    const awarded = new Map(summary.awardedProvinces.map((row) => [row.provinceCode, row]));
    const all = new Set([...codes, ...awarded.keys()]);
    return [...all].sort().map((code) => awarded.get(code) ?? provinceLine(code, empty()));
  },

  /**
   * A fiscal year's money in one statement, grouped in SQL by province and level over the awards, the
   * paid disbursements summed per award by a correlated subquery on idx_disbursement_award; sums come
   * back as integers of satang and are added as bigint, never as floats. The awards themselves are
   * loaded only when `byAward` is asked (BudgetResolver).
   */
  async summary(ctx: RequestContext, fiscalYear: number, provinceCode?: string | null): Promise<BudgetSummary> {
    const query = ctx.dataSource.manager
      .createQueryBuilder(Award, "award")
      .select("award.provinceCode", "provinceCode")
      .addSelect("award.level", "level")
      .addSelect("COUNT(*)", "awardCount")
      .addSelect("SUM(award.amount_satang)", "awarded")
      .addSelect("SUM(award.disbursed_satang)", "disbursed")
      .addSelect(
        "SUM((SELECT COALESCE(SUM(disbursement.amount_satang), 0) FROM disbursement disbursement WHERE disbursement.award_id = award.id AND disbursement.status = :paid))",
        "paid",
      )
      .where("award.fiscalYear = :fiscalYear", { fiscalYear, paid: DisbursementStatus.PAID })
      .groupBy("award.provinceCode")
      .addGroupBy("award.level");
    if (provinceCode) query.andWhere("award.provinceCode = :provinceCode", { provinceCode });
    const grouped = await query.getRawMany<GroupRow>();
    return Object.assign(new BudgetSummary(), { fiscalYear, provinceCode: provinceCode ?? null, ...totals(grouped) });
  },

  /** Each award of the year (and province), excellent first, by rank and tambon. */
  awards(ctx: RequestContext, fiscalYear: number, provinceCode?: string | null): Promise<Award[]> {
    return ctx.dataSource.manager.find(Award, {
      where: { fiscalYear, ...(provinceCode ? { provinceCode } : {}) },
      order: { level: "DESC", rank: "ASC", tambonCode: "ASC" },
    });
  },

  async executive(ctx: RequestContext, fiscalYear: number): Promise<ExecutiveSummary> {
    const manager = ctx.dataSource.manager;
    const rounds = await manager
      .createQueryBuilder(Nomination, "nomination")
      .select("nomination.round", "round")
      .addSelect("COUNT(*)", "nominated")
      .addSelect(`SUM(CASE WHEN nomination.status = '${NominationStatus.SELECTED}' THEN 1 ELSE 0 END)`, "selected")
      .where("nomination.fiscalYear = :fiscalYear", { fiscalYear })
      .groupBy("nomination.round")
      .getRawMany<{ round: ContestRound; nominated: unknown; selected: unknown }>();
    const counts = new Map(rounds.map((row) => [row.round, row]));
    const [budget, awards, year] = await Promise.all([
      this.summary(ctx, fiscalYear),
      this.awards(ctx, fiscalYear),
      fiscalYearService.find(ctx, fiscalYear),
    ]);
    return {
      fiscalYear,
      year,
      rounds: Object.values(ContestRound).map((round) => ({
        round,
        nominated: Number(counts.get(round)?.nominated ?? 0),
        selected: Number(counts.get(round)?.selected ?? 0),
      })),
      excellentAwards: awards.filter((award) => award.level === "EXCELLENT").sort((a, b) => (a.rank ?? 999) - (b.rank ?? 999)),
      outstandingCount: awards.filter((award) => award.level === "OUTSTANDING").length,
      budget,
      publishedLessons: await manager.find(LessonSummary, {
        where: { fiscalYear, status: LessonStatus.PUBLISHED },
        order: { provinceCode: "ASC", tambonCode: "ASC" },
      }),
    };
  },
};
