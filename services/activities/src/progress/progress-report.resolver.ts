import { type RequestContext, PageInput, Role, pageOf } from "@change-leaders/common";
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { Event } from "../event/event.entity";
import { eventService } from "../event/event.service";
import { TambonRef } from "../tambon/tambon.ref";
import { ProgressIndicator } from "./progress-indicator.entity";
import { ProgressReport, ProgressReportValue } from "./progress-report.entity";
import { progressIndicatorService } from "./progress-indicator.service";
import { ProgressReportFilter, ProgressReportInput, ProgressReportPage, ProgressReportUpdateInput } from "./progress-report.inputs";
import { progressReportService } from "./progress-report.service";

const WRITERS = [Role.ADMIN, Role.PROVINCE_OFFICER];

@Resolver(() => ProgressReport)
export class ProgressReportResolver {
  @Authorized()
  @Query(() => ProgressReport, { nullable: true })
  progressReport(@Arg("id", () => ID) id: string, @Ctx() ctx: RequestContext): Promise<ProgressReport | null> {
    return progressReportService.findReadable(ctx, id);
  }

  @Authorized()
  @Query(() => ProgressReportPage, { description: "Food-security progress reports, latest period first" })
  progressReports(
    @Ctx() ctx: RequestContext,
    @Arg("filter", () => ProgressReportFilter, { nullable: true }) filter?: ProgressReportFilter,
    @Arg("page", () => PageInput, { nullable: true }) page?: PageInput,
  ) {
    return progressReportService.list(ctx, filter, pageOf(page));
  }

  @Authorized(...WRITERS)
  @Mutation(() => ProgressReport, { description: "Records a tambon's progress over a period, as a DRAFT" })
  createProgressReport(@Arg("input", () => ProgressReportInput) input: ProgressReportInput, @Ctx() ctx: RequestContext): Promise<ProgressReport> {
    return progressReportService.create(ctx, input);
  }

  @Authorized(...WRITERS)
  @Mutation(() => ProgressReport, { description: "Changes a DRAFT or RETURNED report" })
  updateProgressReport(
    @Arg("id", () => ID) id: string,
    @Arg("input", () => ProgressReportUpdateInput) input: ProgressReportUpdateInput,
    @Ctx() ctx: RequestContext,
    @Arg("expectedVersion", () => Int, { nullable: true }) expectedVersion?: number,
  ): Promise<ProgressReport> {
    return progressReportService.update(ctx, id, input, expectedVersion);
  }

  @Authorized(...WRITERS)
  @Mutation(() => ProgressReport, { description: "DRAFT or RETURNED → SUBMITTED" })
  submitProgressReport(@Arg("id", () => ID) id: string, @Ctx() ctx: RequestContext): Promise<ProgressReport> {
    return progressReportService.transition(ctx, id, "SUBMIT");
  }

  @Authorized(...WRITERS)
  @Mutation(() => ProgressReport, { description: "SUBMITTED → ACCEPTED" })
  acceptProgressReport(@Arg("id", () => ID) id: string, @Ctx() ctx: RequestContext): Promise<ProgressReport> {
    return progressReportService.transition(ctx, id, "ACCEPT");
  }

  @Authorized(...WRITERS)
  @Mutation(() => ProgressReport, { description: "SUBMITTED → RETURNED, with the reason" })
  returnProgressReport(@Arg("id", () => ID) id: string, @Arg("reason") reason: string, @Ctx() ctx: RequestContext): Promise<ProgressReport> {
    return progressReportService.transition(ctx, id, "RETURN", reason);
  }

  @FieldResolver(() => [ProgressReportValue], { description: "The indicator values, in the indicators' order" })
  async indicators(@Root() report: ProgressReport, @Ctx() ctx: RequestContext): Promise<ProgressReportValue[]> {
    const values = await progressReportService.values(ctx, report.id);
    const indicators = await Promise.all(values.map((v) => progressIndicatorService.indicator(ctx, v.indicatorCode)));
    const order = (i: number) => indicators[i]?.sortOrder ?? 0;
    return values
      .map((v, i) => ({ v, i }))
      .sort((a, b) => order(a.i) - order(b.i))
      .map(({ v }) => v);
  }

  @FieldResolver(() => TambonRef)
  tambon(@Root() report: ProgressReport): TambonRef {
    return { code: report.tambonCode };
  }

  @FieldResolver(() => Event, { nullable: true })
  event(@Root() report: ProgressReport, @Ctx() ctx: RequestContext): Promise<Event | null> | null {
    return report.eventId ? eventService.find(ctx, report.eventId) : null;
  }
}

@Resolver(() => ProgressReportValue)
export class ProgressReportValueResolver {
  @FieldResolver(() => ProgressIndicator, { nullable: true })
  indicator(@Root() value: ProgressReportValue, @Ctx() ctx: RequestContext): Promise<ProgressIndicator | null> {
    return progressIndicatorService.indicator(ctx, value.indicatorCode);
  }
}

@Resolver(() => TambonRef)
export class TambonProgressReportsResolver {
  @FieldResolver(() => ProgressReportPage, { nullable: true, description: "This tambon's food-security progress reports, latest period first" })
  progressReports(@Root() tambon: TambonRef, @Ctx() ctx: RequestContext, @Arg("page", () => PageInput, { nullable: true }) page?: PageInput) {
    return progressReportService.ofTambon(ctx, tambon.code, pageOf(page));
  }
}
