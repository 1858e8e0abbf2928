import { type RequestContext, PageInput, Role, pageOf } from "@change-leaders/common";
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { Event } from "../event/event.entity";
import { eventService } from "../event/event.service";
import { LeaderRef } from "../leader/leader.ref";
import { TambonRef } from "../tambon/tambon.ref";
import { EngagementDraw, EngagementPost, EngagementSample } from "./engagement.entity";
import {
  EngagementDrawFilter,
  EngagementDrawPage,
  EngagementDrawReplay,
  EngagementPostFilter,
  EngagementPostInput,
  EngagementPostPage,
  EngagementSampleInput,
  EngagementSamplePage,
  EngagementTotals,
} from "./engagement.inputs";
import { engagementService, parseDrawFilter } from "./engagement.service";

@Resolver(() => EngagementPost)
export class EngagementPostResolver {
  @Authorized()
  @Query(() => EngagementPost, { nullable: true })
  engagementPost(@Arg("id", () => ID) id: string, @Ctx() ctx: RequestContext): Promise<EngagementPost | null> {
    return engagementService.findReadable(ctx, id);
  }

  @Authorized()
  @Query(() => EngagementPostPage, { description: "Results posted online, latest first" })
  engagementPosts(
    @Ctx() ctx: RequestContext,
    @Arg("filter", () => EngagementPostFilter, { nullable: true }) filter?: EngagementPostFilter,
    @Arg("page", () => PageInput, { nullable: true }) page?: PageInput,
  ) {
    return engagementService.list(ctx, filter, pageOf(page));
  }

  @Authorized(Role.ADMIN, Role.PROVINCE_OFFICER)
  @Mutation(() => EngagementPost, { description: "Records a result posted online, to be followed up" })
  createEngagementPost(@Arg("input", () => EngagementPostInput) input: EngagementPostInput, @Ctx() ctx: RequestContext): Promise<EngagementPost> {
    return engagementService.createPost(ctx, input);
  }

  @Authorized(Role.ADMIN, Role.PROVINCE_OFFICER)
  @Mutation(() => EngagementSample, { description: "Records the likes, follows and shares of a post as seen now (or at sampledAt)" })
  recordEngagementSample(
    @Arg("input", () => EngagementSampleInput) input: EngagementSampleInput,
    @Ctx() ctx: RequestContext,
  ): Promise<EngagementSample> {
    return engagementService.recordSample(ctx, input);
  }

  @FieldResolver(() => EngagementSamplePage, { description: "The samples of this post, latest first" })
  samples(@Root() post: EngagementPost, @Ctx() ctx: RequestContext, @Arg("page", () => PageInput, { nullable: true }) page?: PageInput) {
    return engagementService.samples(ctx, post.id, pageOf(page));
  }

  @FieldResolver(() => EngagementSample, { nullable: true })
  latestSample(@Root() post: EngagementPost, @Ctx() ctx: RequestContext): Promise<EngagementSample | null> {
    return engagementService.latestSample(ctx, post.id);
  }

  @FieldResolver(() => TambonRef)
  tambon(@Root() post: EngagementPost): TambonRef {
    return { code: post.tambonCode };
  }

  @FieldResolver(() => LeaderRef, { nullable: true })
  leader(@Root() post: EngagementPost): LeaderRef | null {
    return post.leaderId ? { id: post.leaderId } : null;
  }

  @FieldResolver(() => Event, { nullable: true })
  event(@Root() post: EngagementPost, @Ctx() ctx: RequestContext): Promise<Event | null> | null {
    return post.eventId ? eventService.find(ctx, post.eventId) : null;
  }
}

@Resolver(() => EngagementDraw)
export class EngagementDrawResolver {
  @Authorized(Role.ADMIN, Role.PROVINCE_OFFICER, Role.INSPECTOR)
  @Mutation(() => EngagementDraw, {
    description: "Draws posts to check at random, reproducibly (same filter, size and seed, same posts), and records the draw",
  })
  drawEngagementSample(
    @Arg("size", () => Int) size: number,
    @Arg("seed") seed: string,
    @Ctx() ctx: RequestContext,
    @Arg("filter", () => EngagementPostFilter, { nullable: true }) filter?: EngagementPostFilter,
  ): Promise<EngagementDraw> {
    return engagementService.draw(ctx, filter, size, seed);
  }

  @Authorized()
  @Query(() => EngagementDrawPage, { description: "Recorded draws, latest first" })
  engagementDraws(@Ctx() ctx: RequestContext, @Arg("page", () => PageInput, { nullable: true }) page?: PageInput) {
    return engagementService.draws(ctx, pageOf(page));
  }

  @Authorized()
  @Query(() => EngagementDraw, { nullable: true })
  engagementDraw(@Arg("id", () => ID) id: string, @Ctx() ctx: RequestContext): Promise<EngagementDraw | null> {
    return engagementService.drawById(ctx, id);
  }

  @Authorized()
  @Query(() => EngagementDrawReplay, { description: "Runs a recorded draw again over the posts recorded up to its time, for an auditor" })
  replayEngagementDraw(@Arg("id", () => ID) id: string, @Ctx() ctx: RequestContext): Promise<EngagementDrawReplay> {
    return engagementService.replay(ctx, id);
  }

  @FieldResolver(() => EngagementDrawFilter, { name: "filter" })
  drawFilter(@Root() draw: EngagementDraw): EngagementDrawFilter {
    return parseDrawFilter(draw.filter);
  }

  @FieldResolver(() => [EngagementPost], { description: "The posts drawn, in the order drawn" })
  async posts(@Root() draw: EngagementDraw, @Ctx() ctx: RequestContext): Promise<EngagementPost[]> {
    const posts = await Promise.all(draw.postIds.map((id) => engagementService.find(ctx, id)));
    return posts.filter((p): p is EngagementPost => p !== null);
  }
}

@Resolver(() => TambonRef)
export class TambonEngagementResolver {
  @FieldResolver(() => EngagementTotals, { nullable: true, description: "This tambon's posts, their latest counts and growth since first sampled" })
  engagement(@Root() tambon: TambonRef, @Ctx() ctx: RequestContext): Promise<EngagementTotals | null> {
    return engagementService.totals(ctx, tambon.code);
  }

  @FieldResolver(() => EngagementPostPage, { nullable: true, description: "Results this tambon posted online, latest first" })
  engagementPosts(@Root() tambon: TambonRef, @Ctx() ctx: RequestContext, @Arg("page", () => PageInput, { nullable: true }) page?: PageInput) {
    return engagementService.ofTambon(ctx, tambon.code, pageOf(page));
  }
}
