import type PDFKitDocument from "pdfkit";
import { registerSarabun } from "./thai-fonts";
import { type Align, ASCENT, type ParagraphOptions, type TextStyle, breakLines, drawLine, drawLines, lineHeight, measure } from "./thai-text";

/**
 * A page of Thai government paperwork being written: A4 with margins of about two centimetres, the
 * department's name and the title centred at the top of the first page, a running header on the
 * pages after it and "หน้า 1/3" at the foot of each; a cursor that moves down, and a new page
 * wherever the next line, row or block would not fit whole.
 */

export const DEPARTMENT = "กรมการพัฒนาชุมชน";
export const PROJECT = "โครงการเสริมสร้างและพัฒนาผู้นำการเปลี่ยนแปลง";
export const PRODUCER = "Change Leaders";

const CM = 72 / 2.54;
export const BODY: TextStyle = { size: 14 };
export const SMALL: TextStyle = { size: 11, color: "#444444" };
export const INK = "#1f2a44";
export const RULE = "#8a94a6";

export interface PaperOptions {
  /** The PDF's Title and the running header. */
  title: string;
  subject?: string;
  /** The PDF's CreationDate (so the same data gives the same file). */
  createdAt: Date;
  landscape?: boolean;
  /** Running header on pages after the first and "หน้า n/N" at the foot (default true). */
  furniture?: boolean;
  /** Left of the foot of every page, e.g. when it was printed. */
  footNote?: string;
}

export interface Field {
  label: string;
  value: string;
  aside?: { label: string; value: string };
}

export interface SignatureBlock {
  /** What the signer signs as, after the dotted line: "ผู้บันทึก". */
  roleTh: string;
  name: string | null;
  positionTh?: string | null;
  date?: string | null;
}

type PDFDocumentClass = typeof PDFKitDocument;
let pdfkit: Promise<PDFDocumentClass> | undefined;

/** pdfkit (and fontkit under it) is loaded on the first document, not by every service that imports common. */
const loadPdfkit = (): Promise<PDFDocumentClass> => (pdfkit ??= import("pdfkit").then((module) => module.default));

export class Paper {
  readonly doc: PDFKit.PDFDocument;
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
  /** Top of the next thing to draw. */
  y: number;
  private readonly chunks: Buffer[] = [];
  private readonly ended: Promise<Buffer>;

  /** A new document with its first page. */
  static async open(options: PaperOptions): Promise<Paper> {
    return new Paper(await loadPdfkit(), options);
  }

  private constructor(
    PDFDocument: PDFDocumentClass,
    private readonly options: PaperOptions,
  ) {
    this.doc = new PDFDocument({
      size: "A4",
      layout: options.landscape ? "landscape" : "portrait",
      margin: 0,
      bufferPages: true,
      lang: "th-TH",
      displayTitle: true,
      info: {
        Title: options.title,
        Subject: options.subject ?? options.title,
        Author: DEPARTMENT,
        Creator: PRODUCER,
        Producer: PRODUCER,
        CreationDate: options.createdAt,
        ModDate: options.createdAt,
      },
    });
    this.ended = new Promise((resolve, reject) => {
      this.doc.on("data", (chunk: Buffer) => this.chunks.push(chunk));
      this.doc.on("end", () => resolve(Buffer.concat(this.chunks)));
      this.doc.on("error", reject);
    });
    registerSarabun(this.doc);
    const { width, height } = this.doc.page;
    this.left = 2.5 * CM;
    this.right = width - 2 * CM;
    this.top = 2 * CM;
    this.bottom = height - 2 * CM;
    this.y = this.top;
  }

  get width(): number {
    return this.right - this.left;
  }

  get pageWidth(): number {
    return this.doc.page.width;
  }

  get pageHeight(): number {
    return this.doc.page.height;
  }

  newPage(): void {
    this.doc.addPage();
    this.y = this.top;
    if (this.options.furniture === false) return;
    const style = { ...SMALL, size: 10 };
    const baseline = this.top - 16;
    this.text(DEPARTMENT, this.left, baseline, style);
    this.text(this.options.title, this.left, baseline, style, "right", this.width);
    this.rule(this.top - 10, 0.5, RULE);
  }

  /** Starts a new page unless `height` more points fit on this one. */
  ensure(height: number): void {
    if (this.y + height > this.bottom && this.y > this.top) this.newPage();
  }

  space(points: number): void {
    this.y += points;
  }

  /** One line of text at a baseline (no wrapping); returns its width. */
  text(text: string, x: number, baseline: number, style: TextStyle = BODY, align: Align = "left", width = 0): number {
    return drawLine(this.doc, text, x, baseline, style, align, width);
  }

  measure(text: string, style: TextStyle = BODY): number {
    return measure(this.doc, text, style);
  }

  lines(text: string, width: number, style: TextStyle = BODY, indent = 0, atSpacesOnly = false): string[] {
    return breakLines(this.doc, text, width, style, indent, atSpacesOnly);
  }

  rule(y: number, thickness = 0.75, color = INK, x0 = this.left, x1 = this.right): void {
    this.doc.save().lineWidth(thickness).strokeColor(color).moveTo(x0, y).lineTo(x1, y).stroke().restore();
  }

  /** A dotted line to write on, just under a baseline. */
  dots(x: number, baseline: number, width: number): void {
    this.doc
      .save()
      .lineWidth(0.9)
      .lineCap("round")
      .dash(0.01, { space: 2.6 })
      .strokeColor("#555555")
      .moveTo(x, baseline + 2)
      .lineTo(x + width, baseline + 2)
      .stroke()
      .undash()
      .restore();
  }

  /** The department's name, the title and its sub-lines, centred; a rule under them. */
  titleBlock(title: string, subtitles: string[] = []): void {
    this.paragraph(DEPARTMENT, { size: 15, bold: true, align: "center", color: INK });
    this.space(2);
    this.paragraph(title, { size: 20, bold: true, align: "center", color: INK });
    for (const subtitle of subtitles) this.paragraph(subtitle, { size: 14, align: "center" });
    this.space(4);
    this.rule(this.y, 1.2);
    this.space(10);
  }

  /** A section heading, kept on a page with at least two lines after it. */
  heading(text: string, level: 1 | 2 = 1): void {
    const style: TextStyle = level === 1 ? { size: 16, bold: true, color: INK } : { size: 14.5, bold: true };
    this.space(level === 1 ? 6 : 4);
    this.ensure(lineHeight(style) + 2 * lineHeight(BODY));
    this.paragraph(text, style);
    this.space(2);
  }

  /** A wrapped paragraph; it may go on over a page, but a line is never cut. */
  paragraph(text: string, options: Partial<ParagraphOptions> = {}): void {
    const style: ParagraphOptions = { ...BODY, ...options };
    const height = lineHeight(style);
    this.lines(text, this.width, style, style.indent ?? 0).forEach((line, i) => {
      this.ensure(height);
      drawLines(this.doc, [line], this.left, this.y, this.width, { ...style, indent: i === 0 ? style.indent : 0 });
      this.y += height;
    });
  }

  /**
   * Label and value pairs, the value wrapped beside its label, and an optional second pair at the
   * right of the same row ("สถานะ จ่ายแล้ว"); a row is never split.
   */
  fields(rows: Field[], labelWidth = 4.2 * CM, style: TextStyle = BODY): void {
    const height = lineHeight(style);
    const bold = { ...style, bold: true };
    for (const row of rows) {
      const aside = row.aside ? `${row.aside.label} ${row.aside.value}` : "";
      const asideWidth = aside ? this.measure(aside, style) + 12 : 0;
      const valueWidth = this.width - labelWidth - asideWidth;
      const labelLines = this.lines(row.label, labelWidth - 6, bold);
      const valueLines = this.lines(row.value || "-", valueWidth, style);
      const rowHeight = Math.max(labelLines.length, valueLines.length) * height;
      this.ensure(rowHeight);
      drawLines(this.doc, labelLines, this.left, this.y, labelWidth - 6, bold);
      drawLines(this.doc, valueLines, this.left + labelWidth, this.y, valueWidth, style);
      if (row.aside) {
        const baseline = this.y + style.size * ASCENT;
        const valueAt = this.right - this.measure(row.aside.value, style);
        this.text(row.aside.value, valueAt, baseline, style);
        this.text(row.aside.label, valueAt - 5 - this.measure(row.aside.label, bold), baseline, bold);
      }
      this.y += rowHeight + 1;
    }
  }

  /** Signature blocks side by side across the width, kept together on one page. */
  signatures(blocks: SignatureBlock[], style: TextStyle = BODY): void {
    const height = lineHeight(style);
    const lineCount = 4;
    this.ensure(lineCount * height + 12);
    this.space(12);
    const columnWidth = this.width / blocks.length;
    blocks.forEach((block, i) => this.signature(block, this.left + i * columnWidth, columnWidth, style));
    this.y += lineCount * height;
  }

  private signature(block: SignatureBlock, x: number, width: number, style: TextStyle): void {
    const height = lineHeight(style);
    const baseline = (line: number) => this.y + line * height + style.size * ASCENT;
    const dotted = Math.min(width * 0.5, 150);
    const gap = 4;
    // ลงชื่อ ........................ ผู้บันทึก
    const sign = this.measure("ลงชื่อ", style);
    const role = this.measure(block.roleTh, style);
    let cursor = x + (width - (sign + gap + dotted + gap + role)) / 2;
    const start = cursor;
    this.text("ลงชื่อ", cursor, baseline(0), style);
    cursor += sign + gap;
    this.dots(cursor, baseline(0), dotted);
    this.text(block.roleTh, cursor + dotted + gap, baseline(0), style);
    // (ชื่อ สกุล), centred under the dotted line
    const centre = start + sign + gap + dotted / 2;
    const half = Math.min(centre - x, x + width - centre);
    if (block.name) this.text(`(${block.name})`, centre - half, baseline(1), style, "center", 2 * half);
    else this.blank("(", ")", centre, dotted, baseline(1), style);
    this.labelled("ตำแหน่ง", block.positionTh ?? null, centre, half, dotted, baseline(2), style);
    this.labelled("วันที่", block.date ?? null, centre, half, dotted, baseline(3), style);
  }

  private blank(before: string, after: string, centre: number, dotted: number, baseline: number, style: TextStyle): void {
    const open = this.measure(before, style);
    this.text(before, centre - dotted / 2 - open - 2, baseline, style);
    this.dots(centre - dotted / 2, baseline, dotted);
    this.text(after, centre + dotted / 2 + 2, baseline, style);
  }

  private labelled(label: string, value: string | null, centre: number, half: number, dotted: number, baseline: number, style: TextStyle): void {
    if (value) {
      this.text(`${label} ${value}`, centre - half, baseline, style, "center", 2 * half);
      return;
    }
    const width = this.measure(label, style);
    this.text(label, centre - dotted / 2 - width - 4, baseline, style);
    this.dots(centre - dotted / 2, baseline, dotted);
  }

  /** Page numbers and the foot note on every page, then the finished file. */
  async finish(): Promise<Buffer> {
    if (this.options.furniture !== false) {
      const { start, count } = this.doc.bufferedPageRange();
      for (let i = start; i < start + count; i++) {
        this.doc.switchToPage(i);
        const baseline = this.pageHeight - 1.2 * CM;
        if (this.options.footNote) this.text(this.options.footNote, this.left, baseline, SMALL);
        this.text(`หน้า ${i - start + 1}/${count}`, this.left, baseline, SMALL, "right", this.width);
      }
    }
    this.doc.end();
    return this.ended;
  }
}
