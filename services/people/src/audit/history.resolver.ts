import { type RequestContext, HistoryEntry, HistoryEntryView, Role, badInput, requireRole } from "@change-leaders/common";
import { Arg, Authorized, Ctx, Field, ID, Int, ObjectType, Query, Resolver } from "type-graphql";
import { AccessLogEntry } from "./access-log.entity";
import { accessLogService } from "./access-log.service";

@ObjectType({ description: "One audited change: who, when, which record, before and after (JSON)" })
export class HistoryRecord extends HistoryEntryView {
  @Field(() => String, { nullable: true })
  actorId!: string | null;
}

const ENTITIES = ["Leader", "Account", "ApiKey", "Officer", "Inspector"];

@Resolver()
export class AuditResolver {
  @Authorized(Role.ADMIN)
  @Query(() => [HistoryRecord], { description: "The audited changes of one record of this subgraph, oldest first (admins)" })
  async history(
    @Arg("entity", { description: `One of ${ENTITIES.join(", ")}` }) entity: string,
    @Arg("id", () => ID) id: string,
    @Ctx() ctx: RequestContext,
  ): Promise<HistoryRecord[]> {
    requireRole(ctx, Role.ADMIN);
    if (!ENTITIES.includes(entity)) throw badInput("entity", `entity is one of ${ENTITIES.join(", ")}`);
    const entries = await ctx.dataSource.manager.find(HistoryEntry, { where: { entityName: entity, entityId: id }, order: { at: "ASC", id: "ASC" } });
    if (entity === "Leader") await accessLogService.recordHistory(ctx, id, entries);
    return entries;
  }

  @Authorized(Role.ADMIN)
  @Query(() => [AccessLogEntry], { description: "Who read a leader's national ID, phone or birth date, latest first (admins)" })
  accessLog(
    @Arg("leaderId", () => ID) leaderId: string,
    @Ctx() ctx: RequestContext,
    @Arg("limit", () => Int, { defaultValue: 100 }) limit: number,
  ): Promise<AccessLogEntry[]> {
    if (!(limit >= 1 && limit <= 500)) throw badInput("limit", "limit is between 1 and 500");
    return accessLogService.ofLeader(ctx, leaderId, limit);
  }
}
