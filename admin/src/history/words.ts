/**
 * The words of a record's history as people read them: each action the API writes, each field it changes, each value
 * (names instead of codes and ids, Thai labels instead of enum codes, BE dates in Bangkok time, baht). Plain TypeScript
 * (no React) so that a unit test can check that every action the services write has its Thai word.
 */

type Words = readonly [th: string, en: string];

/**
 * Every action a service writes into the history (grep `recordHistory` and `history_entry` in services/*\/src): the
 * test in test/panel-history-words.test.ts fails when one is missing. `<Entity>.<action>` when one word does not fit all.
 */
export const HISTORY_ACTIONS: Record<string, Words> = {
  CREATE: ["สร้างข้อมูล", "Created"],
  create: ["สร้างข้อมูล", "Created"],
  UPDATE: ["แก้ไขข้อมูล", "Changed"],
  update: ["แก้ไขข้อมูล", "Changed"],
  EDIT: ["แก้ไขข้อมูล", "Changed"],
  DELETE: ["ลบข้อมูล", "Deleted"],
  IMPORT: ["นำเข้าข้อมูล", "Imported"],
  WITHDRAW: ["พ้นสภาพ", "Withdrawn"],
  REINSTATE: ["กลับมาปฏิบัติงาน", "Reinstated"],
  ANONYMISE: ["ลบข้อมูลส่วนบุคคลตามกำหนดเวลาเก็บรักษา", "Personal data removed (retention)"],
  ERASE: ["ลบข้อมูลส่วนบุคคลตามคำขอ", "Personal data erased on request"],
  CANCEL: ["ยกเลิก", "Cancelled"],
  cancel: ["ยกเลิกการเบิกจ่าย", "Disbursement cancelled"],
  cancelDisbursement: ["ยกเลิกการเบิกจ่าย", "Disbursement cancelled"],
  COPY: ["คัดลอกจากปีงบประมาณก่อนหน้า", "Copied from an earlier fiscal year"],
  DRAW: ["จับรางวัล", "Prize draw"],
  JOIN_AS_OFFICE: ["สำนักงานเข้าร่วมจัด", "An office joined"],
  REGISTER: ["ลงทะเบียนเข้าร่วม", "Registered"],
  TAKE_PART: ["บันทึกการเข้าร่วมกิจกรรม", "Participation recorded"],
  ATTENDED: ["บันทึกว่าเข้าร่วม", "Marked as attended"],
  ABSENT: ["บันทึกว่าไม่ได้เข้าร่วม", "Marked as absent"],
  ADD: ["เพิ่มเข้าชุดตัวชี้วัด", "Added to the indicator set"],
  RETIRE: ["เลิกใช้", "Retired"],
  REVOKE: ["เพิกถอน", "Revoked"],
  attach: ["แนบไฟล์", "File attached"],
  close: ["ปิดปีงบประมาณ", "Fiscal year closed"],
  define: ["กำหนดเกณฑ์การประเมิน", "Rubric defined"],
  correct: ["แก้ไขเกณฑ์การประเมิน", "Rubric corrected"],
  set: ["กำหนดจำนวนเงินรางวัล", "Award amount set"],
  grant: ["มอบรางวัล", "Award granted"],
  recordPlaque: ["บันทึกการมอบโล่", "Plaque recorded"],
  record: ["บันทึกรายการเบิกจ่าย", "Disbursement recorded"],
  disburse: ["เบิกจ่ายเงินรางวัล", "Award money disbursed"],
  approve: ["อนุมัติการเบิกจ่าย", "Disbursement approved"],
  pay: ["จ่ายเงินแล้ว", "Paid"],
  submit: ["ส่งการเสนอชื่อ", "Submitted"],
  "Review.submit": ["ส่งผลการประเมิน", "Review submitted"],
  startReview: ["เริ่มการประเมิน", "Review started"],
  return: ["ส่งกลับให้แก้ไข", "Returned for changes"],
  select: ["ได้รับคัดเลือก", "Selected"],
  reject: ["ไม่ได้รับคัดเลือก", "Not selected"],
  withdraw: ["ถอนการเสนอชื่อ", "Withdrawn"],
  promote: ["เสนอชื่อเข้ารอบถัดไป", "Put forward to the next round"],
  publish: ["เผยแพร่", "Published"],
  SUBMIT: ["ส่งรายงาน", "Report submitted"],
  ACCEPT: ["รับรองรายงาน", "Report accepted"],
  RETURN: ["ส่งกลับให้แก้ไข", "Returned for changes"],
};

/** The words of an action the table does not know yet: never the code itself. */
const OTHER_ACTION: Words = ["ดำเนินการอื่น", "Other change"];

const pick = ([th, en]: Words, locale: string) => (locale === "en" ? en : th);

/** An action in the panel's language. */
export function actionWords(entity: string, action: string, locale: string): string {
  return pick(HISTORY_ACTIONS[`${entity}.${action}`] ?? HISTORY_ACTIONS[action] ?? OTHER_ACTION, locale);
}

/** The resource whose translations name an entity's fields (`resources.<resource>.fields.<field>`). */
export const ENTITY_RESOURCE: Record<string, string> = {
  Leader: "leaders",
  Event: "events",
  ProgressReport: "progressReports",
  EngagementPost: "engagementPosts",
  Nomination: "nominations",
  Award: "awards",
  Disbursement: "awards",
  LessonSummary: "lessonSummaries",
  Account: "accounts",
};

/** Fields the resources' translations do not name (or name differently in a history), by field. */
export const FIELD_WORDS: Record<string, Words> = {
  status: ["สถานะ", "Status"],
  title: ["ชื่อเรื่อง", "Title"],
  tambonCode: ["ตำบล", "Tambon"],
  tambonCodes: ["ตำบลเป้าหมาย", "Target tambons"],
  provinceCode: ["จังหวัด", "Province"],
  districtCode: ["อำเภอ", "District"],
  organiserProvinceCode: ["จังหวัดที่จัด", "Organising province"],
  joinedProvinceCodes: ["สำนักงานที่เข้าร่วม", "Joined offices"],
  eventId: ["กิจกรรม", "Event"],
  awardId: ["รางวัล", "Award"],
  nominationId: ["การเสนอชื่อ", "Nomination"],
  leaderId: ["ผู้นำ", "Leader"],
  disbursementId: ["รายการเบิกจ่าย", "Disbursement"],
  amount: ["จำนวนเงิน", "Amount"],
  reference: ["เลขที่อ้างอิง", "Reference"],
  purpose: ["วัตถุประสงค์", "Purpose"],
  note: ["หมายเหตุ", "Note"],
  cancelReason: ["เหตุผลที่ยกเลิก", "Reason for cancelling"],
  returnReason: ["เหตุผลที่ส่งกลับ", "Reason for returning"],
  statusReason: ["เหตุผล", "Reason"],
  submittedAt: ["ส่งเมื่อ", "Submitted at"],
  submittedBy: ["ผู้ส่ง", "Submitted by"],
  decidedAt: ["ตัดสินเมื่อ", "Decided at"],
  decidedBy: ["ผู้ตัดสิน", "Decided by"],
  recordedBy: ["ผู้บันทึก", "Recorded by"],
  approvedBy: ["ผู้อนุมัติ", "Approved by"],
  approvedAt: ["อนุมัติเมื่อ", "Approved at"],
  paidAt: ["จ่ายเมื่อ", "Paid at"],
  paidBy: ["ผู้จ่าย", "Paid by"],
  writtenBy: ["ผู้เขียน", "Written by"],
  publishedBy: ["ผู้เผยแพร่", "Published by"],
  publishedAt: ["เผยแพร่เมื่อ", "Published at"],
  plaqueAwardedAt: ["มอบโล่เมื่อ", "Plaque awarded at"],
  indicators: ["ตัวชี้วัด", "Indicators"],
  evidenceLinks: ["ลิงก์หลักฐาน", "Evidence links"],
  attended: ["เข้าร่วม", "Attended"],
  active: ["ใช้งานอยู่", "Active"],
  anonymisedAt: ["ลบข้อมูลส่วนบุคคลเมื่อ", "Personal data removed at"],
  withdrawnAt: ["พ้นสภาพเมื่อ", "Withdrawn at"],
};

/** A field no table names. */
const OTHER_FIELD: Words = ["ข้อมูลอื่น", "Other field"];

/** A field in the panel's language: the resource's own label first, then the history's table, never the API's name. */
export function fieldWords(entity: string, field: string, locale: string, translate: (key: string, options?: { _: string }) => string): string {
  const resource = ENTITY_RESOURCE[entity];
  const own = resource ? translate(`resources.${resource}.fields.${field}`, { _: "" }) : "";
  return own || pick(FIELD_WORDS[field] ?? OTHER_FIELD, locale);
}

/** The enum group (`enums.<group>`) of a field's codes, by entity where the same field means different things. */
const ENUM_GROUP: Record<string, string> = {
  "Leader.status": "status",
  "Nomination.status": "nomination",
  "Disbursement.status": "disbursement",
  "Event.status": "eventStatus",
  "ProgressReport.status": "report",
  "LessonSummary.status": "lesson",
  kind: "eventKind",
  mode: "eventMode",
  level: "level",
  round: "round",
  gender: "gender",
  role: "role",
  channel: "channel",
  recommendation: "recommendation",
};

/** Where a linked record's page is, by the field that holds its id. */
const LINKS: Record<string, string> = { eventId: "events", awardId: "awards", nominationId: "nominations", leaderId: "leaders" };
/** Fields that hold a staff account's id. */
const STAFF = new Set(["recordedBy", "approvedBy", "paidBy", "submittedBy", "writtenBy", "publishedBy", "decidedBy", "reviewerId", "createdBy"]);
const AMOUNTS = new Set(["amount", "disbursedTotal", "remaining"]);
const PROVINCES = new Set(["provinceCode", "organiserProvinceCode", "joinedProvinceCodes"]);
const TAMBONS = new Set(["tambonCode", "tambonCodes"]);

/**
 * What the history needs to name things: provinces, tambons and staff by code or id (undefined until read), and the
 * panel's formatters (i18n's `formatDate` and `formatBaht`, passed in so that this file needs no browser).
 */
export interface Names {
  province: (code: string) => string | undefined;
  tambon: (code: string) => string | undefined;
  staff: (id: string) => string | undefined;
  date: (value: string, locale: string, withTime?: boolean) => string;
  baht: (value: string) => string;
}

/** A value as people read it: plain text, or a link to a linked record under a Thai label. */
export type ShownValue = { text: string } | { text: string; link: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const CODE = /^[A-Z][A-Z0-9_]*$/;

/** One value of one field as people read it (never an id, a code, an ISO date or JSON). */
export function valueWords(
  entity: string,
  field: string,
  value: unknown,
  locale: string,
  translate: (key: string, options?: { _: string }) => string,
  names: Names,
): ShownValue {
  const en = locale === "en";
  if (value === null || value === undefined || value === "") return { text: en ? "(none)" : "(ไม่มี)" };
  if (typeof value === "boolean") return { text: value ? (en ? "Yes" : "ใช่") : en ? "No" : "ไม่ใช่" };
  if (Array.isArray(value)) {
    if (value.every((item) => typeof item === "string")) {
      return { text: value.map((item) => valueWords(entity, field, item, locale, translate, names).text).join(", ") || (en ? "(none)" : "(ไม่มี)") };
    }
    return { text: en ? `${value.length} items` : `${value.length} รายการ` };
  }
  if (typeof value === "object") return { text: en ? "(details changed)" : "(รายละเอียดเปลี่ยนแปลง)" };
  const text = String(value);
  if (LINKS[field] && UUID.test(text)) return { text: en ? "Open" : "เปิดดู", link: `/${LINKS[field]}/${encodeURIComponent(text)}/show` };
  if (STAFF.has(field)) return { text: names.staff(text) ?? (en ? "a staff member" : "เจ้าหน้าที่") };
  if (PROVINCES.has(field)) return { text: names.province(text) ?? (en ? "a province" : "จังหวัดหนึ่ง") };
  if (TAMBONS.has(field)) return { text: names.tambon(text) ?? (en ? "a tambon" : "ตำบลหนึ่ง") };
  if (AMOUNTS.has(field)) return { text: names.baht(text) };
  if (ISO_INSTANT.test(text)) return { text: names.date(text, locale, true) };
  if (ISO_DAY.test(text)) return { text: names.date(text, locale) };
  const group = ENUM_GROUP[`${entity}.${field}`] ?? ENUM_GROUP[field];
  if (group) return { text: translate(`enums.${group}.${text}`, { _: en ? "(other)" : "(อื่น ๆ)" }) };
  if (UUID.test(text)) return { text: en ? "(a linked record)" : "(รายการที่เชื่อมโยง)" };
  if (CODE.test(text) && text.length > 1) return { text: en ? "(other)" : "(อื่น ๆ)" };
  return { text };
}

/** Snapshot fields a history never shows: bookkeeping, not what a person changed. */
const IGNORED = new Set(["version", "updatedAt", "createdAt", "id", "nameKeyFirst", "nameKeyLast", "deletionMarker"]);

/** The fields a change touched with their new values, in the order the API wrote them; a creation lists none. */
export function changedFields(before: string | null, after: string | null): [string, unknown][] {
  if (!before || !after) return [];
  const old = JSON.parse(before) as Record<string, unknown>;
  const next = JSON.parse(after) as Record<string, unknown>;
  return Object.keys(next)
    .filter((key) => !IGNORED.has(key) && JSON.stringify(old[key]) !== JSON.stringify(next[key]))
    .map((key) => [key, next[key]]);
}
