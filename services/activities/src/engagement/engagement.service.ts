import crypto from "node:crypto";
import {
  type Page,
  type PageInput,
  type RequestContext,
  badInput,
  byKey,
  childPageLoader,
  forbidden,
  notFound,
  recordHistory,
  requireIdentity,
  writeTransaction,
  provinceScope,
} from "@change-leaders/common";
import { type EntityManager, In, type SelectQueryBuilder } from "typeorm";
import { mayRead, provinceOfTambon, requireHttpUrl, requireWriteAccess } from "../access/access";
import { requireKnownPlaces, requireLeaders } from "../access/people.peer";
import { Event } from "../event/event.entity";
import { drawSample } from "./engagement.draw";
import { EngagementDraw, EngagementPost, EngagementSample } from "./engagement.entity";
import type { EngagementDrawFilter, EngagementPostFilter, EngagementPostInput, EngagementSampleInput, EngagementTotals } from "./engagement.inputs";

export const MAX_DRAW_SIZE = 500;
/** How far ahead of the server's clock a sample may be dated (clocks differ a little). */
const CLOCK_SLACK_MS = 5 * 60_000;

/** The conditions of a post filter on alias `post`. */
function applyFilter(query: SelectQueryBuilder<EngagementPost>, filter: EngagementDrawFilter | undefined) {
  if (filter?.provinceCode) query.andWhere("post.provinceCode = :provinceCode", { provinceCode: filter.provinceCode });
  if (filter?.tambonCode) query.andWhere("post.tambonCode = :tambonCode", { tambonCode: filter.tambonCode });
  if (filter?.channel) query.andWhere("post.channel = :channel", { channel: filter.channel });
  if (filter?.leaderId) query.andWhere("post.leaderId = :leaderId", { leaderId: filter.leaderId });
  if (filter?.eventId) query.andWhere("post.eventId = :eventId", { eventId: filter.eventId });
  if (filter?.postedFrom) query.andWhere("post.postedAt >= :postedFrom", { postedFrom: filter.postedFrom });
  if (filter?.postedTo) query.andWhere("post.postedAt < :postedTo", { postedTo: filter.postedTo });
  return query;
}

/** The filter as stored with a draw: only what was given, dates as ISO text. */
function filterRecord(filter: EngagementPostFilter): Record<string, string> {
  const record: Record<string, string> = {};
  for (const [key, value] of Object.entries(filter)) {
    if (value === undefined || value === null) continue;
    record[key] = value instanceof Date ? value.toISOString() : String(value);
  }
  return record;
}

/** A stored filter back as a filter. */
export function parseDrawFilter(text: string): EngagementDrawFilter {
  const raw = JSON.parse(text) as Record<string, string>;
  return {
    ...raw,
    postedFrom: raw.postedFrom ? new Date(raw.postedFrom) : undefined,
    postedTo: raw.postedTo ? new Date(raw.postedTo) : undefined,
  } as EngagementDrawFilter;
}

/** The ids of the posts a draw chooses from: those matching its filter, recorded up to its time. */
async function population(manager: EntityManager, filter: EngagementDrawFilter, asOf: Date): Promise<string[]> {
  const rows = await applyFilter(manager.createQueryBuilder(EngagementPost, "post").select("post.id", "id"), filter)
    .andWhere("post.createdAt <= :asOf", { asOf })
    .orderBy("post.id")
    .getRawMany<{ id: string }>();
  return rows.map((row) => row.id);
}

const ZERO_TOTALS: EngagementTotals = {
  posts: 0,
  sampledPosts: 0,
  likes: 0,
  follows: 0,
  shares: 0,
  likesGrowth: 0,
  followsGrowth: 0,
  sharesGrowth: 0,
};

export const engagementService = {
  find(ctx: RequestContext, id: string): Promise<EngagementPost | null> {
    return ctx.loaders
      .get<string, EngagementPost | null>("engagementPost", async (ids) =>
        byKey(ids, await ctx.dataSource.manager.findBy(EngagementPost, { id: In([...ids]) }), (p) => p.id),
      )
      .load(id);
  },

  async findReadable(ctx: RequestContext, id: string): Promise<EngagementPost | null> {
    const post = await this.find(ctx, id);
    return post && mayRead(ctx, post.provinceCode) ? post : null;
  },

  async list(ctx: RequestContext, filter: EngagementPostFilter | undefined, page: PageInput): Promise<Page<EngagementPost>> {
    if (filter?.postedFrom && filter?.postedTo && filter.postedTo < filter.postedFrom)
      throw badInput("filter.postedTo", "postedTo is before postedFrom");
    const query = applyFilter(ctx.dataSource.manager.createQueryBuilder(EngagementPost, "post"), filter);
    const scope = provinceScope(ctx);
    if (scope) query.andWhere("post.provinceCode = :scope", { scope });
    const [nodes, totalCount] = await query
      .orderBy("post.postedAt", "DESC")
      .addOrderBy("post.id")
      .skip(page.offset)
      .take(page.limit)
      .getManyAndCount();
    return { nodes, totalCount };
  },

  ofTambon(ctx: RequestContext, tambonCode: string, page: PageInput): Promise<Page<EngagementPost>> {
    if (!mayRead(ctx, provinceOfTambon(tambonCode))) return Promise.resolve({ nodes: [], totalCount: 0 });
    return childPageLoader(
      ctx,
      "engagementPostsOfTambon",
      { entity: EngagementPost, parentProperty: "tambonCode", orderBy: [{ property: "postedAt", direction: "DESC" }] },
      page,
    ).load(tambonCode);
  },

  samples(ctx: RequestContext, postId: string, page: PageInput): Promise<Page<EngagementSample>> {
    return childPageLoader(
      ctx,
      "samplesOfPost",
      { entity: EngagementSample, parentProperty: "postId", orderBy: [{ property: "sampledAt", direction: "DESC" }] },
      page,
    ).load(postId);
  },

  /** The latest sample of each post, batched over the request's posts. */
  async latestSample(ctx: RequestContext, postId: string): Promise<EngagementSample | null> {
    const page = await childPageLoader(
      ctx,
      "latestSampleOfPost",
      { entity: EngagementSample, parentProperty: "postId", orderBy: [{ property: "sampledAt", direction: "DESC" }] },
      { limit: 1, offset: 0 },
    ).load(postId);
    return page.nodes[0] ?? null;
  },

  /**
   * Each tambon's posts, the sum of their latest counts and their growth since first sampled, computed
   * in SQL for all tambons of the request in one statement. Null for a tambon the caller may not see.
   */
  async totals(ctx: RequestContext, tambonCode: string): Promise<EngagementTotals | null> {
    if (!mayRead(ctx, provinceOfTambon(tambonCode))) return null;
    return ctx.loaders
      .get<string, EngagementTotals>("engagementTotals", async (codes) => {
        const marks = codes.map(() => "?").join(", ");
        const rows: Record<string, string | number | null>[] = await ctx.dataSource.query(
          `SELECT p.tambon_code AS tambon_code,
                  COUNT(*) AS posts,
                  SUM(CASE WHEN e.post_id IS NULL THEN 0 ELSE 1 END) AS sampled_posts,
                  COALESCE(SUM(e.last_likes), 0) AS likes,
                  COALESCE(SUM(e.last_follows), 0) AS follows,
                  COALESCE(SUM(e.last_shares), 0) AS shares,
                  COALESCE(SUM(e.last_likes - e.first_likes), 0) AS likes_growth,
                  COALESCE(SUM(e.last_follows - e.first_follows), 0) AS follows_growth,
                  COALESCE(SUM(e.last_shares - e.first_shares), 0) AS shares_growth
           FROM engagement_post p
           LEFT JOIN (
             SELECT r.post_id AS post_id,
                    SUM(CASE WHEN r.rn_last = 1 THEN r.likes ELSE 0 END) AS last_likes,
                    SUM(CASE WHEN r.rn_last = 1 THEN r.follows ELSE 0 END) AS last_follows,
                    SUM(CASE WHEN r.rn_last = 1 THEN r.shares ELSE 0 END) AS last_shares,
                    SUM(CASE WHEN r.rn_first = 1 THEN r.likes ELSE 0 END) AS first_likes,
                    SUM(CASE WHEN r.rn_first = 1 THEN r.follows ELSE 0 END) AS first_follows,
                    SUM(CASE WHEN r.rn_first = 1 THEN r.shares ELSE 0 END) AS first_shares
             FROM (
               SELECT s.post_id AS post_id, s.likes AS likes, s.follows AS follows, s.shares AS shares,
                      ROW_NUMBER() OVER (PARTITION BY s.post_id ORDER BY s.sampled_at DESC, s.id DESC) AS rn_last,
                      ROW_NUMBER() OVER (PARTITION BY s.post_id ORDER BY s.sampled_at ASC, s.id ASC) AS rn_first
               FROM engagement_sample s
               INNER JOIN engagement_post sp ON sp.id = s.post_id
               WHERE sp.tambon_code IN (${marks})
             ) r
             GROUP BY r.post_id
           ) e ON e.post_id = p.id
           WHERE p.tambon_code IN (${marks})
           GROUP BY p.tambon_code`,
          [...codes, ...codes],
        );
        const found = new Map(
          rows.map((row) => [
            String(row.tambon_code),
            {
              posts: Number(row.posts),
              sampledPosts: Number(row.sampled_posts),
              likes: Number(row.likes),
              follows: Number(row.follows),
              shares: Number(row.shares),
              likesGrowth: Number(row.likes_growth),
              followsGrowth: Number(row.follows_growth),
              sharesGrowth: Number(row.shares_growth),
            },
          ]),
        );
        return codes.map((code) => found.get(code) ?? ZERO_TOTALS);
      })
      .load(tambonCode);
  },

  async createPost(ctx: RequestContext, input: EngagementPostInput): Promise<EngagementPost> {
    const provinceCode = provinceOfTambon(input.tambonCode);
    requireWriteAccess(ctx, provinceCode);
    const url = requireHttpUrl(input.url.trim(), "input.url");
    if (Number.isNaN(input.postedAt.getTime()))
      throw badInput("input.postedAt", "postedAt is not a valid instant", {
        messageTh: "วันเวลาที่โพสต์ไม่ถูกต้อง กรอกเป็น วว/ดด/ปปปป ชช:นน (พ.ศ.)",
      });
    if (input.postedAt.getTime() > Date.now() + CLOCK_SLACK_MS)
      throw badInput("input.postedAt", "postedAt is in the future", { messageTh: "วันเวลาที่โพสต์ต้องไม่เลยเวลาปัจจุบัน กรอกวันที่โพสต์จริง" });
    if (input.eventId && !(await ctx.dataSource.manager.existsBy(Event, { id: input.eventId })))
      throw badInput("input.eventId", "There is no such event");
    await requireKnownPlaces(ctx, { tambons: { codes: [input.tambonCode], field: "input.tambonCode" } });
    if (input.leaderId) {
      const leader = (await requireLeaders(ctx, [input.leaderId])).get(input.leaderId)!;
      if (leader.tambonCode !== input.tambonCode)
        throw badInput("input.leaderId", `Leader ${leader.id} is from tambon ${leader.tambonCode}, not ${input.tambonCode}`);
    }
    return writeTransaction(ctx.dataSource, async (manager) => {
      const post = manager.create(EngagementPost, {
        id: crypto.randomUUID(),
        channel: input.channel,
        url,
        title: input.title?.trim() || null,
        tambonCode: input.tambonCode,
        provinceCode,
        leaderId: input.leaderId ?? null,
        eventId: input.eventId ?? null,
        postedAt: input.postedAt,
        createdAt: new Date(),
      });
      await manager.insert(EngagementPost, post);
      await recordHistory(manager, ctx, { entityName: "EngagementPost", entityId: post.id, action: "CREATE", after: post });
      return post;
    });
  },

  async recordSample(ctx: RequestContext, input: EngagementSampleInput): Promise<EngagementSample> {
    const identity = requireIdentity(ctx);
    const post = await this.findReadable(ctx, input.postId);
    if (!post) throw notFound("EngagementPost", input.postId);
    requireWriteAccess(ctx, post.provinceCode);
    for (const field of ["likes", "follows", "shares"] as const) {
      if (!Number.isInteger(input[field]) || input[field] < 0) throw badInput(`input.${field}`, `${field} cannot be negative`);
    }
    const sampledAt = input.sampledAt ?? new Date();
    if (Number.isNaN(sampledAt.getTime())) throw badInput("input.sampledAt", "sampledAt is not a valid instant");
    if (sampledAt < post.postedAt) throw badInput("input.sampledAt", "A post cannot be sampled before it was posted");
    if (sampledAt.getTime() > Date.now() + CLOCK_SLACK_MS) throw badInput("input.sampledAt", "sampledAt is in the future");
    return writeTransaction(ctx.dataSource, async (manager) => {
      const sample = manager.create(EngagementSample, {
        id: crypto.randomUUID(),
        postId: post.id,
        likes: input.likes,
        follows: input.follows,
        shares: input.shares,
        sampledAt,
        sampledBy: identity.name,
        sampledById: identity.id,
      });
      await manager.insert(EngagementSample, sample);
      await recordHistory(manager, ctx, { entityName: "EngagementSample", entityId: sample.id, action: "CREATE", after: sample });
      return sample;
    });
  },

  /**
   * Draws `size` posts at random, reproducibly, from those that match `filter` (an officer's own
   * province only), and records the draw: filter, size, seed, population, posts, who and when.
   */
  async draw(ctx: RequestContext, filter: EngagementPostFilter | undefined, size: number, seed: string): Promise<EngagementDraw> {
    const identity = requireIdentity(ctx);
    if (!Number.isInteger(size) || size < 1 || size > MAX_DRAW_SIZE) throw badInput("size", `size is between 1 and ${MAX_DRAW_SIZE}`);
    if (!seed.trim() || seed.length > 200) throw badInput("seed", "seed is between 1 and 200 characters");
    if (filter?.postedFrom && filter?.postedTo && filter.postedTo < filter.postedFrom)
      throw badInput("filter.postedTo", "postedTo is before postedFrom");
    const scope = provinceScope(ctx);
    const effective: EngagementPostFilter = { ...(filter ?? {}) };
    if (scope) {
      if (effective.provinceCode && effective.provinceCode !== scope) throw forbidden(`You may not draw from province ${effective.provinceCode}`);
      if (effective.tambonCode && provinceOfTambon(effective.tambonCode) !== scope)
        throw forbidden(`You may not draw from tambon ${effective.tambonCode}`);
      effective.provinceCode = scope;
    }
    const stored = filterRecord(effective);
    return writeTransaction(ctx.dataSource, async (manager) => {
      const drawnAt = new Date();
      const candidates = await population(manager, effective, drawnAt);
      const draw = manager.create(EngagementDraw, {
        id: crypto.randomUUID(),
        filter: JSON.stringify(stored),
        provinceCode: effective.provinceCode ?? (effective.tambonCode ? provinceOfTambon(effective.tambonCode) : null),
        size,
        seed,
        populationCount: candidates.length,
        postIds: drawSample(candidates, size, seed),
        drawnAt,
        drawnBy: identity.name,
        drawnById: identity.id,
      });
      await manager.insert(EngagementDraw, draw);
      await recordHistory(manager, ctx, { entityName: "EngagementDraw", entityId: draw.id, action: "DRAW", after: draw });
      return draw;
    });
  },

  async drawById(ctx: RequestContext, id: string): Promise<EngagementDraw | null> {
    const draw = await ctx.dataSource.manager.findOneBy(EngagementDraw, { id });
    return draw && mayRead(ctx, draw.provinceCode) ? draw : null;
  },

  async draws(ctx: RequestContext, page: PageInput): Promise<Page<EngagementDraw>> {
    const query = ctx.dataSource.manager.createQueryBuilder(EngagementDraw, "draw");
    const scope = provinceScope(ctx);
    if (scope) query.where("draw.provinceCode = :scope", { scope });
    const [nodes, totalCount] = await query
      .orderBy("draw.drawnAt", "DESC")
      .addOrderBy("draw.id")
      .skip(page.offset)
      .take(page.limit)
      .getManyAndCount();
    return { nodes, totalCount };
  },

  /** Runs a recorded draw again: its filter and seed over the posts recorded up to its time. */
  async replay(ctx: RequestContext, id: string) {
    const draw = await this.drawById(ctx, id);
    if (!draw) throw notFound("EngagementDraw", id);
    const candidates = await population(ctx.dataSource.manager, parseDrawFilter(draw.filter), draw.drawnAt);
    const postIds = drawSample(candidates, draw.size, draw.seed);
    return { draw, postIds, populationCount: candidates.length, matches: JSON.stringify(postIds) === JSON.stringify(draw.postIds) };
  },
};
