import { type Config, DEMO_FISCAL_YEAR, DEMO_PROVINCE_CODE, DEMO_TARGET_TAMBONS } from "@change-leaders/common";
import type { DataSource } from "typeorm";
import { Event, EventKind, EventMode, EventStatus, EventTambon } from "../event/event.entity";

/** Fixed ids keep the demo the same on every machine. */
export const DEMO_EVENT_IDS = {
  kickoff: "6a1f0c0e-2564-4000-8000-000000000001",
  workshop: "6a1f0c0e-2564-4000-8000-000000000002",
} as const;

function demoEvents(): { events: Partial<Event>[]; targets: EventTambon[] } {
  const base = { fiscalYear: DEMO_FISCAL_YEAR, status: EventStatus.SCHEDULED, targetLeadersPerTambon: 15 };
  const events: Partial<Event>[] = [
    {
      ...base,
      id: DEMO_EVENT_IDS.kickoff,
      kind: EventKind.KICKOFF_MEETING,
      title: "ประชุมสร้างความเข้าใจโครงการเสริมสร้างและพัฒนาผู้นำการเปลี่ยนแปลง (VDO Conference)",
      startsAt: new Date("2021-02-15T02:00:00Z"),
      endsAt: new Date("2021-02-15T05:00:00Z"),
      mode: EventMode.ONLINE,
      venue: "กรมการพัฒนาชุมชน และสำนักงานพัฒนาชุมชนจังหวัดทุกจังหวัด",
      meetingUrl: "https://vdo.cdd.go.th/example-kickoff-2564",
      organiserProvinceCode: null,
    },
    {
      ...base,
      id: DEMO_EVENT_IDS.workshop,
      kind: EventKind.WORKSHOP,
      title: "ฝึกอบรมเชิงปฏิบัติการพัฒนาผู้นำการเปลี่ยนแปลง จังหวัดจันทบุรี",
      startsAt: new Date("2021-03-10T01:30:00Z"),
      endsAt: new Date("2021-03-12T09:00:00Z"),
      mode: EventMode.ONSITE,
      venue: "ห้องประชุมศาลากลางจังหวัดจันทบุรี",
      meetingUrl: null,
      organiserProvinceCode: DEMO_PROVINCE_CODE,
    },
  ];
  const targets = DEMO_TARGET_TAMBONS.map((tambonCode) => ({ eventId: DEMO_EVENT_IDS.workshop, tambonCode }));
  return { events, targets };
}

/** The demo events on an empty store; a store with events keeps them and gets none. */
export async function seedActivities(dataSource: DataSource, config: Config): Promise<string[]> {
  if (config.seed !== "demo" || (await dataSource.manager.count(Event)) > 0) return [];
  const { events, targets } = demoEvents();
  await dataSource.transaction(async (manager) => {
    await manager.insert(Event, events);
    await manager.insert(EventTambon, targets);
  });
  return [`demo activities: ${events.length} events, ${targets.length} target tambons`];
}
