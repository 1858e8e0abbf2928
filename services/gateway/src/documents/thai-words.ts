/** The programme's words for the codes a document prints (as the panel says them, admin/src/i18n/th.ts). */
export const AWARD_LEVEL_TH: Record<string, string> = { OUTSTANDING: "ตำบลดีเด่น", EXCELLENT: "ตำบลดีเลิศ" };
export const DISBURSEMENT_STATUS_TH: Record<string, string> = { RECORDED: "บันทึกแล้ว", APPROVED: "อนุมัติแล้ว", PAID: "จ่ายแล้ว", CANCELLED: "ยกเลิกแล้ว" };
export const EVENT_KIND_TH: Record<string, string> = {
  KICKOFF_MEETING: "ประชุมชี้แจง",
  WORKSHOP: "อบรมเชิงปฏิบัติการ",
  FOOD_SECURITY: "ความมั่นคงทางอาหาร",
  MONITORING: "ติดตามผล",
  OUTSTANDING_CONTEST: "ประกวดตำบลดีเด่น",
  EXCELLENCE_FORUM: "เวทีตำบลดีเลิศ",
  LESSONS_LEARNED: "ถอดบทเรียน",
};
export const ROUND_TH: Record<string, string> = { PROVINCE: "ระดับจังหวัด", REGION: "ระดับเขต", NATION: "ระดับประเทศ" };
export const HISTORY_ACTION_TH: Record<string, string> = {
  CREATE: "สร้างข้อมูล",
  UPDATE: "แก้ไขข้อมูล",
  WITHDRAW: "พ้นสภาพ",
  REINSTATE: "กลับมาปฏิบัติงาน",
  ANONYMISE: "ลบข้อมูลส่วนบุคคลตามกำหนดเวลาเก็บรักษา",
  ERASE: "ลบข้อมูลส่วนบุคคลตามคำขอ",
  IMPORT: "นำเข้าข้อมูล",
};
export const GENDER_TH: Record<string, string> = { MALE: "ชาย", FEMALE: "หญิง", OTHER: "อื่น ๆ" };
export const LEADER_STATUS_TH: Record<string, string> = { ACTIVE: "ปฏิบัติงาน", WITHDRAWN: "พ้นสภาพ" };

/** The Thai word for a code, or the code itself when the table has none (never blank). */
export const thaiOf = (table: Record<string, string>, code: string | null | undefined): string => (code ? (table[code] ?? code) : "-");
