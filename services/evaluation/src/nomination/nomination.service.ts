import crypto from "node:crypto";
import {
  type Page,
  type PageInput,
  type RequestContext,
  Role,
  badInput,
  byKey,
  childPageLoader,
  conflict,
  DomainError,
  forbidden,
  isUniqueViolation,
  notFound,
  recordHistory,
  requireIdentity,
  writeTransaction,
  givenReason,
  requireProvince,
} from "@change-leaders/common";
import { type EntityManager, In } from "typeorm";
import { awardService } from "../award/award.service";
import { requireKnownTambon } from "../tambon/tambon.peer";
import { averageHundredths, rankByMean } from "../rubric/rubric.arithmetic";
import { Review } from "../review/review.entity";
import { Nomination, NominationStatus } from "./nomination.entity";
import { Decision, type NominationFilter, type NominationInput } from "./nomination.inputs";
import { type NominationScope, mayReadNomination, nominationScope } from "./nomination.visibility";
import { NOMINATION_TRANSITIONS, type NominationAction, nextNominationStatus } from "./nomination.transitions";
import { ContestRound, NEXT_ROUND } from "../contest/contest-round";
import { requireOpenYear } from "../fiscal-year/fiscal-year.service";

export interface NominationScore {
  reviewCount: number;
  averageHundredths: number | null;
  rank: number | null;
}

/** The lowest place an award may name: one a national round of the programme's 1,000 tambons could reach. */
const MAX_AWARD_RANK = 1000;

export const nominationService = {
  /** A nomination by id, batched over the request; no access rules (findReadable applies them). */
  find(ctx: RequestContext, id: string): Promise<Nomination | null> {
    return ctx.loaders
      .get<string, Nomination | null>("nomination", async (ids) =>
        byKey(ids, await ctx.dataSource.manager.findBy(Nomination, { id: In([...ids]) }), (n) => n.id),
      )
      .load(id);
  },

  async list(ctx: RequestContext, filter: NominationFilter | undefined, page: PageInput): Promise<Page<Nomination>> {
    const query = ctx.dataSource.manager.createQueryBuilder(Nomination, "nomination");
    if (filter?.fiscalYear) query.andWhere("nomination.fiscalYear = :fiscalYear", { fiscalYear: filter.fiscalYear });
    if (filter?.round) query.andWhere("nomination.round = :round", { round: filter.round });
    if (filter?.status) query.andWhere("nomination.status = :status", { status: filter.status });
    if (filter?.provinceCode) query.andWhere("nomination.provinceCode = :provinceCode", { provinceCode: filter.provinceCode });
    if (filter?.tambonCode) query.andWhere("nomination.tambonCode = :tambonCode", { tambonCode: filter.tambonCode });
    const scope = await nominationScope(ctx, "nomination", filter?.fiscalYear);
    if (scope) query.andWhere(scope.condition, scope.parameters);
    const [nodes, totalCount] = await query
      .orderBy("nomination.fiscalYear", "DESC")
      .addOrderBy("nomination.tambonCode")
      .addOrderBy("nomination.id")
      .skip(page.offset)
      .take(page.limit)
      .getManyAndCount();
    return { nodes, totalCount };
  },

  /** The distinct tambons of the nominations the caller may read, in code order. */
  async readableTambons(ctx: RequestContext): Promise<string[]> {
    const query = ctx.dataSource.manager.createQueryBuilder(Nomination, "nomination").select("DISTINCT nomination.tambonCode", "code");
    const scope = await nominationScope(ctx, "nomination");
    if (scope) query.where(scope.condition, scope.parameters);
    return (await query.orderBy("code").getRawMany<{ code: string }>()).map((row) => row.code);
  },

  /** The nomination when the caller may read it (inspectors: their region; judges: the national round). */
  async findReadable(ctx: RequestContext, id: string): Promise<Nomination | null> {
    const nomination = await this.find(ctx, id);
    return nomination && (await mayReadNomination(ctx, nomination)) ? nomination : null;
  },

  /** A page of a tambon's nominations the caller may read, newest year and latest round first, batched over all tambons. */
  async ofTambon(ctx: RequestContext, tambonCode: string, page: PageInput): Promise<Page<Nomination>> {
    // The scope is the same for every tambon of the request (its region table is asked once per year).
    const scope = await ctx.loaders
      .get<string, NominationScope | null>("nominationScope", (aliases) => Promise.all(aliases.map((alias) => nominationScope(ctx, alias))))
      .load("child");
    return childPageLoader(
      ctx,
      scope ? "scopedNominationsOfTambon" : "nominationsOfTambon",
      {
        entity: Nomination,
        parentProperty: "tambonCode",
        orderBy: [{ property: "fiscalYear", direction: "DESC" }, { property: "round" }],
        where: scope ? (query) => query.andWhere(scope.condition, scope.parameters) : undefined,
      },
      page,
    ).load(tambonCode);
  },

  /**
   * The reviews' average weighted total and the rank within the nomination's round and year (by the
   * exact mean, highest first; at the provincial round among the province's tambons), from one grouped
   * query per round of the request.
   */
  async score(ctx: RequestContext, nomination: Nomination): Promise<NominationScore> {
    const stats = await ctx.loaders
      .get<string, Map<string, { sum: bigint; count: bigint; provinceCode: string }>>("nominationScores", async (keys) => {
        const rows = await ctx.dataSource.manager
          .createQueryBuilder(Review, "review")
          .innerJoin(Nomination, "nomination", "nomination.id = review.nominationId")
          .select("nomination.id", "id")
          .addSelect("nomination.fiscalYear", "fiscalYear")
          .addSelect("nomination.round", "round")
          .addSelect("nomination.provinceCode", "provinceCode")
          .addSelect("SUM(review.totalHundredths)", "sum")
          .addSelect("COUNT(*)", "count")
          .where("nomination.fiscalYear IN (:...years)", { years: [...new Set(keys.map((key) => Number(key.split(":")[0])))] })
          .groupBy("nomination.id")
          .addGroupBy("nomination.fiscalYear")
          .addGroupBy("nomination.round")
          .addGroupBy("nomination.provinceCode")
          .getRawMany<{ id: string; fiscalYear: number; round: string; provinceCode: string; sum: string | number; count: string | number }>();
        return keys.map((key) => {
          const map = new Map<string, { sum: bigint; count: bigint; provinceCode: string }>();
          for (const row of rows) {
            if (`${row.fiscalYear}:${row.round}` === key)
              map.set(row.id, { sum: BigInt(row.sum), count: BigInt(row.count), provinceCode: row.provinceCode });
          }
          return map;
        });
      })
      .load(`${nomination.fiscalYear}:${nomination.round}`);
    const own = stats.get(nomination.id);
    if (!own) return { reviewCount: 0, averageHundredths: null, rank: null };
    // A provincial panel ranks its own province's tambons; the regional and national rounds rank the whole round.
    const rivals = [...stats.entries()].filter(
      ([, value]) => nomination.round !== ContestRound.PROVINCE || value.provinceCode === nomination.provinceCode,
    );
    const ranks = rankByMean(rivals.map(([key, value]) => ({ key, ...value })));
    return { reviewCount: Number(own.count), averageHundredths: averageHundredths(own.sum, own.count), rank: ranks.get(nomination.id) ?? null };
  },

  /** A province officer nominates a tambon of their province at the provincial round; admins any round. */
  async create(ctx: RequestContext, input: NominationInput): Promise<Nomination> {
    const provinceCode = input.tambonCode.slice(0, 2);
    const identity = requireProvince(ctx, provinceCode);
    const round = input.round ?? ContestRound.PROVINCE;
    if (identity.role === Role.PROVINCE_OFFICER && round !== ContestRound.PROVINCE) {
      throw forbidden("A province officer nominates at the provincial round; later rounds follow from the panels' selections");
    }
    if (!input.summary.trim()) throw badInput("input.summary", "The summary is empty");
    await requireKnownTambon(ctx, input.tambonCode);
    try {
      return await writeTransaction(ctx.dataSource, async (manager) => {
        await requireOpenYear(manager, input.fiscalYear);
        const nomination = manager.create(Nomination, {
          id: crypto.randomUUID(),
          tambonCode: input.tambonCode,
          provinceCode,
          fiscalYear: input.fiscalYear,
          round,
          status: NominationStatus.DRAFT,
          summary: input.summary.trim(),
          evidenceLinks: input.evidenceLinks ?? [],
          nominatedBy: identity.id,
          statusReason: null,
          decidedAt: null,
          decidedBy: null,
          previousNominationId: null,
        });
        await manager.insert(Nomination, nomination);
        const saved = await manager.findOneByOrFail(Nomination, { id: nomination.id });
        await recordHistory(manager, ctx, { entityName: "Nomination", entityId: saved.id, action: "create", after: saved });
        return saved;
      });
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw conflict(`Tambon ${input.tambonCode} is already nominated in the ${round} round of FY ${input.fiscalYear}`, {
          field: "input.tambonCode",
        });
      }
      throw error;
    }
  },

  submit(ctx: RequestContext, id: string): Promise<Nomination> {
    return this.transition(ctx, id, "submit");
  },

  withdraw(ctx: RequestContext, id: string, reason: string): Promise<Nomination> {
    return this.transition(ctx, id, "withdraw", reason);
  },

  /** ADMIN sends a submitted nomination back to its province as a draft, saying why. */
  returnToDraft(ctx: RequestContext, id: string, reason: string): Promise<Nomination> {
    return this.transition(ctx, id, "return", reason);
  },

  /** Moves a nomination along the transition table, in one transaction with its history. */
  async transition(ctx: RequestContext, id: string, action: NominationAction, reason?: string): Promise<Nomination> {
    return writeTransaction(ctx.dataSource, async (manager) => {
      const before = await manager.findOneBy(Nomination, { id });
      if (!before) throw notFound("Nomination", id);
      requireProvince(ctx, before.provinceCode);
      return this.move(manager, ctx, before, action, reason);
    });
  },

  /** The change of status itself, guarded by the table and by a conditional update on the status read. */
  async move(
    manager: EntityManager,
    ctx: RequestContext,
    before: Nomination,
    action: NominationAction,
    reason?: string | null,
    extra: Partial<Nomination> = {},
  ): Promise<Nomination> {
    await requireOpenYear(manager, before.fiscalYear);
    const to = nextNominationStatus(before.status, action);
    const why = givenReason(reason);
    if (NOMINATION_TRANSITIONS[action].reasonRequired && !why) throw badInput("reason", `A reason is required to ${action} a nomination`);
    const result = await manager
      .createQueryBuilder()
      .update(Nomination)
      .set({ ...extra, status: to, statusReason: why ?? before.statusReason, version: () => "version + 1" })
      .where("id = :id AND status = :status", { id: before.id, status: before.status })
      .execute();
    if (result.affected !== 1) throw conflict(`Nomination ${before.id} changed meanwhile; reload it and try again`);
    const after = await manager.findOneByOrFail(Nomination, { id: before.id });
    await recordHistory(manager, ctx, { entityName: "Nomination", entityId: before.id, action, before, after });
    return after;
  },

  /**
   * ADMIN records the panel's decision on a nomination under review (at least one review). Selecting
   * nominates the tambon to the next round and, at the regional and national rounds, makes its award.
   */
  async decide(
    ctx: RequestContext,
    id: string,
    decision: Decision,
    options: { reason?: string | null; rank?: number | null; plaqueAwardedAt?: string | null },
  ): Promise<Nomination> {
    const identity = requireIdentity(ctx);
    const rank = options.rank;
    if (rank != null && !(Number.isInteger(rank) && rank >= 1 && rank <= MAX_AWARD_RANK))
      throw badInput("rank", `rank is a place from 1 to ${MAX_AWARD_RANK}`, { messageTh: `อันดับต้องเป็นเลข 1 ถึง ${MAX_AWARD_RANK}` });
    const nomination = await this.find(ctx, id);
    if (!nomination) throw notFound("Nomination", id);
    const action: NominationAction = decision === Decision.SELECTED ? "select" : "reject";
    nextNominationStatus(nomination.status, action);
    const score = await this.score(ctx, nomination);
    if (score.reviewCount === 0) throw new DomainError("INVALID_TRANSITION", "A nomination is decided only after at least one review");
    return writeTransaction(ctx.dataSource, async (manager) => {
      const before = await manager.findOneByOrFail(Nomination, { id });
      const decided = await this.move(manager, ctx, before, action, options.reason, { decidedAt: new Date(), decidedBy: identity.id });
      if (decision === Decision.SELECTED) {
        await this.nominateToNextRound(manager, ctx, decided);
        await awardService.grantFor(manager, ctx, decided, { rank: options.rank ?? score.rank, plaqueAwardedAt: options.plaqueAwardedAt ?? null });
      }
      return decided;
    });
  },

  /**
   * The nomination a selection made in the next round, when the caller may read it (null before the
   * selection and after the national round); batched over the request by the (tambon, year, round) key.
   */
  async nextRound(ctx: RequestContext, nomination: Nomination): Promise<Nomination | null> {
    const round = NEXT_ROUND[nomination.round];
    if (!round) return null;
    const next = await ctx.loaders
      .get<string, Nomination | null>("nextRoundNomination", async (keys) => {
        const parts = keys.map((key) => key.split("|"));
        const rows = await ctx.dataSource.manager.findBy(Nomination, {
          tambonCode: In([...new Set(parts.map(([tambon]) => tambon))]),
          fiscalYear: In([...new Set(parts.map(([, year]) => Number(year)))]),
          round: In([...new Set(parts.map(([, , next]) => next as ContestRound))]),
        });
        return byKey(keys, rows, (row) => `${row.tambonCode}|${row.fiscalYear}|${row.round}`);
      })
      .load(`${nomination.tambonCode}|${nomination.fiscalYear}|${round}`);
    return next && next.previousNominationId === nomination.id && (await mayReadNomination(ctx, next)) ? next : null;
  },

  /** A tambon selected in one round is nominated to the next (submitted, ready for that round's panel). */
  async nominateToNextRound(manager: EntityManager, ctx: RequestContext, selected: Nomination): Promise<void> {
    const round = NEXT_ROUND[selected.round];
    if (!round) return;
    const existing = await manager.findOneBy(Nomination, { tambonCode: selected.tambonCode, round, fiscalYear: selected.fiscalYear });
    if (existing) return;
    const next = manager.create(Nomination, {
      id: crypto.randomUUID(),
      tambonCode: selected.tambonCode,
      provinceCode: selected.provinceCode,
      fiscalYear: selected.fiscalYear,
      round,
      status: NominationStatus.SUBMITTED,
      summary: selected.summary,
      evidenceLinks: selected.evidenceLinks ?? [],
      nominatedBy: ctx.identity?.id ?? null,
      statusReason: null,
      decidedAt: null,
      decidedBy: null,
      previousNominationId: selected.id,
    });
    await manager.insert(Nomination, next);
    await recordHistory(manager, ctx, { entityName: "Nomination", entityId: next.id, action: "promote", after: next });
  },
};
