import crypto from "node:crypto";
import {
  type RequestContext,
  Role,
  DomainError,
  type DomainErrorDetails,
  badInput,
  conflict,
  forbidden,
  groupByKey,
  isUniqueViolation,
  notFound,
  recordHistory,
  requireIdentity,
  rowLock,
  writeTransaction,
} from "@change-leaders/common";
import { type EntityManager, In } from "typeorm";
import { requireOpenYear } from "../fiscal-year/fiscal-year.service";
import { Nomination, NominationStatus } from "../nomination/nomination.entity";
import { nominationService } from "../nomination/nomination.service";
import { inspectedProvinces } from "../region/region.peer";
import { weightedTotalHundredths } from "../rubric/rubric.arithmetic";
import { Rubric, RubricCriterion } from "../rubric/rubric.entity";
import { rubricService } from "../rubric/rubric.service";
import { Review, ReviewScore } from "./review.entity";
import type { ReviewInput } from "./review.inputs";
import { ContestRound } from "../contest/contest-round";

export const reviewService = {
  /** A nomination's reviews, oldest first, batched over every nomination of the request. */
  ofNomination(ctx: RequestContext, nominationId: string): Promise<Review[]> {
    return ctx.loaders
      .get<string, Review[]>("reviewsOfNomination", async (ids) =>
        groupByKey(
          ids,
          await ctx.dataSource.manager.find(Review, { where: { nominationId: In([...ids]) }, order: { submittedAt: "ASC", id: "ASC" } }),
          (review) => review.nominationId,
        ),
      )
      .load(nominationId);
  },

  scores(ctx: RequestContext, reviewId: string): Promise<ReviewScore[]> {
    return ctx.loaders
      .get<string, ReviewScore[]>("reviewScores", async (ids) =>
        groupByKey(
          ids,
          await ctx.dataSource.manager.find(ReviewScore, { where: { reviewId: In([...ids]) }, order: { criterionCode: "ASC" } }),
          (score) => score.reviewId,
        ),
      )
      .load(reviewId);
  },

  /** Who may review what: inspectors the provinces of their region (provincial and regional rounds), judges the national round. */
  async requireReviewer(ctx: RequestContext, nomination: Nomination): Promise<void> {
    const identity = requireIdentity(ctx);
    if (identity.role === Role.JUDGE) {
      if (nomination.round !== ContestRound.NATION) throw forbidden("Judges review the national round only");
      return;
    }
    const provinces = await inspectedProvinces(ctx, nomination.fiscalYear);
    if (provinces !== null) {
      if (nomination.round === ContestRound.NATION) throw forbidden("The national round is reviewed by the national panel's judges");
      if (!provinces.includes(nomination.provinceCode)) {
        throw forbidden(`Province ${nomination.provinceCode} is not in an inspection region you serve in FY ${nomination.fiscalYear}`);
      }
      return;
    }
    throw forbidden("Only inspectors and judges review nominations");
  },

  /** Scores a nomination against its round's rubric; the review is locked once submitted, one per reviewer. */
  async submit(ctx: RequestContext, input: ReviewInput): Promise<Review> {
    const identity = requireIdentity(ctx);
    const nomination = await nominationService.find(ctx, input.nominationId);
    if (!nomination) throw notFound("Nomination", input.nominationId);
    await this.requireReviewer(ctx, nomination);
    if (nomination.status !== NominationStatus.SUBMITTED && nomination.status !== NominationStatus.UNDER_REVIEW) {
      throw new DomainError("INVALID_TRANSITION", `A ${nomination.status} nomination cannot be reviewed`, { from: nomination.status });
    }
    const rubric = await rubricService.forRound(ctx, nomination.fiscalYear, nomination.round);
    if (!rubric) throw badInput("input.nominationId", `FY ${nomination.fiscalYear} has no rubric for the ${nomination.round} round yet`);
    const criteria = await rubricService.criteria(ctx, rubric.id);
    const given = new Map<string, number>();
    for (const [i, s] of input.scores.entries()) {
      if (!criteria.some((c) => c.code === s.criterionCode))
        badInputThrow(`input.scores.${i}.criterionCode`, `The rubric has no criterion ${s.criterionCode}`);
      if (given.has(s.criterionCode)) badInputThrow(`input.scores.${i}.criterionCode`, `Criterion ${s.criterionCode} is scored twice`);
      given.set(s.criterionCode, s.score);
    }
    const scores = criteria.map((criterion) => {
      const score = given.get(criterion.code);
      if (score === undefined) badInputThrow("input.scores", `Criterion ${criterion.code} has no score`);
      if (!Number.isInteger(score) || score < 0 || score > criterion.maxScore) {
        const i = input.scores.findIndex((s) => s.criterionCode === criterion.code);
        badInputThrow(`input.scores.${i}.score`, `The score of ${criterion.code} must be a whole number from 0 to ${criterion.maxScore}`, {
          messageTh: `คะแนน "${criterion.nameTh}" ต้องเป็นจำนวนเต็มตั้งแต่ 0 ถึง ${criterion.maxScore}`,
          criterionCode: criterion.code,
        });
      }
      return score;
    });
    const totalHundredths = weightedTotalHundredths(criteria, scores);
    try {
      return await writeTransaction(ctx.dataSource, async (manager) => {
        await requireOpenYear(manager, nomination.fiscalYear);
        await requireRubricAsScored(manager, rubric.id, criteria);
        const review = manager.create(Review, {
          id: crypto.randomUUID(),
          nominationId: nomination.id,
          reviewerId: identity.id,
          reviewerName: identity.name,
          reviewerRole: identity.role,
          recommendation: input.recommendation,
          comment: input.comment.trim(),
          commentConfidential: input.commentConfidential ?? false,
          totalHundredths,
          locked: true,
        });
        await manager.insert(Review, review);
        const rows = criteria.map((criterion, i) => ({ reviewId: review.id, criterionCode: criterion.code, score: scores[i] }));
        await manager.insert(ReviewScore, rows);
        const current = await manager.findOneByOrFail(Nomination, { id: nomination.id });
        if (current.status === NominationStatus.SUBMITTED) await nominationService.move(manager, ctx, current, "startReview");
        else if (current.status !== NominationStatus.UNDER_REVIEW) {
          throw new DomainError("INVALID_TRANSITION", `A ${current.status} nomination cannot be reviewed`, { from: current.status });
        }
        await recordHistory(manager, ctx, { entityName: "Review", entityId: review.id, action: "submit", after: { ...review, scores: rows } });
        return manager.findOneByOrFail(Review, { id: review.id });
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw conflict("You have already reviewed this nomination; a submitted review is locked");
      throw error;
    }
  },
};

/**
 * Holds the rubric (a shared lock on MySQL) for the review's transaction and checks that its criteria
 * are still the ones the scores were checked against: a correctRubric that committed meanwhile makes
 * this CONFLICT (score again on the corrected rubric), one that comes later waits and then sees the review.
 */
async function requireRubricAsScored(manager: EntityManager, rubricId: string, scoredOn: RubricCriterion[]): Promise<void> {
  await manager.findOne(Rubric, { where: { id: rubricId }, ...rowLock(manager, "pessimistic_read") });
  const current = await manager.find(RubricCriterion, { where: { rubricId }, order: { position: "ASC" } });
  const shape = (criteria: RubricCriterion[]) => JSON.stringify(criteria.map((c) => [c.code, c.weight, c.maxScore]));
  if (shape(current) !== shape(scoredOn))
    throw conflict("The rubric was corrected while you scored; reload it and score again", {
      field: "input.scores",
      rule: "RUBRIC_CHANGED",
      messageTh: "เกณฑ์การประเมินถูกแก้ไขระหว่างที่ท่านให้คะแนน กรุณาโหลดเกณฑ์ใหม่และให้คะแนนอีกครั้ง",
    });
}

function badInputThrow(field: string, message: string, details: DomainErrorDetails = {}): never {
  throw badInput(field, message, details);
}
