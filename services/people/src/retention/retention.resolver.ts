import { type RequestContext, PageInput, Role, pageOf, requireRole } from "@change-leaders/common";
import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from "type-graphql";
import { AccessLogFilter, AccessLogPage } from "../audit/access-log.inputs";
import { accessLogService } from "../audit/access-log.service";
import { RetentionReport } from "./retention.inputs";
import { anonymiseWithdrawnLeaders } from "./retention.service";

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
  accessLogEntries(
    @Ctx() ctx: RequestContext,
    @Arg("filter", () => AccessLogFilter, { nullable: true }) filter?: AccessLogFilter,
    @Arg("page", () => PageInput, { nullable: true }) page?: PageInput,
  ): Promise<AccessLogPage> {
    return accessLogService.list(ctx, filter, pageOf(page));
  }
}
