import { type Fault, birthDateFault, isLocalDate, nameFault, textFault } from "@change-leaders/common";
import { Gender, LeaderStatus } from "./leader.entity";
import { isCohortYear, isValidNationalId, normaliseNationalId, normalisePhone } from "./leader.rules";

/** The fields of a leader before the tambon is looked up: checked and normalised. */
export interface LeaderFields {
  title: string;
  firstName: string;
  lastName: string;
  gender: Gender | null;
  birthDate: string | null;
  nationalId: string;
  phone: string | null;
  communityRole: string | null;
  tambonCode: string;
  villageNo: number | null;
  cohortYear: number;
  status: LeaderStatus;
}

export interface FieldProblem {
  field: keyof LeaderFields;
  message: string;
  messageTh?: string;
}

/** Today's date at UTC, worked out again only when the clock leaves that day (an import asks once a row). */
let today = { day: "", from: 0, until: 0 };
function todayUtc(): string {
  const now = Date.now();
  if (now < today.from || now >= today.until) {
    const day = new Date(now).toISOString().slice(0, 10);
    const from = Date.parse(day);
    today = { day, from, until: from + 86_400_000 };
  }
  return today.day;
}

/**
 * Checks and normalises the raw values of one leader (from GraphQL or a CSV row). Returns the clean
 * fields or every problem found, each with the field at fault.
 */
export function checkLeaderFields(raw: Partial<Record<keyof LeaderFields, unknown>>): { fields?: LeaderFields; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const text = (field: keyof LeaderFields, max: number, required: boolean): string | null => {
    const value = raw[field] == null ? "" : String(raw[field]).trim();
    if (value === "") {
      if (required) problems.push({ field, message: `${field} is required`, messageTh: "ต้องกรอกช่องนี้" });
      return null;
    }
    if (value.length > max) problems.push({ field, message: `${field} is at most ${max} characters`, messageTh: `ยาวได้ไม่เกิน ${max} ตัวอักษร` });
    return value;
  };

  const checked = (field: keyof LeaderFields, value: string | null, rule: (field: string, value: string) => Fault | null) => {
    const fault = value === null ? null : rule(field, value);
    if (fault) problems.push({ field, ...fault });
    return value;
  };
  const title = checked("title", text("title", 50, true), nameFault);
  const firstName = checked("firstName", text("firstName", 100, true), nameFault);
  const lastName = checked("lastName", text("lastName", 100, true), nameFault);
  const communityRole = checked("communityRole", text("communityRole", 100, false), textFault);

  const genderRaw = text("gender", 16, false);
  let gender: Gender | null = null;
  if (genderRaw !== null) {
    gender = GENDERS[genderRaw.toUpperCase()] ?? GENDERS[genderRaw] ?? null;
    if (!gender)
      problems.push({ field: "gender", message: "gender is MALE, FEMALE or OTHER (ชาย, หญิง, อื่น ๆ)", messageTh: "เพศต้องเป็น ชาย หญิง หรือ อื่น ๆ" });
  }

  const birthRaw = text("birthDate", 10, false);
  let birthDate: string | null = null;
  if (birthRaw !== null) {
    birthDate = parseBirthDate(birthRaw);
    const now = todayUtc();
    if (!birthDate)
      problems.push({
        field: "birthDate",
        message: "birthDate is a date: YYYY-MM-DD, or DD/MM/YYYY in the Buddhist Era",
        messageTh: "วันเกิดไม่ถูกต้อง กรอกเป็น วว/ดด/ปปปป (พ.ศ.) เช่น 15/03/2507",
      });
    else if (birthDate > now) problems.push({ field: "birthDate", message: "birthDate is in the future", messageTh: "วันเกิดต้องไม่เลยวันนี้" });
    else checked("birthDate", birthDate, (field, day) => birthDateFault(field, day, now));
  }

  const idRaw = text("nationalId", 20, true);
  let nationalId = "";
  if (idRaw !== null) {
    nationalId = normaliseNationalId(idRaw);
    if (!/^\d{13}$/.test(nationalId))
      problems.push({ field: "nationalId", message: "nationalId is 13 digits", messageTh: "เลขประจำตัวประชาชนต้องมี 13 หลัก" });
    else if (!isValidNationalId(nationalId))
      problems.push({
        field: "nationalId",
        message: "nationalId fails its check digit",
        messageTh: "เลขประจำตัวประชาชนไม่ถูกต้อง (หลักตรวจสอบไม่ตรง) ตรวจสอบกับบัตรประชาชนอีกครั้ง",
      });
  }

  const phoneRaw = text("phone", 20, false);
  let phone: string | null = null;
  if (phoneRaw !== null) {
    phone = normalisePhone(phoneRaw);
    if (!phone)
      problems.push({
        field: "phone",
        message: "phone is a Thai number such as 081-234-5678 or 02-123-4567",
        messageTh: "หมายเลขโทรศัพท์ไม่ถูกต้อง กรอกเช่น 081-234-5678 หรือ 02-123-4567",
      });
  }

  const tambonCode = text("tambonCode", 6, true) ?? "";
  if (tambonCode && !/^\d{6}$/.test(tambonCode))
    problems.push({ field: "tambonCode", message: "tambonCode is six digits", messageTh: "รหัสตำบลต้องเป็นตัวเลข 6 หลัก" });

  const villageRaw = text("villageNo", 3, false);
  let villageNo: number | null = null;
  if (villageRaw !== null) {
    villageNo = Number(villageRaw);
    if (!Number.isInteger(villageNo) || villageNo < 1 || villageNo > 99)
      problems.push({ field: "villageNo", message: "villageNo is 1–99", messageTh: "หมู่ที่ต้องเป็น 1–99" });
  }

  const cohortRaw = text("cohortYear", 4, true);
  const cohortYear = Number(cohortRaw);
  if (cohortRaw !== null && !isCohortYear(cohortYear))
    problems.push({ field: "cohortYear", message: "cohortYear is a Buddhist Era year such as 2564", messageTh: "ปีงบประมาณต้องเป็นปี พ.ศ. เช่น 2564" });

  const statusRaw = text("status", 16, false);
  let status = LeaderStatus.ACTIVE;
  if (statusRaw !== null) {
    const found = STATUSES[statusRaw.toUpperCase()] ?? STATUSES[statusRaw];
    if (!found) problems.push({ field: "status", message: "status is ACTIVE or WITHDRAWN", messageTh: "สถานะต้องเป็น ปฏิบัติงาน หรือ พ้นสภาพ" });
    else status = found;
  }

  if (problems.length > 0) return { problems };
  return {
    problems,
    fields: {
      title: title!,
      firstName: firstName!,
      lastName: lastName!,
      gender,
      birthDate,
      nationalId,
      phone,
      communityRole,
      tambonCode,
      villageNo,
      cohortYear,
      status,
    },
  };
}

const GENDERS: Record<string, Gender> = {
  MALE: Gender.MALE,
  FEMALE: Gender.FEMALE,
  OTHER: Gender.OTHER,
  ชาย: Gender.MALE,
  หญิง: Gender.FEMALE,
  อื่นๆ: Gender.OTHER,
  "อื่น ๆ": Gender.OTHER,
};

const STATUSES: Record<string, LeaderStatus> = {
  ACTIVE: LeaderStatus.ACTIVE,
  WITHDRAWN: LeaderStatus.WITHDRAWN,
  ปกติ: LeaderStatus.ACTIVE,
  ลาออก: LeaderStatus.WITHDRAWN,
};

/** YYYY-MM-DD (Gregorian), or DD/MM/YYYY where a year above 2400 is Buddhist Era, as Thai sheets write it. */
export function parseBirthDate(value: string): string | null {
  if (isLocalDate(value)) return value;
  const match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value);
  if (!match) return null;
  let year = Number(match[3]);
  if (year > 2400) year -= 543;
  const iso = `${String(year).padStart(4, "0")}-${match[2].padStart(2, "0")}-${match[1].padStart(2, "0")}`;
  return isLocalDate(iso) ? iso : null;
}
