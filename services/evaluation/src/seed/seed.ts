import { type Config, DEMO_FISCAL_YEAR, DEMO_TARGET_TAMBONS, FY2564_EXCELLENT_TAMBON } from "@change-leaders/common";
import type { DataSource } from "typeorm";
import { ContestRound, Nomination, NominationStatus } from "../nomination/nomination.entity";

const demoId = (n: number) => `7b2e0d1f-2564-4000-8000-${String(n).padStart(12, "0")}`;

function demoNominations(): Partial<Nomination>[] {
  const nominate = (n: number, tambonCode: string, round: ContestRound, status: NominationStatus, summary: string): Partial<Nomination> => ({
    id: demoId(n),
    tambonCode,
    provinceCode: tambonCode.slice(0, 2),
    fiscalYear: DEMO_FISCAL_YEAR,
    round,
    status,
    summary,
    nominatedBy: null,
  });
  return [
    nominate(1, DEMO_TARGET_TAMBONS[0], ContestRound.PROVINCE, NominationStatus.SELECTED, "ผลการพัฒนาความมั่นคงทางอาหารและการขยายผลสู่ครัวเรือน (ตัวอย่าง)"),
    nominate(2, DEMO_TARGET_TAMBONS[1], ContestRound.PROVINCE, NominationStatus.NOT_SELECTED, "กลุ่มผู้นำการเปลี่ยนแปลงกับแปลงผักปลอดภัย (ตัวอย่าง)"),
    nominate(3, DEMO_TARGET_TAMBONS[2], ContestRound.PROVINCE, NominationStatus.UNDER_REVIEW, "ธนาคารอาหารชุมชน (ตัวอย่าง)"),
    nominate(4, DEMO_TARGET_TAMBONS[0], ContestRound.REGION, NominationStatus.SUBMITTED, "ผลการพัฒนาความมั่นคงทางอาหารและการขยายผลสู่ครัวเรือน (ตัวอย่าง)"),
    nominate(5, FY2564_EXCELLENT_TAMBON, ContestRound.PROVINCE, NominationStatus.SELECTED, "ตำบลดงครั่งน้อย: ผู้นำการเปลี่ยนแปลงขับเคลื่อนความมั่นคงทางอาหาร"),
    nominate(6, FY2564_EXCELLENT_TAMBON, ContestRound.REGION, NominationStatus.SELECTED, "ตำบลดงครั่งน้อย: ผู้นำการเปลี่ยนแปลงขับเคลื่อนความมั่นคงทางอาหาร"),
    nominate(7, FY2564_EXCELLENT_TAMBON, ContestRound.NATION, NominationStatus.SELECTED, "ตำบลดงครั่งน้อย: ผู้นำการเปลี่ยนแปลงขับเคลื่อนความมั่นคงทางอาหาร"),
  ];
}

/** The demo nominations on an empty store; a store with nominations keeps them and gets none. */
export async function seedEvaluation(dataSource: DataSource, config: Config): Promise<string[]> {
  if (config.seed !== "demo" || (await dataSource.manager.count(Nomination)) > 0) return [];
  const nominations = demoNominations();
  await dataSource.transaction((manager) => manager.insert(Nomination, nominations));
  return [`demo evaluation: ${nominations.length} nominations`];
}
