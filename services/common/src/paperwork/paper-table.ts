import { INK, type Paper, RULE } from "./paper";
import { thaiCount } from "./thai-format";
import { type Align, type TextStyle, drawLines, lineHeight } from "./thai-text";

/**
 * Tables and bar charts drawn on a Paper: a table's rows wrap within their cells, a row is never
 * cut by a page break and the header row is drawn again at the top of every page it continues on;
 * a chart is vector rectangles with its values over the bars and its labels under them.
 */

export interface Column {
  header: string;
  /** Relative width: the columns share the text width in proportion. */
  width: number;
  align?: Align;
  /** Names: wrap only at spaces, never inside a word (see breakLines). */
  names?: boolean;
}

export interface TableOptions {
  style?: TextStyle;
  /** Room for something to be written by hand (a signature). */
  minRowHeight?: number;
  /** A row drawn bold, e.g. a total. */
  boldRows?: number[];
  /** Draws more into a body cell after its text (a QR code): the row's index, the column's and the cell's box. */
  drawInCell?: (row: number, column: number, box: { x: number; y: number; width: number; height: number }) => void;
}

const PAD_X = 4;
const PAD_Y = 2;
const HEADER_FILL = "#e4e9f2";
const BAR_FILL = "#3a5a94";

export function drawTable(paper: Paper, columns: Column[], rows: string[][], options: TableOptions = {}): void {
  const doc = paper.doc;
  const style = options.style ?? { size: 13 };
  const headerStyle = { ...style, bold: true };
  const total = columns.reduce((sum, column) => sum + column.width, 0);
  const widths = columns.map((column) => (column.width / total) * paper.width);
  const lefts = widths.map((_, i) => paper.left + widths.slice(0, i).reduce((sum, w) => sum + w, 0));
  const height = lineHeight(style);
  const layout = (cells: string[], cellStyle: TextStyle) => {
    const lines = columns.map((column, i) => paper.lines(cells[i] ?? "", widths[i] - 2 * PAD_X, cellStyle, 0, column.names));
    return { lines, height: Math.max(options.minRowHeight ?? 0, Math.max(...lines.map((l) => l.length)) * height + 2 * PAD_Y) };
  };
  const header = layout(
    columns.map((column) => column.header),
    headerStyle,
  );

  const drawRow = (row: { lines: string[][]; height: number }, cellStyle: TextStyle, fill?: string, index?: number) => {
    if (fill) doc.save().rect(paper.left, paper.y, paper.width, row.height).fill(fill).restore();
    doc.save().lineWidth(0.5).strokeColor(RULE);
    for (let i = 0; i < columns.length; i++) doc.rect(lefts[i], paper.y, widths[i], row.height).stroke();
    doc.restore();
    row.lines.forEach((lines, i) => {
      const align = fill ? "center" : (columns[i].align ?? "left");
      const top = paper.y + (row.height - lines.length * height) / 2; // centred in the row
      drawLines(doc, lines, lefts[i] + PAD_X, top, widths[i] - 2 * PAD_X, { ...cellStyle, align });
      if (index !== undefined) options.drawInCell?.(index, i, { x: lefts[i], y: paper.y, width: widths[i], height: row.height });
    });
    paper.y += row.height;
  };

  const laidOut = rows.map((cells, r) => {
    const cellStyle = options.boldRows?.includes(r) ? headerStyle : style;
    return { ...layout(cells, cellStyle), style: cellStyle };
  });
  paper.ensure(header.height + (laidOut[0]?.height ?? 0));
  drawRow(header, headerStyle, HEADER_FILL);
  laidOut.forEach((row, index) => {
    if (paper.y + row.height > paper.bottom) {
      paper.newPage();
      drawRow(header, headerStyle, HEADER_FILL);
    }
    drawRow(row, row.style, undefined, index);
  });
}

export interface BarChart {
  titleTh: string;
  bars: { label: string; value: number }[];
}

/** The step of the value axis: 1, 2 or 5 times a power of ten, giving four or five gridlines. */
function niceStep(max: number): number {
  if (max <= 0) return 1;
  const rough = max / 4;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= rough) ?? 10 * power;
  return step < 1 ? 1 : step;
}

/** A vertical bar chart across the text width, kept whole on one page. */
export function drawBarChart(paper: Paper, chart: BarChart, options: { plotHeight?: number; format?: (value: number) => string } = {}): void {
  const doc = paper.doc;
  const format = options.format ?? thaiCount;
  const plotHeight = options.plotHeight ?? 170;
  const titleStyle: TextStyle = { size: 14, bold: true, color: INK };
  const tickStyle: TextStyle = { size: 10, color: "#444444" };
  const valueStyle: TextStyle = { size: 10, bold: true };
  const labelStyle: TextStyle = { size: 10.5 };
  const bars = chart.bars;
  const max = Math.max(0, ...bars.map((bar) => bar.value));
  const step = niceStep(max);
  const ticks = Math.max(1, Math.ceil(max / step));
  const top = ticks * step;
  const axisWidth = Math.max(...Array.from({ length: ticks + 1 }, (_, i) => paper.measure(format(i * step), tickStyle))) + 8;
  const x0 = paper.left + axisWidth;
  const slot = (paper.right - x0) / Math.max(1, bars.length);
  const labels = bars.map((bar) => paper.lines(bar.label, slot - 4, labelStyle).slice(0, 3));
  const labelLines = Math.max(1, ...labels.map((lines) => lines.length));
  const titleHeight = lineHeight(titleStyle) + 6;
  const total = titleHeight + 14 + plotHeight + 4 + labelLines * lineHeight(labelStyle) + 10;
  paper.ensure(total);

  drawLines(doc, [chart.titleTh], paper.left, paper.y, paper.width, { ...titleStyle, align: "center" });
  const plotTop = paper.y + titleHeight + 14;
  const base = plotTop + plotHeight;
  const yOf = (value: number) => base - (Math.max(0, value) / top) * plotHeight;
  for (let i = 0; i <= ticks; i++) {
    const y = yOf(i * step);
    doc
      .save()
      .lineWidth(i === 0 ? 0.9 : 0.4)
      .strokeColor(i === 0 ? INK : "#c8cdd6")
      .moveTo(x0, y)
      .lineTo(paper.right, y)
      .stroke()
      .restore();
    paper.text(format(i * step), paper.left, y + tickStyle.size * 0.35, tickStyle, "right", axisWidth - 6);
  }
  doc
    .save()
    .lineWidth(0.9)
    .strokeColor(INK)
    .moveTo(x0, plotTop - 6)
    .lineTo(x0, base)
    .stroke()
    .restore();
  const barWidth = Math.min(slot * 0.6, 56);
  bars.forEach((bar, i) => {
    const x = x0 + i * slot + (slot - barWidth) / 2;
    const y = yOf(bar.value);
    if (base - y > 0)
      doc
        .save()
        .rect(x, y, barWidth, base - y)
        .fill(BAR_FILL)
        .restore();
    paper.text(format(bar.value), x - 10, y - 4, valueStyle, "center", barWidth + 20);
    drawLines(doc, labels[i], x0 + i * slot + 2, base + 4, slot - 4, { ...labelStyle, align: "center" });
  });
  paper.y += total;
}
