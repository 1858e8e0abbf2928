import crypto from "node:crypto";
import { type RequestContext, DomainError, badInput, conflict, groupByKey, recordHistory, rowLock, writeTransaction } from "@change-leaders/common";
import { In } from "typeorm";
import { weightsAddUp } from "./rubric.arithmetic";
import { Rubric, RubricCriterion } from "./rubric.entity";
import type { RubricInput } from "./rubric.inputs";
import { Nomination } from "../nomination/nomination.entity";
import { Review } from "../review/review.entity";
import { ContestRound } from "../contest/contest-round";
import { requireOpenYear } from "../fiscal-year/fiscal-year.service";

export const rubricService = {
  /** The rubric of a fiscal year's round, batched per request. */
  forRound(ctx: RequestContext, fiscalYear: number, round: ContestRound): Promise<Rubric | null> {
    return ctx.loaders
      .get<string, Rubric | null>("rubricOfRound", async (keys) => {
        const years = [...new Set(keys.map((key) => Number(key.split(":")[0])))];
        const rubrics = await ctx.dataSource.manager.findBy(Rubric, { fiscalYear: In(years) });
        const found = new Map(rubrics.map((rubric) => [`${rubric.fiscalYear}:${rubric.round}`, rubric]));
        return keys.map((key) => found.get(key) ?? null);
      })
      .load(`${fiscalYear}:${round}`);
  },

  list(ctx: RequestContext, fiscalYear?: number): Promise<Rubric[]> {
    return ctx.dataSource.manager.find(Rubric, { where: fiscalYear ? { fiscalYear } : {}, order: { fiscalYear: "DESC", round: "ASC" } });
  },

  /** A rubric's criteria in order, batched over every rubric of the request. */
  criteria(ctx: RequestContext, rubricId: string): Promise<RubricCriterion[]> {
    return ctx.loaders
      .get<string, RubricCriterion[]>("rubricCriteria", async (ids) =>
        groupByKey(
          ids,
          await ctx.dataSource.manager.find(RubricCriterion, { where: { rubricId: In([...ids]) }, order: { position: "ASC" } }),
          (criterion) => criterion.rubricId,
        ),
      )
      .load(rubricId);
  },

  /** Sets out the rubric of a round; a round that already has one keeps it (CONFLICT). */
  async define(ctx: RequestContext, input: RubricInput): Promise<Rubric> {
    checkCriteria(input);
    return writeTransaction(ctx.dataSource, async (manager) => {
      await requireOpenYear(manager, input.fiscalYear);
      if (await manager.existsBy(Rubric, { fiscalYear: input.fiscalYear, round: input.round })) {
        throw conflict(`FY ${input.fiscalYear} already has a ${input.round} rubric`, {
          field: "input.round",
          messageTh: `ปีงบประมาณ ${input.fiscalYear} มีเกณฑ์การประเมินของรอบนี้แล้ว ให้แก้ไขเกณฑ์เดิมแทน`,
        });
      }
      const rubric = manager.create(Rubric, {
        id: crypto.randomUUID(),
        fiscalYear: input.fiscalYear,
        round: input.round,
        nameTh: input.nameTh,
        nameEn: input.nameEn,
        example: input.example ?? false,
      });
      await manager.insert(Rubric, rubric);
      const criteria = criterionRows(rubric.id, input);
      await manager.insert(RubricCriterion, criteria);
      await recordHistory(manager, ctx, { entityName: "Rubric", entityId: rubric.id, action: "define", after: { ...rubric, criteria } });
      return rubric;
    });
  },

  /**
   * Corrects the rubric of a round (names, criteria, weights, highest scores) until the round's first
   * review of that year is submitted; after that CONFLICT with `rule: "RUBRIC_IN_USE"`, so every review
   * of a round is scored on the same rubric. The rubric row is locked for the change.
   */
  async correct(ctx: RequestContext, input: RubricInput): Promise<Rubric> {
    checkCriteria(input);
    return writeTransaction(ctx.dataSource, async (manager) => {
      await requireOpenYear(manager, input.fiscalYear);
      const before = await manager.findOne(Rubric, {
        where: { fiscalYear: input.fiscalYear, round: input.round },
        ...rowLock(manager, "pessimistic_write"),
      });
      if (!before) {
        throw new DomainError("NOT_FOUND", `FY ${input.fiscalYear} has no ${input.round} rubric`, {
          field: "input.round",
          messageTh: `ปีงบประมาณ ${input.fiscalYear} ยังไม่มีเกณฑ์การประเมินของรอบนี้`,
        });
      }
      const reviews = await manager
        .createQueryBuilder(Review, "r")
        .innerJoin(Nomination, "n", "n.id = r.nominationId")
        .where("n.fiscalYear = :fiscalYear AND n.round = :round", { fiscalYear: input.fiscalYear, round: input.round })
        .getCount();
      if (reviews > 0) {
        throw conflict(`The ${input.round} rubric of FY ${input.fiscalYear} has scored ${reviews} reviews and can no longer change`, {
          field: "input.round",
          rule: "RUBRIC_IN_USE",
          reviews,
          messageTh: `เกณฑ์การประเมินนี้ใช้ให้คะแนนไปแล้ว ${reviews} รายการ จึงแก้ไขไม่ได้ (แก้ได้ก่อนมีผลการประเมินรายการแรกของรอบ)`,
        });
      }
      const criteriaBefore = await manager.find(RubricCriterion, { where: { rubricId: before.id }, order: { position: "ASC" } });
      const after = { ...before, nameTh: input.nameTh, nameEn: input.nameEn, example: input.example ?? false };
      await manager.save(Rubric, after);
      await manager.delete(RubricCriterion, { rubricId: before.id });
      const criteria = criterionRows(before.id, input);
      await manager.insert(RubricCriterion, criteria);
      await recordHistory(manager, ctx, {
        entityName: "Rubric",
        entityId: before.id,
        action: "correct",
        before: { ...before, criteria: criteriaBefore },
        after: { ...after, criteria },
      });
      return after;
    });
  },
};

/** A rubric's criteria add up to 100 percent, each with its own code. */
function checkCriteria(input: RubricInput): void {
  if (!weightsAddUp(input.criteria)) {
    throw badInput("input.criteria", "The weights of the criteria must add up to 100", { messageTh: "น้ำหนักของเกณฑ์ทุกข้อรวมกันต้องเท่ากับ 100" });
  }
  const codes = new Set(input.criteria.map((c) => c.code));
  if (codes.size !== input.criteria.length) {
    throw badInput("input.criteria", "Each criterion needs its own code", { messageTh: "รหัสเกณฑ์แต่ละข้อต้องไม่ซ้ำกัน" });
  }
}

const criterionRows = (rubricId: string, input: RubricInput): RubricCriterion[] =>
  input.criteria.map((c, position) => ({ id: crypto.randomUUID(), rubricId, position, ...c }));
