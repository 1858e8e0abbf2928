import { type Script, fontCovers, useFont } from "./thai-fonts";

/**
 * Thai text laid out by hand on pdfkit: every string split into runs of one script (Thai block
 * U+0E00–U+0E7F in the Thai face, everything else in the Latin face of the same weight), measured
 * run by run, broken into lines where Intl.Segmenter finds a word boundary (Thai writes no spaces
 * between words) or at a space, and drawn run by run at computed positions with `lineBreak: false`.
 */

export type Align = "left" | "center" | "right";

export interface TextStyle {
  size: number;
  bold?: boolean;
  color?: string;
}

export interface Run {
  script: Script;
  text: string;
}

/**
 * Leading between baselines, as a multiple of the size. Sarabun's own 1.3 lets a lower vowel (ดุ)
 * touch a tone over an upper vowel (ที่, ปี้) on the line below; 1.6 keeps them apart.
 */
export const LINE_SPACING = 1.6;
/** How far the baseline sits below the top of a line, as a multiple of the size: a stacked tone mark stays inside. */
export const ASCENT = 1.15;

export const lineHeight = (style: TextStyle): number => style.size * LINE_SPACING;

const words = new Intl.Segmenter("th", { granularity: "word" });
const graphemes = new Intl.Segmenter("th", { granularity: "grapheme" });
// Zero-width and bidi controls, soft hyphens, C0/C1 controls: nothing to draw, a .notdef box at worst.
const isInvisible = (codePoint: number): boolean =>
  (codePoint < 0x20 && codePoint !== 0x0a) ||
  (codePoint >= 0x7f && codePoint <= 0x9f) ||
  codePoint === 0xad ||
  codePoint === 0x180e ||
  (codePoint >= 0x200b && codePoint <= 0x200f) ||
  (codePoint >= 0x202a && codePoint <= 0x202e) ||
  (codePoint >= 0x2060 && codePoint <= 0x206f) ||
  codePoint === 0xfeff;
const OPENING = /^[([{“‘«]+$/u;
const REPEATER = /^[ๆฯ]+$/u;

const isThai = (codePoint: number): boolean => codePoint >= 0x0e00 && codePoint <= 0x0e7f;

/** The text as it will be drawn: invisible characters gone, tabs and CR as spaces, lines kept. */
export const cleanText = (text: string): string =>
  Array.from(text.replace(/\r\n?/g, "\n").replace(/\t/g, " "), (c) => (isInvisible(c.codePointAt(0) ?? 0) ? "" : c)).join("");

/** Runs of one script; a character neither face has becomes "?" rather than a box. */
export function scriptRuns(doc: PDFKit.PDFDocument, text: string): Run[] {
  const runs: Run[] = [];
  for (const character of cleanText(text).replace(/\n/g, " ")) {
    const codePoint = character.codePointAt(0) ?? 0x3f;
    const script: Script = isThai(codePoint) ? "thai" : "latin";
    const drawn = fontCovers(doc, script, codePoint) ? character : "?";
    const last = runs[runs.length - 1];
    if (last && last.script === script) last.text += drawn;
    else runs.push({ script, text: drawn });
  }
  return runs;
}

const widths = new Map<string, number>();

/** Width of a string in points: the sum of its runs, each measured in its own face. */
export function measure(doc: PDFKit.PDFDocument, text: string, style: TextStyle): number {
  // Widths depend on the font files only (the same in every document), so they are kept.
  const key = `${style.bold ? "b" : "r"}${style.size}:${text}`;
  let width = widths.get(key);
  if (width === undefined) {
    width = 0;
    for (const run of scriptRuns(doc, text)) {
      useFont(doc, run.script, style.bold ?? false, style.size);
      width += doc.widthOfString(run.text);
    }
    if (widths.size > 50_000) widths.clear();
    widths.set(key, width);
  }
  return width;
}

const isSpace = (text: string): boolean => /^\s+$/.test(text);
const thaiAt = (text: string, index: number): boolean => isThai(text.codePointAt(index < 0 ? text.length - 1 : index) ?? 0);

/**
 * The pieces between break opportunities, spaces kept as pieces of their own. A word boundary is a
 * break only next to Thai ("09:00", "KTB-0011" and "ใบเสร็จ.pdf" hold together); punctuation holds
 * on to its word ("(" to the one after, ")" "," "." to the one before), and ๆ or ฯ to the word
 * before, even across the space that is written before ๆ.
 */
export function breakPieces(text: string): string[] {
  const pieces: string[] = [];
  for (const { segment, isWordLike } of words.segment(text)) {
    const last = pieces.length - 1;
    const previous = pieces[last];
    if (previous === undefined || isSpace(segment)) pieces.push(segment);
    else if (REPEATER.test(segment)) {
      if (isSpace(previous) && last > 0) pieces.splice(last - 1, 2, pieces[last - 1] + previous + segment);
      else pieces[last] += segment;
    } else if (isSpace(previous)) pieces.push(segment);
    else if (OPENING.test(previous.slice(-1)) || (!isWordLike && !OPENING.test(segment)) || (!thaiAt(previous, -1) && !thaiAt(segment, 0))) {
      pieces[last] += segment;
    } else pieces.push(segment);
  }
  return pieces;
}

/** Splits a piece wider than the line between grapheme clusters (never inside one). */
function splitWide(doc: PDFKit.PDFDocument, piece: string, width: number, style: TextStyle): string[] {
  const parts: string[] = [];
  let part = "";
  for (const { segment } of graphemes.segment(piece)) {
    if (part && measure(doc, part + segment, style) > width) {
      parts.push(part);
      part = segment;
    } else part += segment;
  }
  if (part) parts.push(part);
  return parts;
}

/**
 * Lines of at most `width` points, the first `indent` points narrower; a "\n" in the text always
 * starts a new line. A piece is split only when it alone is wider than the line. `atSpacesOnly`
 * is for names: "นางสาวกัญญ์ณัชชา ศรีสุข" may go over two lines at its space, never inside "ศรีสุข".
 */
export function breakLines(doc: PDFKit.PDFDocument, text: string, width: number, style: TextStyle, indent = 0, atSpacesOnly = false): string[] {
  const lines: string[] = [];
  const room = () => (lines.length === 0 ? width - indent : width);
  for (const paragraph of cleanText(text).split("\n")) {
    let line = "";
    let lineWidth = 0;
    let space = "";
    for (const piece of atSpacesOnly ? (paragraph.match(/\s+|\S+/g) ?? []) : breakPieces(paragraph)) {
      if (isSpace(piece)) {
        if (line) space += piece;
        continue;
      }
      const pieceWidth = measure(doc, piece, style);
      const spaceWidth = line && space ? measure(doc, space, style) : 0;
      if (line && lineWidth + spaceWidth + pieceWidth > room()) {
        lines.push(line);
        line = "";
      }
      if (!line && pieceWidth > room()) {
        const parts = splitWide(doc, piece, room(), style);
        for (const part of parts.slice(0, -1)) lines.push(part);
        line = parts[parts.length - 1] ?? "";
        lineWidth = measure(doc, line, style);
      } else if (!line) {
        line = piece;
        lineWidth = pieceWidth;
      } else {
        line += space + piece;
        lineWidth += spaceWidth + pieceWidth;
      }
      space = "";
    }
    lines.push(line);
  }
  return lines;
}

/**
 * Draws one line with its baseline at `baseline`, run after run; `width` is the box the alignment
 * is taken in (from `x`).
 */
export function drawLine(
  doc: PDFKit.PDFDocument,
  text: string,
  x: number,
  baseline: number,
  style: TextStyle,
  align: Align = "left",
  width = 0,
): number {
  const runs = scriptRuns(doc, text.trimEnd()).map((run) => {
    useFont(doc, run.script, style.bold ?? false, style.size);
    return { ...run, width: doc.widthOfString(run.text) };
  });
  const total = runs.reduce((sum, run) => sum + run.width, 0);
  let cursor = align === "right" ? x + width - total : align === "center" ? x + (width - total) / 2 : x;
  doc.fillColor(style.color ?? "#000000");
  for (const run of runs) {
    useFont(doc, run.script, style.bold ?? false, style.size);
    doc.text(run.text, cursor, baseline, { lineBreak: false, baseline: "alphabetic" });
    cursor += run.width;
  }
  return total;
}

export interface ParagraphOptions extends TextStyle {
  align?: Align;
  /** Extra indent of the first line (Thai official writing indents a paragraph's first line). */
  indent?: number;
}

/** Draws lines from the top `y` of the first one; returns the height used. */
export function drawLines(doc: PDFKit.PDFDocument, lines: string[], x: number, y: number, width: number, options: ParagraphOptions): number {
  const height = lineHeight(options);
  lines.forEach((line, i) => {
    const indent = i === 0 ? (options.indent ?? 0) : 0;
    drawLine(doc, line, x + indent, y + i * height + options.size * ASCENT, options, options.align, width - indent);
  });
  return lines.length * height;
}
