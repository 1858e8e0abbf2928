import { type RequestContext, fromSatang, satangFromColumn } from "@change-leaders/common";
import { Award, type AwardLevel } from "../award/award.entity";
import { Disbursement, DisbursementStatus } from "../disbursement/disbursement.entity";
import { LessonSummary, LessonStatus } from "../lesson/lesson.entity";
import { ContestRound, Nomination, NominationStatus } from "../nomination/nomination.entity";
import type { BudgetLine, BudgetSummary, ExecutiveSummary, LevelBudget, ProvinceBudget } from "./budget.types";

interface Sums {
  awardCount: bigint;
  awarded: bigint;
  disbursed: bigint;
  paid: bigint;
}

const line = (sums: Sums): BudgetLine => ({
  awardCount: Number(sums.awardCount),
  awardedTotal: fromSatang(sums.awarded),
  disbursedTotal: fromSatang(sums.disbursed),
  paidTotal: fromSatang(sums.paid),
  remainingTotal: fromSatang(sums.awarded - sums.disbursed),
});

const empty = (): Sums => ({ awardCount: 0n, awarded: 0n, disbursed: 0n, paid: 0n });

export const budgetService = {
  /**
   * A fiscal year's money, grouped in SQL (GROUP BY province and level) over the awards and their paid
   * disbursements; sums come back as integers of satang and are added as bigint, never as floats.
   */
  async summary(ctx: RequestContext, fiscalYear: number, provinceCode?: string | null): Promise<BudgetSummary> {
    const manager = ctx.dataSource.manager;
    const awardQuery = () => {
      const query = manager.createQueryBuilder(Award, "award").where("award.fiscalYear = :fiscalYear", { fiscalYear });
      if (provinceCode) query.andWhere("award.provinceCode = :provinceCode", { provinceCode });
      return query;
    };
    const grouped = await awardQuery()
      .select("award.provinceCode", "provinceCode")
      .addSelect("award.level", "level")
      .addSelect("COUNT(*)", "awardCount")
      .addSelect("SUM(award.amount_satang)", "awarded")
      .addSelect("SUM(award.disbursed_satang)", "disbursed")
      .groupBy("award.provinceCode")
      .addGroupBy("award.level")
      .getRawMany<{ provinceCode: string; level: AwardLevel; awardCount: unknown; awarded: unknown; disbursed: unknown }>();
    const paidRows = await awardQuery()
      .innerJoin(Disbursement, "disbursement", "disbursement.awardId = award.id AND disbursement.status = :paid", { paid: DisbursementStatus.PAID })
      .select("award.provinceCode", "provinceCode")
      .addSelect("award.level", "level")
      .addSelect("SUM(disbursement.amount_satang)", "paid")
      .groupBy("award.provinceCode")
      .addGroupBy("award.level")
      .getRawMany<{ provinceCode: string; level: AwardLevel; paid: unknown }>();
    const paid = new Map(paidRows.map((row) => [`${row.provinceCode}:${row.level}`, satangFromColumn(row.paid)]));

    const total = empty();
    const byProvince = new Map<string, Sums>();
    const byLevel = new Map<AwardLevel, Sums>();
    for (const row of grouped) {
      const sums: Sums = {
        awardCount: satangFromColumn(row.awardCount),
        awarded: satangFromColumn(row.awarded),
        disbursed: satangFromColumn(row.disbursed),
        paid: paid.get(`${row.provinceCode}:${row.level}`) ?? 0n,
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
    const byAward = await awardQuery().orderBy("award.level", "DESC").addOrderBy("award.rank").addOrderBy("award.tambonCode").getMany();
    return {
      fiscalYear,
      provinceCode: provinceCode ?? null,
      ...line(total),
      byProvince: [...byProvince.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([code, sums]): ProvinceBudget => ({ provinceCode: code, ...line(sums) })),
      byLevel: [...byLevel.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([level, sums]): LevelBudget => ({ level, ...line(sums) })),
      byAward,
    };
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
    const budget = await this.summary(ctx, fiscalYear);
    return {
      fiscalYear,
      rounds: Object.values(ContestRound).map((round) => ({
        round,
        nominated: Number(counts.get(round)?.nominated ?? 0),
        selected: Number(counts.get(round)?.selected ?? 0),
      })),
      excellentAwards: budget.byAward.filter((award) => award.level === "EXCELLENT").sort((a, b) => (a.rank ?? 999) - (b.rank ?? 999)),
      outstandingCount: budget.byAward.filter((award) => award.level === "OUTSTANDING").length,
      budget,
      publishedLessons: await manager.find(LessonSummary, {
        where: { fiscalYear, status: LessonStatus.PUBLISHED },
        order: { provinceCode: "ASC", tambonCode: "ASC" },
      }),
    };
  },
};
