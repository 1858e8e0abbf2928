import crypto from "node:crypto";
import { type RequestContext, badInput, conflict, groupByKey, recordHistory, writeTransaction } from "@change-leaders/common";
import { In } from "typeorm";
import { weightsAddUp } from "./rubric.arithmetic";
import { Rubric, RubricCriterion } from "./rubric.entity";
import type { RubricInput } from "./rubric.inputs";
import { ContestRound } from "../contest/contest-round";

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
    if (!weightsAddUp(input.criteria)) badInputThrow("input.criteria", "The weights of the criteria must add up to 100");
    const codes = new Set(input.criteria.map((c) => c.code));
    if (codes.size !== input.criteria.length) badInputThrow("input.criteria", "Each criterion needs its own code");
    return writeTransaction(ctx.dataSource, async (manager) => {
      if (await manager.existsBy(Rubric, { fiscalYear: input.fiscalYear, round: input.round })) {
        throw conflict(`FY ${input.fiscalYear} already has a ${input.round} rubric`);
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
      const criteria = input.criteria.map((c, position) => ({ id: crypto.randomUUID(), rubricId: rubric.id, position, ...c }));
      await manager.insert(RubricCriterion, criteria);
      await recordHistory(manager, ctx, { entityName: "Rubric", entityId: rubric.id, action: "define", after: { ...rubric, criteria } });
      return rubric;
    });
  },
};

function badInputThrow(field: string, message: string): never {
  throw badInput(field, message);
}
