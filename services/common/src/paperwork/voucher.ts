import { PROJECT, Paper } from "./paper";
import { drawTable } from "./paper-table";
import { bahtFigures, bahtWords, thaiDate, thaiDateTime, thaiPlace } from "./thai-format";

/** What a disbursement voucher shows: one disbursement of a tambon's award money. */
export interface VoucherDocument {
  reference: string;
  fiscalYear: number;
  tambonName: string;
  districtName: string;
  provinceName: string;
  awardLevelTh: string;
  purpose: string;
  /** Baht, e.g. "250000.50". */
  amount: string;
  statusTh: string;
  recordedAt: Date;
  recordedByName: string | null;
  approvedAt: Date | null;
  approvedByName: string | null;
  paidAt: Date | null;
  paymentReference: string | null;
  receipts: { name: string; sha256: string }[];
  awardAmount: string;
  disbursedBefore: string;
  remainingAfter: string;
  printedAt: Date;
}

export const VOUCHER_TITLE = "ใบสำคัญการเบิกจ่ายงบประมาณ";

const when = (value: Date | null): string => (value ? thaiDateTime(value) : "-");

/** "ใบสำคัญการเบิกจ่ายงบประมาณ": the amount in figures and words, the budget it comes out of, its receipts, two signatures. */
export async function disbursementVoucherPdf(d: VoucherDocument): Promise<Buffer> {
  const paper = await Paper.open({
    title: `${VOUCHER_TITLE} ${d.reference}`,
    subject: `${PROJECT} ปีงบประมาณ ${d.fiscalYear}`,
    createdAt: d.printedAt,
    footNote: `พิมพ์เมื่อ ${thaiDateTime(d.printedAt)}`,
  });
  paper.titleBlock(VOUCHER_TITLE, [`${PROJECT} ปีงบประมาณ ${d.fiscalYear}`]);
  paper.fields([
    { label: "เลขที่", value: d.reference, aside: { label: "สถานะ", value: d.statusTh } },
    { label: "ผู้รับเงิน", value: thaiPlace(d.tambonName, d.districtName, d.provinceName) },
    { label: "วัตถุประสงค์", value: d.purpose },
    { label: "จำนวนเงิน", value: `${bahtFigures(d.amount)} บาท (${bahtWords(d.amount)})` },
    { label: "บันทึกเมื่อ", value: when(d.recordedAt) },
    { label: "อนุมัติเมื่อ", value: when(d.approvedAt) },
    { label: "จ่ายเมื่อ", value: when(d.paidAt) },
    { label: "หลักฐานการจ่าย", value: d.paymentReference ?? "-" },
  ]);

  paper.heading("รายการงบประมาณ");
  drawTable(
    paper,
    [
      { header: "รายการ", width: 3 },
      { header: "จำนวนเงิน (บาท)", width: 1.3, align: "right" },
    ],
    [
      [`เงินรางวัล${d.awardLevelTh}`, bahtFigures(d.awardAmount)],
      ["เบิกจ่ายแล้วก่อนรายการนี้", bahtFigures(d.disbursedBefore)],
      ["เบิกจ่ายรายการนี้", bahtFigures(d.amount)],
      ["คงเหลือหลังรายการนี้", bahtFigures(d.remainingAfter)],
    ],
    { boldRows: [3] },
  );

  paper.heading("หลักฐานประกอบการเบิกจ่าย");
  if (d.receipts.length === 0) paper.paragraph("- ไม่มีเอกสารแนบ -", { align: "center" });
  else {
    drawTable(
      paper,
      [
        { header: "ลำดับ", width: 0.55, align: "center" },
        { header: "เอกสาร", width: 2.2 },
        { header: "ลายนิ้วมือดิจิทัล (SHA-256)", width: 2.6 },
      ],
      d.receipts.map((receipt, i) => [String(i + 1), receipt.name, receipt.sha256]),
      { style: { size: 11 } },
    );
  }

  paper.signatures([
    { roleTh: "ผู้บันทึก", name: d.recordedByName, date: thaiDate(d.recordedAt) },
    { roleTh: "ผู้อนุมัติ", name: d.approvedByName, date: d.approvedAt ? thaiDate(d.approvedAt) : null },
  ]);
  return paper.finish();
}
