import { DEMO_FISCAL_YEAR, DEMO_LEADERS_PER_TAMBON, DEMO_TARGET_TAMBONS, demoLeaderId } from "@change-leaders/common/demo";
import { Gender, LeaderStatus } from "../leader/leader.entity";
import { nationalIdCheckDigit } from "../leader/leader.rules";
import type { LeaderFields } from "../leader/leader.validation";

/**
 * Synthetic national IDs for demo and test data: "00000" + 7 digits + the mod-11 check digit. They
 * pass the check digit but are obviously fake: no issued Thai ID begins with 00000.
 */
export function syntheticNationalId(serial: number): string {
  const first12 = `00000${String(serial).padStart(7, "0")}`;
  return `${first12}${nationalIdCheckDigit(first12)}`;
}

const MALE = ["สมชาย", "สมศักดิ์", "ประเสริฐ", "วิชัย", "บุญมี", "สุรชัย", "อำนาจ", "ธนากร"];
const FEMALE = ["สมหญิง", "มาลี", "วันเพ็ญ", "สุดารัตน์", "บุญเรือน", "กาญจนา", "พรทิพย์"];
const SURNAMES = ["ใจดี", "รักถิ่น", "มั่นคง", "สุขสันต์", "ทองดี", "ศรีสุข", "พัฒนากุล", "บุญประเสริฐ", "แก้วมณี", "ชัยมงคล", "เจริญสุข"];
const ROLES = ["ผู้ใหญ่บ้าน", "อาสาพัฒนาชุมชน", "กลุ่มเยาวชน", "กลุ่มเกษตรกร", "อสม.", "กลุ่มสตรี"];

/** Chanthaburi's 11 target tambons × 15 leaders, with the fixed ids the activities seed uses. */
export function demoLeaders(): (LeaderFields & { id: string })[] {
  const leaders: (LeaderFields & { id: string })[] = [];
  DEMO_TARGET_TAMBONS.forEach((tambonCode, t) => {
    for (let n = 0; n < DEMO_LEADERS_PER_TAMBON; n++) {
      const serial = t * 100 + n;
      const female = (t + n) % 2 === 1;
      const first = female ? FEMALE[(t * 3 + n) % FEMALE.length] : MALE[(t * 5 + n) % MALE.length];
      leaders.push({
        id: demoLeaderId(t, n),
        title: female ? "นาง" : "นาย",
        firstName: first,
        lastName: `${SURNAMES[(t + n * 7) % SURNAMES.length]}${n >= SURNAMES.length ? n : ""}`,
        gender: female ? Gender.FEMALE : Gender.MALE,
        birthDate: `${1960 + ((t * 7 + n * 3) % 40)}-${String(1 + ((t + n) % 12)).padStart(2, "0")}-${String(1 + ((t * 3 + n) % 28)).padStart(2, "0")}`,
        nationalId: syntheticNationalId(serial),
        phone: `08${String(10_000_000 + serial * 7919).slice(-8)}`,
        communityRole: ROLES[(t + n) % ROLES.length],
        tambonCode,
        villageNo: 1 + (n % 9),
        cohortYear: DEMO_FISCAL_YEAR,
        status: n === 14 && t % 5 === 0 ? LeaderStatus.WITHDRAWN : LeaderStatus.ACTIVE,
      });
    }
  });
  return leaders;
}
