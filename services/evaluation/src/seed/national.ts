import { insertInChunks, toSatang } from "@change-leaders/common";
import { type NationalPlan, nationalRowId } from "@change-leaders/common/demo";
import type { DataSource } from "typeorm";
import { Award, AwardLevel } from "../award/award.entity";
import { Disbursement, DisbursementStatus } from "../disbursement/disbursement.entity";
import { referenceKey } from "../disbursement/disbursement.reference";
import { Nomination, NominationStatus } from "../nomination/nomination.entity";
import { ContestRound } from "../contest/contest-round";

const DECIDED_AT: Record<ContestRound, Date> = {
  PROVINCE: new Date("2021-03-15T03:00:00Z"),
  REGION: new Date("2021-05-20T03:00:00Z"),
  NATION: new Date("2021-07-30T03:00:00Z"),
};
const EXCELLENT_AMOUNT = "1000000.00";
const DISBURSEMENTS: [string, DisbursementStatus, string][] = [
  ["350000.00", DisbursementStatus.PAID, "โรงเรือนและวัสดุอุปกรณ์แปลงผักปลอดภัยของชุมชน"],
  ["150000.00", DisbursementStatus.APPROVED, "อบรมขยายผลผู้นำการเปลี่ยนแปลงสู่หมู่บ้านข้างเคียง"],
  ["80000.00", DisbursementStatus.RECORDED, "ศึกษาดูงานเครือข่ายธนาคารอาหารชุมชน"],
];

/**
 * National scale (bench and load tests): every programme tambon nominated in its province; the first
 * two of each province selected and sent to the region, where the first is selected (OUTSTANDING);
 * every second province's outstanding tambon goes to the nation and wins EXCELLENT (1,000,000 baht)
 * with three disbursements. Writes only the evaluation store; one transaction, chunked inserts.
 */
export async function seedNationalEvaluation(dataSource: DataSource, plan: NationalPlan): Promise<string[]> {
  const fy = plan.fiscalYear;
  const nominations: Partial<Nomination>[] = [];
  const awards: Partial<Award>[] = [];
  const disbursements: Partial<Disbursement>[] = [];
  let nominationN = 0;
  let excellentRank = 0;
  const nominate = (tambon: { code: string; provinceCode: string }, round: ContestRound, status: NominationStatus, previous: string | null) => {
    const id = nationalRowId(10, nominationN++);
    const decided = status === NominationStatus.SELECTED || status === NominationStatus.NOT_SELECTED;
    nominations.push({
      id,
      tambonCode: tambon.code,
      provinceCode: tambon.provinceCode,
      fiscalYear: fy,
      round,
      status,
      summary: "ผลการพัฒนาความมั่นคงทางอาหารและการขยายผลสู่ครัวเรือน (national seed)",
      evidenceLinks: [`https://cdd.example/national/${tambon.code}/${round.toLowerCase()}`],
      nominatedBy: null,
      statusReason: status === NominationStatus.NOT_SELECTED ? "คะแนนรวมต่ำกว่าตำบลที่ได้รับคัดเลือก" : null,
      decidedAt: decided ? DECIDED_AT[round] : null,
      decidedBy: decided ? "national-seed" : null,
      previousNominationId: previous,
      version: 1,
    });
    return id;
  };
  const award = (tambon: { code: string; provinceCode: string }, level: AwardLevel, nominationId: string, rank: number | null) => {
    const id = nationalRowId(11, awards.length);
    awards.push({
      id,
      tambonCode: tambon.code,
      provinceCode: tambon.provinceCode,
      fiscalYear: fy,
      level,
      rank,
      amount: level === AwardLevel.EXCELLENT ? toSatang(EXCELLENT_AMOUNT) : 0n,
      disbursedTotal: 0n,
      plaqueAwardedAt: level === AwardLevel.EXCELLENT ? "2021-08-27" : "2021-06-10",
      nominationId,
      version: 1,
    });
    return awards[awards.length - 1];
  };

  const byProvince = new Map<string, NationalPlan["tambons"]>();
  for (const tambon of plan.tambons) byProvince.set(tambon.provinceCode, [...(byProvince.get(tambon.provinceCode) ?? []), tambon]);
  [...byProvince.keys()].sort().forEach((provinceCode, p) => {
    byProvince.get(provinceCode)!.forEach((tambon, k) => {
      const provincial = nominate(tambon, ContestRound.PROVINCE, k < 2 ? NominationStatus.SELECTED : NominationStatus.NOT_SELECTED, null);
      if (k >= 2) return;
      const regional = nominate(tambon, ContestRound.REGION, k === 0 ? NominationStatus.SELECTED : NominationStatus.NOT_SELECTED, provincial);
      if (k !== 0) return;
      award(tambon, AwardLevel.OUTSTANDING, regional, null);
      if (p % 2 !== 0) return;
      const national = nominate(tambon, ContestRound.NATION, NominationStatus.SELECTED, regional);
      const excellent = award(tambon, AwardLevel.EXCELLENT, national, ++excellentRank);
      let live = 0n;
      DISBURSEMENTS.forEach(([amount, status, purpose], d) => {
        const at = new Date(Date.UTC(2021, 8, 10 + d * 5, 3));
        const n = disbursements.length;
        disbursements.push({
          id: nationalRowId(12, n),
          awardId: excellent.id!,
          amount: toSatang(amount),
          purpose,
          reference: `ร.อ.-2564/N${String(n).padStart(5, "0")}`,
          fiscalYear: fy,
          referenceKey: referenceKey(`ร.อ.-2564/N${String(n).padStart(5, "0")}`),
          evidence: [`https://cdd.example/national/${tambon.code}/evidence-${d + 1}.pdf`],
          idempotencyKey: `national-${tambon.code}-${d + 1}`,
          status,
          cancelReason: null,
          recordedBy: "national-seed",
          createdAt: at,
          approvedAt: status === DisbursementStatus.RECORDED ? null : at,
          paidAt: status === DisbursementStatus.PAID ? at : null,
          cancelledAt: null,
          version: 1,
        });
        live += toSatang(amount);
      });
      excellent.disbursedTotal = live;
    });
  });

  await dataSource.transaction(async (manager) => {
    await insertInChunks(manager, Nomination, nominations, 300);
    await insertInChunks(manager, Award, awards, 300);
    await insertInChunks(manager, Disbursement, disbursements, 300);
  });
  return [`national evaluation: ${nominations.length} nominations over three rounds, ${awards.length} awards, ${disbursements.length} disbursements`];
}
