import crypto from "node:crypto";
import {
  type Page,
  type PageInput,
  type RequestContext,
  badInput,
  bangkokDay,
  byKey,
  childPageLoader,
  conflict,
  fiscalYearFirstDay,
  type Satang,
  isUniqueViolation,
  notFound,
  recordHistory,
  writeTransaction,
} from "@change-leaders/common";
import { type EntityManager, In } from "typeorm";
import { type Nomination } from "../nomination/nomination.entity";
import { Award, AwardAmount, AwardLevel } from "./award.entity";
import type { AwardFilter } from "./award.inputs";
import { ContestRound } from "../contest/contest-round";
import { requireOpenYear } from "../fiscal-year/fiscal-year.service";

/** Which award selecting at a round makes (the provincial round makes none). */
export const AWARD_OF_ROUND: Readonly<Record<ContestRound, AwardLevel | null>> = {
  [ContestRound.PROVINCE]: null,
  [ContestRound.REGION]: AwardLevel.OUTSTANDING,
  [ContestRound.NATION]: AwardLevel.EXCELLENT,
};

export const awardService = {
  /** An award by id, batched over the request; no access rules (every staff role reads awards). */
  find(ctx: RequestContext, id: string): Promise<Award | null> {
    return ctx.loaders
      .get<string, Award | null>("award", async (ids) => byKey(ids, await ctx.dataSource.manager.findBy(Award, { id: In([...ids]) }), (a) => a.id))
      .load(id);
  },

  /** The award a nomination's selection made, batched; null before it is selected. */
  ofNomination(ctx: RequestContext, nominationId: string): Promise<Award | null> {
    return ctx.loaders
      .get<string, Award | null>("awardOfNomination", async (ids) =>
        byKey(ids, await ctx.dataSource.manager.findBy(Award, { nominationId: In([...ids]) }), (award) => award.nominationId!),
      )
      .load(nominationId);
  },

  /** The award amount less the disbursements that are not cancelled. */
  remaining(award: Award): Satang {
    return award.amount - award.disbursedTotal;
  },

  async list(ctx: RequestContext, filter: AwardFilter | undefined, page: PageInput): Promise<Page<Award>> {
    const query = ctx.dataSource.manager.createQueryBuilder(Award, "award");
    if (filter?.fiscalYear) query.andWhere("award.fiscalYear = :fiscalYear", { fiscalYear: filter.fiscalYear });
    if (filter?.provinceCode) query.andWhere("award.provinceCode = :provinceCode", { provinceCode: filter.provinceCode });
    if (filter?.tambonCode) query.andWhere("award.tambonCode = :tambonCode", { tambonCode: filter.tambonCode });
    if (filter?.level) query.andWhere("award.level = :level", { level: filter.level });
    const [nodes, totalCount] = await query
      .orderBy("award.fiscalYear", "DESC")
      .addOrderBy("award.level")
      .addOrderBy("award.rank")
      .addOrderBy("award.tambonCode")
      .addOrderBy("award.id")
      .skip(page.offset)
      .take(page.limit)
      .getManyAndCount();
    return { nodes, totalCount };
  },

  ofTambon(ctx: RequestContext, tambonCode: string, page: PageInput): Promise<Page<Award>> {
    return childPageLoader(
      ctx,
      "awardsOfTambon",
      { entity: Award, parentProperty: "tambonCode", orderBy: [{ property: "fiscalYear", direction: "DESC" }, { property: "level" }] },
      page,
    ).load(tambonCode);
  },

  amounts(ctx: RequestContext, fiscalYear?: number): Promise<AwardAmount[]> {
    return ctx.dataSource.manager.find(AwardAmount, { where: fiscalYear ? { fiscalYear } : {}, order: { fiscalYear: "DESC", level: "ASC" } });
  },

  /** Sets the budget of a level in a fiscal year (ADMIN); awards already made keep theirs. */
  async setAmount(ctx: RequestContext, fiscalYear: number, level: AwardLevel, amount: Satang): Promise<AwardAmount> {
    if (amount < 0n) throw badInput("amount", "An award amount cannot be negative");
    return writeTransaction(ctx.dataSource, async (manager) => {
      await requireOpenYear(manager, fiscalYear);
      const before = await manager.findOneBy(AwardAmount, { fiscalYear, level });
      const after = manager.create(AwardAmount, { fiscalYear, level, amount });
      await manager.save(AwardAmount, after);
      await recordHistory(manager, ctx, { entityName: "AwardAmount", entityId: `${fiscalYear}:${level}`, action: "set", before, after });
      return after;
    });
  },

  /**
   * Records the day an award's plaque was presented (the ceremony often comes after the decision):
   * within or after the award's fiscal year and not after today, Bangkok time; audited.
   */
  async recordPlaque(ctx: RequestContext, awardId: string, plaqueAwardedAt: string): Promise<Award> {
    return writeTransaction(ctx.dataSource, async (manager) => {
      const before = await manager.findOneBy(Award, { id: awardId });
      if (!before) throw notFound("Award", awardId);
      await requireOpenYear(manager, before.fiscalYear);
      if (plaqueAwardedAt > bangkokDay(new Date()))
        throw badInput("date", "A plaque is recorded once presented: the day cannot be after today", {
          messageTh: "วันที่มอบโล่ต้องไม่เกินวันนี้",
        });
      const yearBegan = fiscalYearFirstDay(before.fiscalYear);
      if (plaqueAwardedAt < yearBegan)
        throw badInput("date", `A plaque of an FY ${before.fiscalYear} award is presented on or after ${yearBegan}`, {
          messageTh: `วันที่มอบโล่ของรางวัลปีงบประมาณ ${before.fiscalYear} ต้องไม่ก่อนวันที่ 1 ตุลาคม ${before.fiscalYear - 1}`,
        });
      await manager.update(Award, { id: awardId }, { plaqueAwardedAt, version: before.version + 1 });
      const after = await manager.findOneByOrFail(Award, { id: awardId });
      await recordHistory(manager, ctx, { entityName: "Award", entityId: awardId, action: "recordPlaque", before, after });
      return after;
    });
  },

  /** Makes the award a selection at the regional or national round earns, with the amount the data gives. */
  async grantFor(
    manager: EntityManager,
    ctx: RequestContext,
    nomination: Nomination,
    options: { rank: number | null; plaqueAwardedAt: string | null },
  ): Promise<Award | null> {
    const level = AWARD_OF_ROUND[nomination.round];
    if (!level) return null;
    const amount = await manager.findOneBy(AwardAmount, { fiscalYear: nomination.fiscalYear, level });
    if (!amount) throw badInput("id", `No ${level} award amount is set for FY ${nomination.fiscalYear}`);
    const award = manager.create(Award, {
      id: crypto.randomUUID(),
      tambonCode: nomination.tambonCode,
      provinceCode: nomination.provinceCode,
      fiscalYear: nomination.fiscalYear,
      level,
      rank: options.rank,
      amount: amount.amount,
      disbursedTotal: 0n,
      plaqueAwardedAt: options.plaqueAwardedAt,
      nominationId: nomination.id,
      version: 1,
    });
    try {
      await manager.insert(Award, award);
    } catch (error) {
      if (isUniqueViolation(error)) throw conflict(`Tambon ${nomination.tambonCode} already has the FY ${nomination.fiscalYear} ${level} award`);
      throw error;
    }
    await recordHistory(manager, ctx, { entityName: "Award", entityId: award.id, action: "grant", after: award });
    return award;
  },
};
