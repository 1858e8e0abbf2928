import { DEPARTMENT, INK, PROJECT, Paper } from "./paper";
import { thaiDate, thaiPlace, thaiTambon, toInstant } from "./thai-format";
import type { TextStyle } from "./thai-text";

/** What an award certificate says: which tambon won what, when, signed by whom. */
export interface CertificateDocument {
  tambonName: string;
  districtName: string;
  provinceName: string;
  fiscalYear: number;
  /** e.g. "ตำบลดีเด่นระดับจังหวัด" */
  awardLevelTh: string;
  rank: number | null;
  awardedAt: Date | string;
  signerName: string;
  signerTitle: string;
}

const GOLD = "#b08d3c";

/** "เกียรติบัตร" on landscape A4 inside a double border, the tambon in large type, the date given and one signature. */
export async function awardCertificatePdf(d: CertificateDocument): Promise<Buffer> {
  const tambon = thaiTambon(d.tambonName, d.provinceName);
  const paper = await Paper.open({
    title: `เกียรติบัตร ${tambon} ${d.awardLevelTh} ปีงบประมาณ ${d.fiscalYear}`,
    subject: `${PROJECT} ปีงบประมาณ ${d.fiscalYear}`,
    createdAt: toInstant(d.awardedAt),
    landscape: true,
    furniture: false,
  });
  const doc = paper.doc;
  const { pageWidth: width, pageHeight: height } = paper;
  doc
    .save()
    .lineWidth(4)
    .strokeColor(GOLD)
    .rect(22, 22, width - 44, height - 44)
    .stroke()
    .restore();
  doc
    .save()
    .lineWidth(1)
    .strokeColor(INK)
    .rect(32, 32, width - 64, height - 64)
    .stroke()
    .restore();
  doc
    .save()
    .lineWidth(0.5)
    .strokeColor(GOLD)
    .rect(37, 37, width - 74, height - 74)
    .stroke()
    .restore();

  const left = 70;
  const box = width - 2 * left;
  let y = 78;
  const line = (text: string, style: TextStyle, after = 0) => {
    const lines = paper.lines(text, box, style);
    for (const l of lines) {
      y += style.size * 1.1;
      paper.text(l, left, y, style, "center", box);
      y += style.size * 0.45;
    }
    y += after;
  };
  line(DEPARTMENT, { size: 18, bold: true, color: INK }, 4);
  line("เกียรติบัตร", { size: 44, bold: true, color: GOLD }, 6);
  line("ขอมอบเกียรติบัตรฉบับนี้ไว้เพื่อแสดงว่า", { size: 18 }, 6);
  line(tambon, { size: 34, bold: true, color: INK });
  const place = thaiPlace(d.tambonName, d.districtName, d.provinceName).slice(tambon.length).trim();
  line(place, { size: 17 }, 8);
  line(`ได้รับรางวัล${d.awardLevelTh}${d.rank ? ` อันดับที่ ${d.rank}` : ""}`, { size: 20, bold: true });
  line(`${PROJECT} ประจำปีงบประมาณ พ.ศ. ${d.fiscalYear}`, { size: 16 }, 4);
  line(`ให้ไว้ ณ วันที่ ${thaiDate(d.awardedAt)}`, { size: 16 });

  // The signature: a dotted line to sign on, the name in brackets and the title under it.
  const style: TextStyle = { size: 16 };
  const centre = width / 2;
  const signAt = height - 96;
  paper.dots(centre - 110, signAt - 22, 220);
  paper.text(`(${d.signerName})`, left, signAt, style, "center", box);
  paper.text(d.signerTitle, left, signAt + 22, style, "center", box);
  return paper.finish();
}
