import {
  type HistoryRule,
  type RequestContext,
  HistoryEntryView,
  PageInput,
  PageType,
  Role,
  WHOLE_HISTORY,
  badInput,
  readHistory,
} from "@change-leaders/common";
import { Arg, Authorized, Ctx, Field, FieldResolver, ID, Int, ObjectType, Query, Resolver, Root } from "type-graphql";
import { importOpening, leaderImportRecords } from "../leader/leader.import";
import { LeaderImport } from "../leader/leader.import.entity";
import { AccessLogEntry } from "./access-log.entity";
import { accessLogService } from "./access-log.service";

@ObjectType({ description: "One audited change: who, when, which record, before and after (JSON)" })
export class HistoryRecord extends HistoryEntryView {
  @Field(() => String, { nullable: true, description: "The request that made the change (the services' logs carry it)" })
  requestId!: string | null;

  @Field(() => ID, {
    nullable: true,
    description: "An IMPORT entry: the import record it is made from (leaderImport(id)); `after` is the leader as imported",
  })
  importId?: string | null;

  @Field(() => String, { nullable: true, description: "An IMPORT entry: SHA-256 (hex) of the file imported" })
  fileSha256?: string | null;
}

@ObjectType()
export class PeopleHistoryPage extends PageType(HistoryRecord) {}

/** Who reads this subgraph's history, and of which records. */
const PEOPLE_HISTORY: HistoryRule = { entities: ["Leader", "Account", "ApiKey", "Officer", "Inspector"], roles: [Role.ADMIN] };

/** A page of a record's history; a leader's snapshots hold personal data, so reading them is logged. */
async function peopleHistory(
  ctx: RequestContext,
  entityName: string,
  entityId: string,
  page: PageInput | typeof WHOLE_HISTORY | undefined,
  field: string,
) {
  // a leader written by a bulk import: its history opens with the import (made from the import record)
  const found = await readHistory(ctx, PEOPLE_HISTORY, entityName, entityId, page, field, importOpening);
  if (entityName === "Leader") await accessLogService.recordHistory(ctx, entityId, found.nodes);
  return found;
}

@Resolver()
export class AuditResolver {
  @Authorized(...PEOPLE_HISTORY.roles)
  @Query(() => [HistoryRecord], {
    description: "The audited changes of one record of this subgraph, oldest first, all of them (admins)",
    deprecationReason: "Use peopleHistory, paged like activityHistory and evaluationHistory",
  })
  async history(
    @Arg("entity", { description: `One of ${PEOPLE_HISTORY.entities.join(", ")}` }) entity: string,
    @Arg("id", () => ID) id: string,
    @Ctx() ctx: RequestContext,
  ): Promise<HistoryRecord[]> {
    return (await peopleHistory(ctx, entity, id, WHOLE_HISTORY, "entity")).nodes;
  }

  @Authorized(...PEOPLE_HISTORY.roles)
  @Query(() => PeopleHistoryPage, { description: "The audit history of one people record, oldest first (admins)" })
  peopleHistory(
    @Arg("entityName", { description: `One of ${PEOPLE_HISTORY.entities.join(", ")}` }) entityName: string,
    @Arg("entityId", () => ID) entityId: string,
    @Ctx() ctx: RequestContext,
    @Arg("page", () => PageInput, { nullable: true }) page?: PageInput,
  ) {
    return peopleHistory(ctx, entityName, entityId, page, "entityName");
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

  @Authorized(Role.ADMIN)
  @Query(() => LeaderImport, { description: "One import of leaders: who, when, the file's SHA-256, the counts and the leaders written (admins)" })
  leaderImport(@Arg("id", () => ID) id: string, @Ctx() ctx: RequestContext): Promise<LeaderImport> {
    return leaderImportRecords.find(ctx, id);
  }
}

@Resolver(() => LeaderImport)
export class LeaderImportResolver {
  @FieldResolver(() => [ID], { description: "The leaders the import wrote (their importId is this import's id), by id" })
  leaderIds(@Root() record: LeaderImport, @Ctx() ctx: RequestContext): Promise<string[]> {
    return leaderImportRecords.leaderIds(ctx, record.id);
  }
}
