import { HistoryEntry, PageInput, PageType, type RequestContext, Role, pageOf } from "@change-leaders/common";
import { Arg, Authorized, Ctx, Field, ID, ObjectType, Query, Resolver } from "type-graphql";

/** One audited change of a record of this subgraph. */
@ObjectType("ActivityHistoryEntry", { description: "One audited change of an activities record: who, when, what before and after" })
export class ActivityHistoryEntry {
  @Field(() => ID)
  id!: string;

  @Field({ description: "Event, Participation, ProgressReport, ProgressIndicator, EngagementPost, EngagementSample or EngagementDraw" })
  entityName!: string;

  @Field(() => ID)
  entityId!: string;

  @Field()
  action!: string;

  @Field(() => String, { nullable: true })
  actorName!: string | null;

  @Field(() => String, { nullable: true })
  actorRole!: string | null;

  @Field()
  at!: Date;

  @Field(() => String, { nullable: true, description: "The record before (JSON)" })
  before!: string | null;

  @Field(() => String, { nullable: true, description: "The record after (JSON)" })
  after!: string | null;
}

@ObjectType()
export class ActivityHistoryPage extends PageType(ActivityHistoryEntry) {}

@Resolver()
export class ActivityHistoryResolver {
  @Authorized(Role.ADMIN, Role.INSPECTOR, Role.EXECUTIVE)
  @Query(() => ActivityHistoryPage, { description: "The audit history of one activities record, oldest first" })
  async activityHistory(
    @Arg("entityName") entityName: string,
    @Arg("entityId", () => ID) entityId: string,
    @Ctx() ctx: RequestContext,
    @Arg("page", () => PageInput, { nullable: true }) page?: PageInput,
  ) {
    const { limit, offset } = pageOf(page);
    const [nodes, totalCount] = await ctx.dataSource.manager.findAndCount(HistoryEntry, {
      where: { entityName, entityId },
      order: { at: "ASC", id: "ASC" },
      skip: offset,
      take: limit,
    });
    return { nodes, totalCount };
  }
}
