import { PROJECT, Paper } from "./paper";
import { type BarChart, drawBarChart, drawTable } from "./paper-table";
import { bahtFigures, thaiCount, thaiDateTime, thaiProvince, thaiTambon } from "./thai-format";

/** A fiscal year of the project in figures, money, a chart and the lessons tambons published. */
export interface ExecutiveSummaryDocument {
  fiscalYear: number;
  generatedAt: Date;
  figures: { labelTh: string; value: string }[];
  awardsByLevel: { labelTh: string; count: number; amount: string }[];
  money: { allocated: string; recorded: string; approved: string; paid: string; remaining: string };
  chart: BarChart;
  lessons: { tambonName: string; provinceName: string; title: string; successFactors: string; lessons: string; recommendations: string }[];
}

export const executiveSummaryTitle = (fiscalYear: number): string => `สรุปผลการดำเนินงานสำหรับผู้บริหาร ปีงบประมาณ ${fiscalYear}`;

const INDENT = 36;

/** "สรุปผลการดำเนินงานสำหรับผู้บริหาร ปีงบประมาณ 2564": key figures, awards, money, a chart, then the lessons in prose. */
export async function executiveSummaryPdf(d: ExecutiveSummaryDocument): Promise<Buffer> {
  const title = executiveSummaryTitle(d.fiscalYear);
  const paper = await Paper.open({ title, subject: PROJECT, createdAt: d.generatedAt, footNote: `ข้อมูล ณ ${thaiDateTime(d.generatedAt)}` });
  paper.titleBlock("สรุปผลการดำเนินงานสำหรับผู้บริหาร", [`${PROJECT} ปีงบประมาณ ${d.fiscalYear}`, `ข้อมูล ณ วันที่ ${thaiDateTime(d.generatedAt)}`]);

  paper.heading("1. ผลการดำเนินงานโดยสรุป");
  drawTable(
    paper,
    [
      { header: "ตัวชี้วัด", width: 3 },
      { header: "ผลการดำเนินงาน", width: 1.4, align: "right" },
    ],
    d.figures.map((figure) => [figure.labelTh, figure.value]),
  );

  paper.heading("2. รางวัลตามระดับ");
  drawTable(
    paper,
    [
      { header: "ระดับรางวัล", width: 2.4 },
      { header: "จำนวน (ตำบล)", width: 1, align: "right" },
      { header: "เงินรางวัล (บาท)", width: 1.4, align: "right" },
    ],
    d.awardsByLevel.map((level) => [level.labelTh, thaiCount(level.count), bahtFigures(level.amount)]),
  );

  paper.heading("3. งบประมาณ");
  const m = d.money;
  drawTable(
    paper,
    [
      { header: "รายการ", width: 3 },
      { header: "จำนวนเงิน (บาท)", width: 1.4, align: "right" },
    ],
    [
      ["งบประมาณที่ได้รับจัดสรร", bahtFigures(m.allocated)],
      ["บันทึกขอเบิกจ่าย", bahtFigures(m.recorded)],
      ["อนุมัติแล้ว", bahtFigures(m.approved)],
      ["จ่ายแล้ว", bahtFigures(m.paid)],
      ["คงเหลือ", bahtFigures(m.remaining)],
    ],
    { boldRows: [4] },
  );

  paper.space(10);
  drawBarChart(paper, d.chart);

  if (d.lessons.length > 0) {
    paper.heading("4. บทเรียนจากพื้นที่");
    d.lessons.forEach((lesson, i) => {
      paper.heading(`4.${i + 1} ${lesson.title}`, 2);
      paper.paragraph(`${thaiTambon(lesson.tambonName, lesson.provinceName)} ${thaiProvince(lesson.provinceName)}`, { size: 13, color: "#444444" });
      for (const [label, text] of [
        ["ปัจจัยความสำเร็จ", lesson.successFactors],
        ["บทเรียนที่ได้รับ", lesson.lessons],
        ["ข้อเสนอแนะ", lesson.recommendations],
      ]) {
        paper.paragraph(label, { bold: true });
        paper.paragraph(text, { indent: INDENT });
        paper.space(3);
      }
    });
  }
  return paper.finish();
}
