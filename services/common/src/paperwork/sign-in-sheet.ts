import { Paper } from "./paper";
import { drawTable } from "./paper-table";
import { drawQrCode } from "./qr-code";
import { thaiCount, thaiDate, thaiDateTime, thaiTime } from "./thai-format";

/** The people expected at an event, to sign in on paper. */
export interface SignInSheetDocument {
  eventId: string;
  eventTitle: string;
  kindTh: string;
  startsAt: Date;
  endsAt: Date;
  venue: string | null;
  organiserTh: string;
  rows: { no: number; leaderId: string; name: string; tambonName: string; communityRoleTh: string; attended: boolean | null }[];
}

export const SIGN_IN_TITLE = "ใบลงทะเบียนผู้เข้าร่วม";

/**
 * What a row's QR code says: which participation it is, by ids only (never a national ID, phone or birth
 * date), for the panel's scanner at the door to mark that leader attended at that event. In capitals, so that
 * the whole text is in the QR alphanumeric set (0–9, A–Z, "-", ":"): a 33-module code instead of 37 in bytes.
 */
export const attendanceCode = (eventId: string, leaderId: string): string => `CL-ATTEND:${eventId}:${leaderId}`.toUpperCase();

/** The side of a row's QR code in points (about 1.3 cm; 33 modules of 0.39 mm, read by a phone a hand's width away). */
const QR_SIDE = 36;
const QR_COLUMN = 5;

/** "15 มีนาคม 2564 เวลา 09:00–16:30 น.", or both ends in full when the event runs over days. */
function period(startsAt: Date, endsAt: Date): string {
  if (thaiDate(startsAt) === thaiDate(endsAt)) return `${thaiDate(startsAt)} เวลา ${thaiTime(startsAt)}–${thaiTime(endsAt)} น.`;
  return `${thaiDateTime(startsAt)} ถึง ${thaiDateTime(endsAt)}`;
}

const attendance = (attended: boolean | null): string => (attended === null ? "" : attended ? "(เข้าร่วมแล้ว)" : "(ไม่ได้เข้าร่วม)");

/**
 * "ใบลงทะเบียนผู้เข้าร่วม": one row per person with an empty column to sign in and the QR code that marks them
 * attended when scanned at the door, the header row on every page.
 */
export async function signInSheetPdf(d: SignInSheetDocument): Promise<Buffer> {
  const paper = await Paper.open({ title: `${SIGN_IN_TITLE} ${d.eventTitle}`, createdAt: d.startsAt, footNote: d.eventTitle });
  paper.titleBlock(SIGN_IN_TITLE, [d.eventTitle]);
  paper.fields(
    [
      { label: "ประเภทกิจกรรม", value: d.kindTh },
      { label: "วันและเวลา", value: period(d.startsAt, d.endsAt) },
      { label: "สถานที่", value: d.venue ?? "-" },
      { label: "หน่วยงานผู้จัด", value: d.organiserTh },
    ],
    3.8 * (72 / 2.54),
  );
  paper.space(8);
  drawTable(
    paper,
    [
      { header: "ลำดับ", width: 0.75, align: "center" },
      { header: "ชื่อ-สกุล", width: 3, names: true },
      { header: "ตำบล", width: 1.3 },
      { header: "บทบาท", width: 1.9 },
      { header: "ลายมือชื่อ", width: 1.4, align: "center" },
      { header: "คิวอาร์", width: 0.85, align: "center" },
    ],
    d.rows.map((row) => [String(row.no), row.name, row.tambonName, row.communityRoleTh, attendance(row.attended), ""]),
    {
      minRowHeight: QR_SIDE + 6,
      style: { size: 12 },
      drawInCell: (index, column, box) => {
        if (column !== QR_COLUMN) return;
        const side = Math.min(QR_SIDE, box.width - 6, box.height - 6);
        drawQrCode(
          paper.doc,
          attendanceCode(d.eventId, d.rows[index].leaderId),
          box.x + (box.width - side) / 2,
          box.y + (box.height - side) / 2,
          side,
        );
      },
    },
  );
  paper.space(6);
  paper.paragraph(`รวม ${thaiCount(d.rows.length)} คน`, { size: 13, align: "right" });
  paper.signatures([{ roleTh: "ผู้รับรอง", name: null, positionTh: null, date: null }]);
  return paper.finish();
}
