import { HistoryEntryView, PageInput, PageType, type RequestContext, Role, historyPage } from "@change-leaders/common";
import { Arg, Authorized, Ctx, ID, ObjectType, Query, Resolver } from "type-graphql";

/** One audited change of a record of this subgraph. */
@ObjectType("ActivityHistoryEntry", { description: "One audited change of an activities record: who, when, what before and after" })
export class ActivityHistoryEntry extends HistoryEntryView {}

@ObjectType()
export class ActivityHistoryPage extends PageType(ActivityHistoryEntry) {}

@Resolver()
export class ActivityHistoryResolver {
  @Authorized(Role.ADMIN, Role.INSPECTOR, Role.EXECUTIVE)
  @Query(() => ActivityHistoryPage, { description: "The audit history of one activities record, oldest first" })
  async activityHistory(
    @Arg("entityName", { description: "Event, Participation, ProgressReport, ProgressIndicator, EngagementPost, EngagementSample or EngagementDraw" })
    entityName: string,
    @Arg("entityId", () => ID) entityId: string,
    @Ctx() ctx: RequestContext,
    @Arg("page", () => PageInput, { nullable: true }) page?: PageInput,
  ) {
    return historyPage(ctx, entityName, entityId, page);
  }
}
