import { Paper } from "./paper";
import { drawTable } from "./paper-table";
import { thaiDate, thaiDateTime, thaiShortDate, thaiTime } from "./thai-format";

/** What the system holds about one change leader, for the leader to read (PDPA, section 30). */
export interface LeaderDataDocument {
  generatedAt: Date;
  requestedByName: string;
  record: { labelTh: string; value: string }[];
  history: { at: Date; actionTh: string; actorName: string }[];
  accessLog: { at: Date; actorName: string; purposeTh: string }[];
  participations: { eventTitle: string; startsAt: Date; attended: boolean }[];
}

export const LEADER_DATA_TITLE = "ข้อมูลส่วนบุคคลของผู้นำการเปลี่ยนแปลง";
export const LEADER_DATA_LAW = "(ตาม พ.ร.บ. คุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562)";

const SMALL_TABLE = { style: { size: 12.5 } };

/** "11 ก.พ. 2564 14:45 น.": a moment short enough for a table column. */
const moment = (at: Date): string => `${thaiShortDate(at)} ${thaiTime(at)} น.`;

/** The record, its history of changes, who read it and why, and the activities joined: four sections. */
export async function leaderDataPdf(d: LeaderDataDocument): Promise<Buffer> {
  const paper = await Paper.open({
    title: `${LEADER_DATA_TITLE} ${LEADER_DATA_LAW}`,
    createdAt: d.generatedAt,
    footNote: "เอกสารนี้มีข้อมูลส่วนบุคคล โปรดเก็บรักษาเป็นความลับ",
  });
  paper.titleBlock(LEADER_DATA_TITLE, [LEADER_DATA_LAW]);
  paper.paragraph(`จัดทำเมื่อ ${thaiDateTime(d.generatedAt)} ตามคำขอของ ${d.requestedByName}`, { size: 13 });

  paper.heading("1. ข้อมูลที่บันทึก");
  if (d.record.length === 0) paper.paragraph("ไม่มีข้อมูล");
  else
    drawTable(
      paper,
      [
        { header: "รายการ", width: 1.4 },
        { header: "ข้อมูล", width: 3 },
      ],
      d.record.map((row) => [row.labelTh, row.value]),
      SMALL_TABLE,
    );

  paper.heading("2. ประวัติการแก้ไข");
  if (d.history.length === 0) paper.paragraph("ไม่มีการแก้ไข");
  else
    drawTable(
      paper,
      [
        { header: "วันและเวลา", width: 1.5 },
        { header: "การดำเนินการ", width: 2 },
        { header: "ผู้ดำเนินการ", width: 1.7, names: true },
      ],
      d.history.map((row) => [moment(row.at), row.actionTh, row.actorName]),
      SMALL_TABLE,
    );

  paper.heading("3. การเข้าถึงข้อมูล");
  if (d.accessLog.length === 0) paper.paragraph("ไม่มีผู้เข้าถึงข้อมูล");
  else
    drawTable(
      paper,
      [
        { header: "วันและเวลา", width: 1.5 },
        { header: "ผู้เข้าถึง", width: 1.7, names: true },
        { header: "วัตถุประสงค์", width: 2 },
      ],
      d.accessLog.map((row) => [moment(row.at), row.actorName, row.purposeTh]),
      SMALL_TABLE,
    );

  paper.heading("4. การเข้าร่วมกิจกรรม");
  if (d.participations.length === 0) paper.paragraph("ยังไม่มีการเข้าร่วมกิจกรรม");
  else
    drawTable(
      paper,
      [
        { header: "กิจกรรม", width: 3 },
        { header: "วันที่", width: 1.3 },
        { header: "การเข้าร่วม", width: 1, align: "center" },
      ],
      d.participations.map((row) => [row.eventTitle, thaiDate(row.startsAt), row.attended ? "เข้าร่วม" : "ไม่ได้เข้าร่วม"]),
      SMALL_TABLE,
    );
  return paper.finish();
}
