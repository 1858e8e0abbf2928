import { type RequestContext, Role, authenticatedReference, requireRole } from "@change-leaders/common";
import { Ctx, Directive, Field, FieldResolver, ID, ObjectType, Resolver, Root } from "type-graphql";
import { In } from "typeorm";
import { EngagementPost } from "../engagement/engagement.entity";
import { Event } from "../event/event.entity";
import { Participation } from "../participation/participation.entity";

/** The people subgraph's LeaderDataExport, to which this subgraph adds what it holds about the leader. */
@Directive('@key(fields: "leaderId")')
@ObjectType("LeaderDataExport")
export class LeaderDataExportPart {
  @Field(() => ID)
  leaderId!: string;
}

@Resolver(() => LeaderDataExportPart)
export class LeaderDataExportResolver {
  @FieldResolver(() => String, { description: "The events the leader registered for and attended, and the posts credited to them (JSON)" })
  async activities(@Root() part: LeaderDataExportPart, @Ctx() ctx: RequestContext): Promise<string> {
    requireRole(ctx, Role.ADMIN);
    const manager = ctx.dataSource.manager;
    const [participations, posts] = await Promise.all([
      manager.find(Participation, { where: { leaderId: part.leaderId }, order: { registeredAt: "ASC", id: "ASC" } }),
      manager.find(EngagementPost, { where: { leaderId: part.leaderId }, order: { postedAt: "ASC", id: "ASC" } }),
    ]);
    const events = participations.length ? await manager.findBy(Event, { id: In(participations.map((p) => p.eventId)) }) : [];
    const titles = new Map(events.map((event) => [event.id, event.title]));
    return JSON.stringify({
      participations: participations.map((p) => ({
        eventId: p.eventId,
        eventTitle: titles.get(p.eventId) ?? null,
        registeredAt: p.registeredAt.toISOString(),
        attended: p.attended,
        attendanceRecordedAt: p.attendanceRecordedAt?.toISOString() ?? null,
      })),
      engagementPosts: posts.map((post) => ({ channel: post.channel, url: post.url, title: post.title, postedAt: post.postedAt.toISOString() })),
    });
  }
}

/** Export parts are made for admins only. */
export const leaderDataExportReference = {
  LeaderDataExport: {
    __resolveReference: authenticatedReference((ref: { leaderId: string }, ctx: RequestContext) => {
      requireRole(ctx, Role.ADMIN);
      return { leaderId: ref.leaderId };
    }),
  },
};
