import { type RequestContext, PageInput, PageType, Role, badInput, pageOf, requireRole } from "@change-leaders/common";
import { Arg, Authorized, Ctx, Field, ID, InputType, Int, Mutation, ObjectType, Query, Resolver } from "type-graphql";
import { AccessLogEntry } from "../audit/access-log.entity";
import { anonymiseWithdrawnLeaders } from "./retention.service";

@ObjectType({ description: "What one run of the PDPA retention job did (or, as a dry run, would do)" })
export class RetentionReport {
  @Field({ description: "True when nothing was changed" })
  dryRun!: boolean;

  @Field(() => Int, { description: "LEADER_RETENTION_DAYS: how long a withdrawn leader keeps personal data" })
  retentionDays!: number;

  @Field({ description: "Leaders withdrawn before this moment are anonymised" })
  withdrawnBefore!: Date;

  @Field(() => Int, { description: "Leaders whose personal data was (would be) removed" })
  leadersAnonymised!: number;

  @Field(() => Int, { description: "History entries of those leaders stripped of personal data" })
  historyEntriesAnonymised!: number;
}

@InputType({ description: "Which reads of leaders' personal data to list; every condition optional" })
export class AccessLogFilter {
  @Field(() => ID, { nullable: true, description: "The account (or API key) that read" })
  actorId?: string | null;

  @Field(() => ID, { nullable: true, description: "The leader whose data was read" })
  leaderId?: string | null;

  @Field(() => Date, { nullable: true, description: "Reads at or after this moment" })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: "Reads before this moment" })
  to?: Date | null;
}

@ObjectType()
export class AccessLogPage extends PageType(AccessLogEntry) {}

@Resolver()
export class RetentionResolver {
  @Authorized(Role.ADMIN)
  @Mutation(() => RetentionReport, {
    description: "PDPA: irreversibly removes the personal data of leaders withdrawn longer than the retention period (admins); dryRun only counts",
  })
  async anonymiseWithdrawnLeaders(@Ctx() ctx: RequestContext, @Arg("dryRun", { defaultValue: false }) dryRun: boolean): Promise<RetentionReport> {
    const identity = requireRole(ctx, Role.ADMIN);
    const outcome = await anonymiseWithdrawnLeaders(ctx.dataSource, {
      retentionDays: ctx.config.leaderRetentionDays,
      dryRun,
      identity,
      requestId: ctx.requestId,
    });
    return {
      dryRun,
      retentionDays: outcome.retentionDays,
      withdrawnBefore: outcome.cutoff,
      leadersAnonymised: outcome.leaders,
      historyEntriesAnonymised: outcome.historyEntries,
    };
  }

  @Authorized(Role.ADMIN)
  @Query(() => AccessLogPage, {
    description: "Reads of leaders' national ID, phone or birth date, latest first, by account, leader and time (admins)",
  })
  async accessLogEntries(
    @Ctx() ctx: RequestContext,
    @Arg("filter", () => AccessLogFilter, { nullable: true }) filter?: AccessLogFilter,
    @Arg("page", () => PageInput, { nullable: true }) page?: PageInput,
  ): Promise<AccessLogPage> {
    requireRole(ctx, Role.ADMIN);
    const { limit, offset } = pageOf(page);
    if (filter?.from && filter.to && filter.from > filter.to) throw badInput("filter.to", "to is after from");
    const query = ctx.dataSource.manager.createQueryBuilder(AccessLogEntry, "entry");
    if (filter?.actorId) query.andWhere("entry.actor_id = :actorId", { actorId: filter.actorId });
    if (filter?.leaderId) query.andWhere("entry.leader_id = :leaderId", { leaderId: filter.leaderId });
    if (filter?.from) query.andWhere("entry.at >= :from", { from: filter.from });
    if (filter?.to) query.andWhere("entry.at < :to", { to: filter.to });
    const [nodes, totalCount] = await query.orderBy("entry.at", "DESC").addOrderBy("entry.id", "ASC").skip(offset).take(limit).getManyAndCount();
    return { nodes, totalCount };
  }
}
