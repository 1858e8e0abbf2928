import { type RequestContext, Role } from "@change-leaders/common";
import { Arg, Authorized, Ctx, Field, ID, Int, ObjectType, Query, Resolver } from "type-graphql";
import { EngagementPost } from "../engagement/engagement.entity";
import { Event, EventKind, EventStatus, EventTambon } from "../event/event.entity";
import { Participation } from "../participation/participation.entity";
import { ProgressReport, ProgressReportStatus } from "../progress/progress-report.entity";

@ObjectType({ description: "A province's workshops and attendance in a fiscal year" })
export class ProvinceActivityFigures {
  @Field(() => ID)
  provinceCode!: string;

  @Field(() => Int, { description: "Workshops the province organised (cancelled ones left out)" })
  workshopCount!: number;

  @Field(() => Int, { description: "Leaders the year's workshops aim at in the province's tambons (tambons × target per tambon)" })
  targetLeaders!: number;

  @Field(() => Int, { description: "Leaders of the province who attended a workshop of the year" })
  attended!: number;
}

@ObjectType({ description: "A fiscal year's activities in numbers: workshops and attendance against target, progress reports, posts" })
export class ProgrammeFigures {
  @Field(() => Int)
  fiscalYear!: number;

  @Field(() => Int, { description: "Workshops of the year (cancelled ones left out)" })
  workshopCount!: number;

  @Field(() => Int, { description: "Leaders the workshops aim at: each workshop's target tambons × its target per tambon" })
  targetLeaders!: number;

  @Field(() => Int, { description: "Leaders registered for the year's workshops" })
  registered!: number;

  @Field(() => Int, { description: "Leaders who attended the year's workshops" })
  attended!: number;

  @Field(() => Int, { description: "Progress reports of the year past their draft (submitted, accepted or returned)" })
  progressReportCount!: number;

  @Field(() => Int, { description: "Progress reports of the year accepted" })
  progressReportsAccepted!: number;

  @Field(() => Int, { description: "Results posted online within the fiscal year (1 October to 30 September, Bangkok time)" })
  engagementPostCount!: number;

  @Field(() => [ProvinceActivityFigures], { description: "The provinces with workshops, targets or attendance, in code order" })
  byProvince!: ProvinceActivityFigures[];
}

/** The instant FY `fiscalYear` (BE) starts: 1 October of Gregorian year fiscalYear − 544, 00:00 Bangkok (UTC+7). */
export const fiscalYearStart = (fiscalYear: number): Date => new Date(Date.UTC(fiscalYear - 544, 9, 1) - 7 * 3600_000);

const count = (value: unknown): number => Number(value ?? 0);

/**
 * The year's figures in four grouped statements, whatever the number of events, tambons or leaders: workshop
 * targets by tambon (the province is the tambon code's first two digits), attendance by the leader's province,
 * progress reports by status, posts within the year. Counts only: nothing personal, nothing a partner may not read.
 */
async function programmeFigures(ctx: RequestContext, fiscalYear: number): Promise<ProgrammeFigures> {
  const manager = ctx.dataSource.manager;
  const workshops = (alias: string) => `${alias}.fiscalYear = :fiscalYear AND ${alias}.kind = :kind AND ${alias}.status <> :cancelled`;
  const params = { fiscalYear, kind: EventKind.WORKSHOP, cancelled: EventStatus.CANCELLED };
  const [events, targets, attendance, reports, posts] = await Promise.all([
    manager
      .createQueryBuilder(Event, "e")
      .select("e.organiserProvinceCode", "provinceCode")
      .addSelect("COUNT(*)", "workshops")
      .where(workshops("e"), params)
      .groupBy("e.organiserProvinceCode")
      .getRawMany<{ provinceCode: string | null; workshops: unknown }>(),
    manager
      .createQueryBuilder(EventTambon, "t")
      .innerJoin(Event, "e", "e.id = t.eventId")
      .select("SUBSTR(t.tambonCode, 1, 2)", "provinceCode")
      .addSelect("SUM(e.targetLeadersPerTambon)", "target")
      .where(workshops("e"), params)
      .groupBy("SUBSTR(t.tambonCode, 1, 2)")
      .getRawMany<{ provinceCode: string; target: unknown }>(),
    manager
      .createQueryBuilder(Participation, "p")
      .innerJoin(Event, "e", "e.id = p.eventId")
      .select("p.provinceCode", "provinceCode")
      .addSelect("COUNT(*)", "registered")
      .addSelect("SUM(CASE WHEN p.attended THEN 1 ELSE 0 END)", "attended")
      .where(workshops("e"), params)
      .groupBy("p.provinceCode")
      .getRawMany<{ provinceCode: string; registered: unknown; attended: unknown }>(),
    manager
      .createQueryBuilder(ProgressReport, "r")
      .select("r.status", "status")
      .addSelect("COUNT(*)", "reports")
      .where("r.fiscalYear = :fiscalYear", { fiscalYear })
      .groupBy("r.status")
      .getRawMany<{ status: ProgressReportStatus; reports: unknown }>(),
    manager
      .createQueryBuilder(EngagementPost, "post")
      .where("post.postedAt >= :from AND post.postedAt < :to", { from: fiscalYearStart(fiscalYear), to: fiscalYearStart(fiscalYear + 1) })
      .getCount(),
  ]);
  const provinces = new Map<string, ProvinceActivityFigures>();
  const province = (code: string) =>
    provinces.get(code) ?? provinces.set(code, { provinceCode: code, workshopCount: 0, targetLeaders: 0, attended: 0 }).get(code)!;
  for (const row of events) if (row.provinceCode) province(row.provinceCode).workshopCount += count(row.workshops);
  for (const row of targets) province(row.provinceCode).targetLeaders += count(row.target);
  for (const row of attendance) province(row.provinceCode).attended += count(row.attended);
  const byStatus = new Map(reports.map((row) => [row.status, count(row.reports)]));
  return {
    fiscalYear,
    workshopCount: events.reduce((sum, row) => sum + count(row.workshops), 0),
    targetLeaders: targets.reduce((sum, row) => sum + count(row.target), 0),
    registered: attendance.reduce((sum, row) => sum + count(row.registered), 0),
    attended: attendance.reduce((sum, row) => sum + count(row.attended), 0),
    progressReportCount: [...byStatus.entries()].filter(([status]) => status !== ProgressReportStatus.DRAFT).reduce((sum, [, n]) => sum + n, 0),
    progressReportsAccepted: byStatus.get(ProgressReportStatus.ACCEPTED) ?? 0,
    engagementPostCount: posts,
    byProvince: [...provinces.values()].sort((a, b) => a.provinceCode.localeCompare(b.provinceCode)),
  };
}

@Resolver()
export class ProgrammeFiguresResolver {
  // SPEC section 2: executives read summaries and dashboards, budget officers and admins read the rest; counts only.
  @Authorized(Role.ADMIN, Role.EXECUTIVE, Role.BUDGET_OFFICER)
  @Query(() => ProgrammeFigures, {
    description:
      "A fiscal year's workshops and attendance against target, progress reports and posts, by province (admins, executives, budget officers)",
  })
  programmeFigures(@Arg("fiscalYear", () => Int) fiscalYear: number, @Ctx() ctx: RequestContext): Promise<ProgrammeFigures> {
    return programmeFigures(ctx, fiscalYear);
  }
}
