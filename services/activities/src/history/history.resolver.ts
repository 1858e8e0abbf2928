import { type HistoryRule, HistoryEntryView, PageInput, PageType, type RequestContext, Role, readHistory } from "@change-leaders/common";
import { Arg, Authorized, Ctx, ID, ObjectType, Query, Resolver } from "type-graphql";

/** Who reads this subgraph's history, and of which records. */
const ACTIVITY_HISTORY: HistoryRule = {
  entities: [
    "Event",
    "Participation",
    "ProgressReport",
    "ProgressIndicator",
    "ProgressIndicatorSet",
    "EngagementPost",
    "EngagementSample",
    "EngagementDraw",
  ],
  roles: [Role.ADMIN, Role.INSPECTOR, Role.EXECUTIVE],
};

/** One audited change of a record of this subgraph. */
@ObjectType("ActivityHistoryEntry", { description: "One audited change of an activities record: who, when, what before and after" })
export class ActivityHistoryEntry extends HistoryEntryView {}

@ObjectType()
export class ActivityHistoryPage extends PageType(ActivityHistoryEntry) {}

@Resolver()
export class ActivityHistoryResolver {
  @Authorized(...ACTIVITY_HISTORY.roles)
  @Query(() => ActivityHistoryPage, { description: "The audit history of one activities record, oldest first (admins, inspectors, executives)" })
  activityHistory(
    @Arg("entityName", { description: `One of ${ACTIVITY_HISTORY.entities.join(", ")}` }) entityName: string,
    @Arg("entityId", () => ID) entityId: string,
    @Ctx() ctx: RequestContext,
    @Arg("page", () => PageInput, { nullable: true }) page?: PageInput,
  ) {
    return readHistory(ctx, ACTIVITY_HISTORY, entityName, entityId, page);
  }
}
