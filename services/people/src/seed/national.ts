import { insertInChunks } from "@change-leaders/common";
import { type NationalPlan, nationalLeaderId } from "@change-leaders/common/demo";
import type { DataSource } from "typeorm";
import { Gender, Leader, LeaderStatus } from "../leader/leader.entity";
import { nameKey } from "../leader/leader.rules";
import { syntheticNationalId } from "./demo-leaders";

const MALE = ["สมชาย", "สมศักดิ์", "ประเสริฐ", "วิชัย", "บุญมี", "สุรชัย", "อำนาจ", "ธนากร"];
const FEMALE = ["สมหญิง", "มาลี", "วันเพ็ญ", "สุดารัตน์", "บุญเรือน", "กาญจนา", "พรทิพย์"];
const SURNAMES = ["ใจดี", "รักถิ่น", "มั่นคง", "สุขสันต์", "ทองดี", "ศรีสุข", "พัฒนากุล", "บุญประเสริฐ", "แก้วมณี", "ชัยมงคล", "เจริญสุข"];
const ROLES = ["ผู้ใหญ่บ้าน", "อาสาพัฒนาชุมชน", "กลุ่มเยาวชน", "กลุ่มเกษตรกร", "อสม.", "กลุ่มสตรี"];

/**
 * National scale (bench and load tests): the plan's leaders, 15 per programme tambon, with the ids
 * the activities seed uses. Writes only the people store; one transaction, chunked inserts.
 */
export async function seedNationalPeople(dataSource: DataSource, plan: NationalPlan): Promise<string[]> {
  const leaders: Partial<Leader>[] = [];
  plan.tambons.forEach((tambon, t) => {
    for (let n = 0; n < plan.leadersPerTambon; n++) {
      const i = t * plan.leadersPerTambon + n;
      const female = i % 2 === 1;
      const firstName = female ? FEMALE[i % FEMALE.length] : MALE[i % MALE.length];
      const lastName = `${SURNAMES[(t + n * 7) % SURNAMES.length]}${Math.floor(i / SURNAMES.length) % 1000}`;
      leaders.push({
        id: nationalLeaderId(i),
        title: female ? "นาง" : "นาย",
        firstName,
        lastName,
        firstNameKey: nameKey(firstName),
        lastNameKey: nameKey(lastName),
        gender: female ? Gender.FEMALE : Gender.MALE,
        birthDate: `${1960 + (i % 40)}-${String(1 + (i % 12)).padStart(2, "0")}-${String(1 + (i % 28)).padStart(2, "0")}`,
        nationalId: syntheticNationalId(5_000_000 + i),
        phone: `09${String(10_000_000 + i).slice(-8)}`,
        communityRole: ROLES[i % ROLES.length],
        tambonCode: tambon.code,
        districtCode: tambon.districtCode,
        provinceCode: tambon.provinceCode,
        villageNo: 1 + (n % 9),
        cohortYear: plan.fiscalYear,
        status: LeaderStatus.ACTIVE,
        version: 1,
        deletedAt: null,
        deletionMarker: "",
      });
    }
  });
  await dataSource.transaction((manager) => insertInChunks(manager, Leader, leaders, 400));
  return [`national people: ${leaders.length} leaders in ${plan.tambons.length} programme tambons`];
}
