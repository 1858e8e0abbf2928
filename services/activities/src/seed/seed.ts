import { type Config, insertInChunks } from "@change-leaders/common";
import { DEMO_FISCAL_YEAR, DEMO_LEADERS_PER_TAMBON, DEMO_PROVINCE_CODE, DEMO_TARGET_TAMBONS, demoLeaderId } from "@change-leaders/common/demo";
import type { DataSource, EntityManager } from "typeorm";
import { drawSample } from "../engagement/engagement.draw";
import { EngagementChannel, EngagementDraw, EngagementPost, EngagementSample } from "../engagement/engagement.entity";
import { EventOffice } from "../event/event-office.entity";
import { Event, EventKind, EventMode, EventStatus, EventTambon } from "../event/event.entity";
import { Participation } from "../participation/participation.entity";
import { FIRST_INDICATOR_YEAR, ProgressIndicator, ProgressIndicatorYear, STANDARD_INDICATORS } from "../progress/progress-indicator.entity";
import { progressIndicatorService } from "../progress/progress-indicator.service";
import { ProgressReport, ProgressReportStatus, ProgressReportValue } from "../progress/progress-report.entity";

/** Fixed ids keep the demo the same on every machine. */
export const DEMO_EVENT_IDS = {
  kickoff: "6a1f0c0e-2564-4000-8000-000000000001",
  workshop: "6a1f0c0e-2564-4000-8000-000000000002",
  foodSecurity: "6a1f0c0e-2564-4000-8000-000000000003",
  monitoring: "6a1f0c0e-2564-4000-8000-000000000004",
} as const;

/** The id of the demo draw of posts to check (seed below), for tests and the panel. */
export const DEMO_DRAW = { id: "6a1f0c0e-2564-4000-8005-000000000001", seed: "FY2564-Q4-chanthaburi", size: 5 } as const;

const demoId = (series: number, a: number, b: number) =>
  `6a1f0c0e-2564-4000-${String(8000 + series)}-${String(a).padStart(4, "0")}${String(b).padStart(8, "0")}`;

/** Whether the n-th leader of the t-th tambon attended the workshop: all but 7 of the 165 did. */
export const demoAttended = (t: number, n: number) => (t * DEMO_LEADERS_PER_TAMBON + n) % 23 !== 7;

/** The offices that recorded the room they joined the FY 2564 kickoff from. */
const DEMO_KICKOFF_OFFICES: Partial<EventOffice>[] = [
  { eventId: DEMO_EVENT_IDS.kickoff, provinceCode: DEMO_PROVINCE_CODE, room: "ห้องประชุมศาลากลางจังหวัดจันทบุรี ชั้น 2", recordedBy: "demo-officer-22" },
];

function demoEvents(): { events: Partial<Event>[]; targets: EventTambon[] } {
  const base = { fiscalYear: DEMO_FISCAL_YEAR, status: EventStatus.SCHEDULED, targetLeadersPerTambon: 15, cancelReason: null };
  const events: Partial<Event>[] = [
    {
      ...base,
      id: DEMO_EVENT_IDS.kickoff,
      kind: EventKind.KICKOFF_MEETING,
      title: "ประชุมสร้างความเข้าใจโครงการเสริมสร้างและพัฒนาผู้นำการเปลี่ยนแปลง (VDO Conference)",
      // 10:00 Bangkok time on 15 February 2564, from the department's War Room
      startsAt: new Date("2021-02-15T03:00:00Z"),
      endsAt: new Date("2021-02-15T06:00:00Z"),
      mode: EventMode.ONLINE,
      venue: "ห้องวอร์รูม (War Room) ชั้น 5 กรมการพัฒนาชุมชน",
      chair: "อธิบดีกรมการพัฒนาชุมชน",
      meetingUrl: "https://vdo.cdd.go.th/example-kickoff-2564",
      organiserProvinceCode: null,
      joinedProvinceCodes: ["20", "21", "22", "23", "24", "45"],
    },
    {
      ...base,
      id: DEMO_EVENT_IDS.workshop,
      kind: EventKind.WORKSHOP,
      title: "ฝึกอบรมเชิงปฏิบัติการพัฒนาผู้นำการเปลี่ยนแปลง จังหวัดจันทบุรี",
      startsAt: new Date("2021-02-22T01:30:00Z"),
      endsAt: new Date("2021-02-24T09:00:00Z"),
      mode: EventMode.ONSITE,
      venue: "ห้องประชุมศาลากลางจังหวัดจันทบุรี",
      meetingUrl: null,
      organiserProvinceCode: DEMO_PROVINCE_CODE,
      joinedProvinceCodes: [],
    },
    {
      ...base,
      id: DEMO_EVENT_IDS.foodSecurity,
      kind: EventKind.FOOD_SECURITY,
      title: "ขับเคลื่อนกิจกรรมการพัฒนาความมั่นคงทางอาหาร จังหวัดจันทบุรี",
      startsAt: new Date("2021-04-01T02:00:00Z"),
      endsAt: new Date("2021-09-30T10:00:00Z"),
      mode: EventMode.ONSITE,
      venue: "ตำบลเป้าหมาย 11 ตำบล จังหวัดจันทบุรี",
      meetingUrl: null,
      organiserProvinceCode: DEMO_PROVINCE_CODE,
      joinedProvinceCodes: [],
    },
    {
      ...base,
      id: DEMO_EVENT_IDS.monitoring,
      kind: EventKind.MONITORING,
      title: "ติดตามผลการขับเคลื่อนผ่านช่องทางออนไลน์ (สุ่มนับ Like & Follow และ Share)",
      startsAt: new Date("2021-08-01T02:00:00Z"),
      endsAt: new Date("2021-08-31T10:00:00Z"),
      mode: EventMode.ONLINE,
      venue: null,
      meetingUrl: "https://vdo.cdd.go.th/example-monitoring-2564",
      organiserProvinceCode: DEMO_PROVINCE_CODE,
      joinedProvinceCodes: [],
    },
  ];
  const targets = [DEMO_EVENT_IDS.workshop, DEMO_EVENT_IDS.foodSecurity, DEMO_EVENT_IDS.monitoring].flatMap((eventId) =>
    DEMO_TARGET_TAMBONS.map((tambonCode) => ({ eventId, tambonCode })),
  );
  return { events, targets };
}

/** Every demo leader registered for the workshop; all but 7 attended. */
function demoParticipations(): Partial<Participation>[] {
  return DEMO_TARGET_TAMBONS.flatMap((tambonCode, t) =>
    Array.from({ length: DEMO_LEADERS_PER_TAMBON }, (_, n) => ({
      id: demoId(2, t, n),
      eventId: DEMO_EVENT_IDS.workshop,
      leaderId: demoLeaderId(t, n),
      tambonCode,
      provinceCode: DEMO_PROVINCE_CODE,
      registeredAt: new Date("2021-02-16T03:00:00Z"),
      attended: demoAttended(t, n),
      attendanceRecordedAt: new Date("2021-02-24T09:00:00Z"),
    })),
  );
}

/** Two quarterly progress reports per tambon: the first accepted (one returned), the second submitted or still a draft. */
function demoReports(): { reports: Partial<ProgressReport>[]; values: Partial<ProgressReportValue>[] } {
  const reports: Partial<ProgressReport>[] = [];
  const values: Partial<ProgressReportValue>[] = [];
  const periods = [
    { start: "2021-04-01", end: "2021-06-30", submitted: "2021-07-05T03:00:00Z" },
    { start: "2021-07-01", end: "2021-09-30", submitted: "2021-10-05T03:00:00Z" },
  ];
  DEMO_TARGET_TAMBONS.forEach((tambonCode, t) => {
    periods.forEach((period, p) => {
      const id = demoId(3, t, p);
      const status =
        p === 0
          ? t === 3
            ? ProgressReportStatus.RETURNED
            : ProgressReportStatus.ACCEPTED
          : t % 2 === 0
            ? ProgressReportStatus.SUBMITTED
            : ProgressReportStatus.DRAFT;
      const decided = status === ProgressReportStatus.ACCEPTED || status === ProgressReportStatus.RETURNED;
      reports.push({
        id,
        tambonCode,
        provinceCode: DEMO_PROVINCE_CODE,
        eventId: DEMO_EVENT_IDS.foodSecurity,
        fiscalYear: DEMO_FISCAL_YEAR,
        periodStart: period.start,
        periodEnd: period.end,
        narrative:
          p === 0
            ? "ผู้นำการเปลี่ยนแปลงชวนครัวเรือนปลูกผักสวนครัวและเลี้ยงไก่ไข่ ลดรายจ่ายค่าอาหาร และจัดตั้งกลุ่มออมทรัพย์"
            : "ขยายแปลงผลิตอาหารร่วมกัน แบ่งปันผลผลิตให้ครัวเรือนเปราะบาง และนำผลผลิตส่วนเกินไปจำหน่ายในตลาดชุมชน",
        evidenceLinks: [`https://chanthaburi.cdd.go.th/demo/food-security/${tambonCode}/${p + 1}`],
        status,
        returnReason: status === ProgressReportStatus.RETURNED ? "กรุณาแนบภาพถ่ายแปลงผลิตอาหารและรายชื่อครัวเรือนที่เข้าร่วม" : null,
        submittedAt: status === ProgressReportStatus.DRAFT ? null : new Date(period.submitted),
        decidedAt: decided ? new Date("2021-07-20T03:00:00Z") : null,
        decidedBy: decided ? "สำนักงานพัฒนาชุมชนจังหวัดจันทบุรี" : null,
      });
      const growth = p + 1;
      values.push(
        { reportId: id, indicatorCode: "HOUSEHOLDS", quantity: (20 + t * 3) * growth, amount: null },
        { reportId: id, indicatorCode: "PLOTS", quantity: (10 + t) * growth, amount: null },
        { reportId: id, indicatorCode: "PRODUCE_KG", quantity: (150 + t * 25) * growth, amount: null },
        { reportId: id, indicatorCode: "SAVINGS", quantity: null, amount: BigInt((12_500 + t * 1_250) * growth) * 100n + 50n },
      );
    });
  });
  return { reports, values };
}

/** Two posts per tambon (Facebook and TikTok), each sampled twice; and one recorded draw of 5 posts to check. */
function demoEngagement(): { posts: EngagementPost[]; samples: Partial<EngagementSample>[]; draw: Partial<EngagementDraw> } {
  const posts: EngagementPost[] = [];
  const samples: Partial<EngagementSample>[] = [];
  const day = 86_400_000;
  DEMO_TARGET_TAMBONS.forEach((tambonCode, t) => {
    [EngagementChannel.FACEBOOK, EngagementChannel.TIKTOK].forEach((channel, c) => {
      const postedAt = new Date(Date.UTC(2021, 4 + c, 1 + t, 5, 0, 0));
      const post = Object.assign(new EngagementPost(), {
        id: demoId(1, t, c),
        channel,
        url:
          channel === EngagementChannel.FACEBOOK
            ? `https://www.facebook.com/cdd.chanthaburi/posts/demo-${tambonCode}`
            : `https://www.tiktok.com/@cdd.chanthaburi/video/demo-${tambonCode}`,
        title: c === 0 ? "แปลงผักสวนครัวของชุมชน" : "ไก่ไข่ลดรายจ่าย",
        tambonCode,
        provinceCode: DEMO_PROVINCE_CODE,
        leaderId: demoLeaderId(t, c),
        eventId: DEMO_EVENT_IDS.monitoring,
        postedAt,
        createdAt: new Date("2021-07-15T03:00:00Z"),
      });
      posts.push(post);
      const first = { likes: 40 + t * 5 + c * 30, follows: 10 + t + c * 5, shares: 5 + t };
      [7, 30].forEach((after, s) => {
        samples.push({
          id: demoId(4, t * 2 + c, s),
          postId: post.id,
          likes: first.likes * (s + 1) + s * 7,
          follows: first.follows + s * (3 + t),
          shares: first.shares + s * 2,
          sampledAt: new Date(postedAt.getTime() + after * day),
          sampledBy: "สำนักงานพัฒนาชุมชนจังหวัดจันทบุรี",
          sampledById: null,
        });
      });
    });
  });
  const drawnAt = new Date("2021-08-02T03:00:00Z");
  const draw: Partial<EngagementDraw> = {
    id: DEMO_DRAW.id,
    filter: JSON.stringify({ provinceCode: DEMO_PROVINCE_CODE }),
    provinceCode: DEMO_PROVINCE_CODE,
    size: DEMO_DRAW.size,
    seed: DEMO_DRAW.seed,
    populationCount: posts.length,
    postIds: drawSample(
      posts.map((p) => p.id),
      DEMO_DRAW.size,
      DEMO_DRAW.seed,
    ),
    drawnAt,
    drawnBy: "สำนักงานพัฒนาชุมชนจังหวัดจันทบุรี",
    drawnById: null,
  };
  return { posts, samples, draw };
}

/**
 * The standard indicators, on a store that has none, and the first fiscal year's set on a store without
 * year sets: every indicator then in use (every store: they are configuration, not demo data).
 */
async function seedIndicators(manager: EntityManager): Promise<string[]> {
  const report: string[] = [];
  if ((await manager.count(ProgressIndicator)) === 0) {
    await manager.insert(ProgressIndicator, STANDARD_INDICATORS);
    report.push(`progress indicators: ${STANDARD_INDICATORS.length}`);
  }
  if ((await manager.count(ProgressIndicatorYear)) === 0) {
    const inUse = await manager.find(ProgressIndicator, { where: { active: true }, order: { sortOrder: "ASC", code: "ASC" } });
    await progressIndicatorService.writeSet(manager, FIRST_INDICATOR_YEAR, inUse);
    report.push(`progress indicator set of FY ${FIRST_INDICATOR_YEAR}: ${inUse.length}`);
  }
  return report;
}

/** The indicators on an empty store, and the demo programme on a store without events; a store with events keeps them and gets none. */
export async function seedActivities(dataSource: DataSource, config: Config): Promise<string[]> {
  const report = await dataSource.transaction((manager) => seedIndicators(manager));
  if (config.seed !== "demo" || (await dataSource.manager.count(Event)) > 0) return report;
  const { events, targets } = demoEvents();
  const participations = demoParticipations();
  const { reports, values } = demoReports();
  const { posts, samples, draw } = demoEngagement();
  await dataSource.transaction(async (manager) => {
    await manager.insert(Event, events);
    await manager.insert(EventTambon, targets);
    await manager.insert(EventOffice, DEMO_KICKOFF_OFFICES);
    await insertInChunks(manager, Participation, participations);
    await manager.insert(ProgressReport, reports);
    await insertInChunks(manager, ProgressReportValue, values);
    await manager.insert(EngagementPost, posts);
    await manager.insert(EngagementSample, samples);
    await manager.insert(EngagementDraw, draw);
  });
  const attended = participations.filter((p) => p.attended).length;
  return [
    ...report,
    `demo activities: ${events.length} events, ${targets.length} target tambons, ${participations.length} registered (${attended} attended), ` +
      `${reports.length} progress reports, ${posts.length} posts with ${samples.length} samples, 1 draw`,
  ];
}
