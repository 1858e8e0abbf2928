import { insertInChunks } from "@change-leaders/common";
import { type NationalPlan, nationalLeaderId, nationalRowId } from "@change-leaders/common/demo";
import type { DataSource } from "typeorm";
import { EngagementChannel, EngagementPost, EngagementSample } from "../engagement/engagement.entity";
import { Event, EventKind, EventMode, EventStatus, EventTambon } from "../event/event.entity";
import { Participation } from "../participation/participation.entity";
import { ProgressReport, ProgressReportStatus, ProgressReportValue } from "../progress/progress-report.entity";

const DAY = 86_400_000;

/**
 * National scale (bench and load tests): per province with programme tambons a workshop and a
 * food-security event targeting them; every leader registered for the workshop (1 in 23 absent);
 * two quarterly progress reports per tambon with their values; two posts per tambon sampled twice.
 * Writes only the activities store; one transaction, chunked inserts per table.
 */
export async function seedNationalActivities(dataSource: DataSource, plan: NationalPlan): Promise<string[]> {
  const provinces = [...new Set(plan.tambons.map((t) => t.provinceCode))].sort();
  const eventOf = new Map<string, { workshop: string; food: string }>();
  const events: Partial<Event>[] = [];
  const base = { fiscalYear: plan.fiscalYear, status: EventStatus.SCHEDULED, targetLeadersPerTambon: plan.leadersPerTambon, cancelReason: null };
  provinces.forEach((provinceCode, p) => {
    const workshop = nationalRowId(1, p * 2);
    const food = nationalRowId(1, p * 2 + 1);
    eventOf.set(provinceCode, { workshop, food });
    events.push(
      {
        ...base,
        id: workshop,
        kind: EventKind.WORKSHOP,
        title: `ฝึกอบรมเชิงปฏิบัติการพัฒนาผู้นำการเปลี่ยนแปลง จังหวัด ${provinceCode}`,
        startsAt: new Date(Date.UTC(2021, 2, 1 + (p % 20), 1, 30)),
        endsAt: new Date(Date.UTC(2021, 2, 3 + (p % 20), 9, 0)),
        mode: EventMode.ONSITE,
        venue: `ศาลากลางจังหวัด ${provinceCode}`,
        meetingUrl: null,
        organiserProvinceCode: provinceCode,
        joinedProvinceCodes: [],
      },
      {
        ...base,
        id: food,
        kind: EventKind.FOOD_SECURITY,
        title: `ขับเคลื่อนกิจกรรมการพัฒนาความมั่นคงทางอาหาร จังหวัด ${provinceCode}`,
        startsAt: new Date("2021-04-01T02:00:00Z"),
        endsAt: new Date("2021-09-30T10:00:00Z"),
        mode: EventMode.ONSITE,
        venue: `ตำบลเป้าหมาย จังหวัด ${provinceCode}`,
        meetingUrl: null,
        organiserProvinceCode: provinceCode,
        joinedProvinceCodes: [],
      },
    );
  });

  const targets: EventTambon[] = [];
  const participations: Partial<Participation>[] = [];
  const reports: Partial<ProgressReport>[] = [];
  const values: Partial<ProgressReportValue>[] = [];
  const posts: Partial<EngagementPost>[] = [];
  const samples: Partial<EngagementSample>[] = [];
  const periods = [
    { start: "2021-04-01", end: "2021-06-30", submitted: "2021-07-05T03:00:00Z" },
    { start: "2021-07-01", end: "2021-09-30", submitted: "2021-10-05T03:00:00Z" },
  ];
  plan.tambons.forEach((tambon, t) => {
    const { workshop, food } = eventOf.get(tambon.provinceCode)!;
    targets.push({ eventId: workshop, tambonCode: tambon.code } as EventTambon, { eventId: food, tambonCode: tambon.code } as EventTambon);
    for (let n = 0; n < plan.leadersPerTambon; n++) {
      const i = t * plan.leadersPerTambon + n;
      participations.push({
        id: nationalRowId(2, i),
        eventId: workshop,
        leaderId: nationalLeaderId(i),
        tambonCode: tambon.code,
        provinceCode: tambon.provinceCode,
        registeredAt: new Date("2021-02-20T03:00:00Z"),
        attended: i % 23 !== 7,
        attendanceRecordedAt: new Date("2021-03-25T09:00:00Z"),
        version: 1,
      });
    }
    periods.forEach((period, p) => {
      const id = nationalRowId(3, t * 2 + p);
      const status = p === 0 ? ProgressReportStatus.ACCEPTED : t % 2 === 0 ? ProgressReportStatus.SUBMITTED : ProgressReportStatus.DRAFT;
      reports.push({
        id,
        tambonCode: tambon.code,
        provinceCode: tambon.provinceCode,
        eventId: food,
        fiscalYear: plan.fiscalYear,
        periodStart: period.start,
        periodEnd: period.end,
        narrative: "ผู้นำการเปลี่ยนแปลงชวนครัวเรือนปลูกผักสวนครัวและเลี้ยงไก่ไข่ ลดรายจ่ายค่าอาหาร (national seed)",
        evidenceLinks: [`https://cdd.example/national/${tambon.code}/${p + 1}`],
        status,
        returnReason: null,
        submittedAt: status === ProgressReportStatus.DRAFT ? null : new Date(period.submitted),
        decidedAt: status === ProgressReportStatus.ACCEPTED ? new Date("2021-07-20T03:00:00Z") : null,
        decidedBy: status === ProgressReportStatus.ACCEPTED ? `สำนักงานพัฒนาชุมชนจังหวัด ${tambon.provinceCode}` : null,
        version: 1,
      });
      const growth = p + 1;
      values.push(
        { reportId: id, indicatorCode: "HOUSEHOLDS", quantity: (20 + (t % 30)) * growth, amount: null },
        { reportId: id, indicatorCode: "PLOTS", quantity: (10 + (t % 10)) * growth, amount: null },
        { reportId: id, indicatorCode: "PRODUCE_KG", quantity: (150 + (t % 40) * 5) * growth, amount: null },
        { reportId: id, indicatorCode: "SAVINGS", quantity: null, amount: BigInt((10_000 + (t % 50) * 100) * growth) * 100n },
      );
    });
    [EngagementChannel.FACEBOOK, EngagementChannel.TIKTOK].forEach((channel, c) => {
      const id = nationalRowId(4, t * 2 + c);
      const postedAt = new Date(Date.UTC(2021, 4 + c, 1 + (t % 28), 5));
      posts.push({
        id,
        channel,
        url: `https://cdd.example/national/${channel.toLowerCase()}/${tambon.code}`,
        title: c === 0 ? "แปลงผักสวนครัวของชุมชน" : "ไก่ไข่ลดรายจ่าย",
        tambonCode: tambon.code,
        provinceCode: tambon.provinceCode,
        leaderId: nationalLeaderId(t * plan.leadersPerTambon + c),
        eventId: food,
        postedAt,
        createdAt: new Date("2021-07-15T03:00:00Z"),
      });
      [7, 30].forEach((after, s) =>
        samples.push({
          id: nationalRowId(5, (t * 2 + c) * 2 + s),
          postId: id,
          likes: 40 + (t % 50) * (s + 1),
          follows: 10 + (t % 20) + s * 3,
          shares: 5 + (t % 10) + s * 2,
          sampledAt: new Date(postedAt.getTime() + after * DAY),
          sampledBy: `สำนักงานพัฒนาชุมชนจังหวัด ${tambon.provinceCode}`,
          sampledById: null,
        }),
      );
    });
  });

  await dataSource.transaction(async (manager) => {
    await insertInChunks(manager, Event, events, 200);
    await insertInChunks(manager, EventTambon, targets, 500);
    await insertInChunks(manager, Participation, participations, 400);
    await insertInChunks(manager, ProgressReport, reports, 200);
    await insertInChunks(manager, ProgressReportValue, values, 500);
    await insertInChunks(manager, EngagementPost, posts, 400);
    await insertInChunks(manager, EngagementSample, samples, 500);
  });
  return [
    `national activities: ${events.length} events, ${targets.length} targets, ${participations.length} registrations, ` +
      `${reports.length} progress reports, ${posts.length} posts with ${samples.length} samples`,
  ];
}
