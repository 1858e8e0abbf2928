import fs from "node:fs";
import zlib from "node:zlib";

/**
 * Sarabun (OFL, from @fontsource/sarabun) for pdfkit, drawn so that its text reads back exactly.
 *
 * Fontsource splits the family by script: Thai glyphs in one file, Latin letters, digits and
 * punctuation in another, so every string is drawn in runs of one script (see thai-text.ts).
 *
 * pdfkit shapes through fontkit, and Sarabun's GSUB and GPOS place the tone marks and the upper and
 * lower vowels (ปั่ → a narrow mai han akat and a small mai ek moved left; ญู → ญ without its tail;
 * น้ำ → sara am split into nikhahit + sara aa, the tone joined to the nikhahit). Left to pdfkit, the
 * result draws well but reads back badly: its ToUnicode map gives each glyph the text it was first
 * used for (the sara aa split off "ตำ" is the "า" of "ตา", so "ตำบล" read "ตำาบล"), and the marks,
 * drawn with no width at offsets, make pdftotext break words inside a syllable ("ปั่ น").
 *
 * So each font's `encode` is replaced. Text is shaped one grapheme cluster at a time (Thai has no
 * kerning between clusters; a Latin word is shaped whole, keeping its kerning, ligatures off). A
 * cluster that shapes to more than one glyph, or to one moved off its pen position, becomes a
 * TrueType composite glyph in the embedded subset: the very same outlines at the very offsets
 * fontkit computed, one glyph as wide as the cluster, whose ToUnicode entry is the cluster's text.
 * Drawing is unchanged; reading gives back exactly what was written.
 */

export type Script = "thai" | "latin";

const FILES: Record<Script, Record<"regular" | "bold", string>> = {
  thai: { regular: "sarabun-thai-400-normal.woff", bold: "sarabun-thai-700-normal.woff" },
  latin: { regular: "sarabun-latin-400-normal.woff", bold: "sarabun-latin-700-normal.woff" },
};

/** The parts of fontkit and of pdfkit 0.20's EmbeddedFont that this module relies on. */
interface Position {
  xAdvance: number;
  yAdvance: number;
  xOffset: number;
  yOffset: number;
}
interface FontkitGlyph {
  id: number;
  advanceWidth: number;
  bbox: { minX: number; minY: number; maxX: number; maxY: number };
}
interface FontkitFont {
  layout(text: string, features?: Record<string, boolean>): { glyphs: FontkitGlyph[]; positions: Position[] };
  getGlyph(id: number): FontkitGlyph;
  hasGlyphForCodePoint(codePoint: number): boolean;
  maxp: { maxComponentElements: number; maxComponentDepth: number };
}
interface TTFSubset {
  glyphs: number[];
  glyf: Uint8Array[];
  loca: { offsets: number[] };
  hmtx: { metrics: { advance: number; bearing: number }[] };
  offset: number;
  includeGlyph(id: number): number;
  _addGlyph(id: number): number;
}
interface EmbeddedFont {
  font: FontkitFont;
  scale: number;
  subset: TTFSubset;
  widths: number[];
  unicode: number[][];
  encode(text: string): [string[], (Position & { advanceWidth: number })[]];
  widthOfString(text: string, size: number): number;
}

/** A cluster shaped once per font file: glyphs with their offsets from the cluster's origin (font units). */
interface Cluster {
  text: string;
  components: { id: number; dx: number; dy: number }[];
  /** Natural advance of the single glyph, or of the whole cluster (font units). */
  advance: number;
  /** The advance with the kerning after it (Latin). */
  kerned: number;
}

const buffers = new Map<string, Buffer>();
const shapes = new Map<string, Map<string, Cluster[]>>();
const coverage = new Map<string, Map<number, boolean>>();
const installed = new WeakSet<object>();
const graphemes = new Intl.Segmenter("th", { granularity: "grapheme" });
// Synthetic glyph ids for composites, above any real one (a TrueType font has at most 65535).
const SYNTHETIC = 0x10000;

/**
 * The TrueType font inside a WOFF file. fontkit reads WOFF, but inflates a whole table on every
 * read of it, so subsetting inflated the glyf table once per glyph; unpacked once, a document's
 * fonts embed in milliseconds.
 */
export function woffToSfnt(woff: Buffer): Buffer {
  if (woff.toString("latin1", 0, 4) !== "wOFF") throw new Error("Not a WOFF font");
  const count = woff.readUInt16BE(12);
  const tables = Array.from({ length: count }, (_, i) => {
    const at = 44 + 20 * i;
    const [offset, compressed, length] = [woff.readUInt32BE(at + 4), woff.readUInt32BE(at + 8), woff.readUInt32BE(at + 12)];
    const raw = woff.subarray(offset, offset + compressed);
    return { tag: woff.subarray(at, at + 4), checksum: woff.readUInt32BE(at + 16), data: compressed < length ? zlib.inflateSync(raw) : raw };
  });
  const power = 2 ** Math.floor(Math.log2(count));
  const header = Buffer.alloc(12 + 16 * count);
  woff.copy(header, 0, 4, 8); // the flavour: 0x00010000 for TrueType outlines
  header.writeUInt16BE(count, 4);
  header.writeUInt16BE(power * 16, 6);
  header.writeUInt16BE(Math.log2(power), 8);
  header.writeUInt16BE(count * 16 - power * 16, 10);
  const parts: Buffer[] = [header];
  let offset = header.length;
  tables.forEach((table, i) => {
    const record = 12 + 16 * i;
    table.tag.copy(header, record);
    header.writeUInt32BE(table.checksum, record + 4);
    header.writeUInt32BE(offset, record + 8);
    header.writeUInt32BE(table.data.length, record + 12);
    const padded = Buffer.alloc(Math.ceil(table.data.length / 4) * 4);
    table.data.copy(padded);
    parts.push(padded);
    offset += padded.length;
  });
  return Buffer.concat(parts);
}

function fontBuffer(file: string): Buffer {
  let buffer = buffers.get(file);
  if (!buffer) {
    buffer = woffToSfnt(fs.readFileSync(require.resolve(`@fontsource/sarabun/files/${file}`)));
    buffers.set(file, buffer);
  }
  return buffer;
}

const fileOf = (script: Script, bold: boolean): string => FILES[script][bold ? "bold" : "regular"];
const fontName = (script: Script, bold: boolean): string => `sarabun-${script}-${bold ? "bold" : "regular"}`;

/** Registers the four faces (Thai and Latin, regular and bold) with a document. */
export function registerSarabun(doc: PDFKit.PDFDocument): void {
  for (const script of ["thai", "latin"] as const) {
    for (const bold of [false, true]) {
      doc.registerFont(fontName(script, bold), fontBuffer(fileOf(script, bold)));
      // Loaded now, in this order, so that the same data always gives the same font names (F1…F4).
      currentFont(doc, script, bold, 12);
    }
  }
}

/** Makes a face current (as `doc.font(...).fontSize(...)`), its encoder replaced on first use. */
export function useFont(doc: PDFKit.PDFDocument, script: Script, bold: boolean, size: number): void {
  currentFont(doc, script, bold, size);
}

function currentFont(doc: PDFKit.PDFDocument, script: Script, bold: boolean, size: number): EmbeddedFont {
  doc.font(fontName(script, bold)).fontSize(size);
  const font = (doc as unknown as { _font: EmbeddedFont })._font;
  if (!installed.has(font)) {
    if (typeof font.subset?._addGlyph !== "function" || !Array.isArray(font.unicode)) {
      throw new Error("pdfkit's embedded font is not the one this encoder was written for (pdfkit 0.20, fontkit 2)");
    }
    installClusterEncoder(font, fileOf(script, bold), script);
    installed.add(font);
  }
  return font;
}

/** Whether Sarabun's face for a script has a glyph for a character (those it lacks are replaced before drawing). */
export function fontCovers(doc: PDFKit.PDFDocument, script: Script, codePoint: number): boolean {
  let known = coverage.get(script);
  if (!known) coverage.set(script, (known = new Map()));
  let covered = known.get(codePoint);
  if (covered === undefined) {
    covered = currentFont(doc, script, false, 12).font.hasGlyphForCodePoint(codePoint);
    known.set(codePoint, covered);
  }
  return covered;
}

const unitCache = new Map<string, string[]>();

/** Thai: grapheme clusters. Latin: words with their trailing spaces, as pdfkit itself splits them. */
function units(text: string, script: Script): string[] {
  const key = `${script}:${text}`;
  let found = unitCache.get(key);
  if (!found) {
    found = script === "thai" ? Array.from(graphemes.segment(text), (s) => s.segment) : (text.match(/[^ \t]+[ \t]*|[ \t]+/g) ?? []);
    if (unitCache.size > 20_000) unitCache.clear();
    unitCache.set(key, found);
  }
  return found;
}

function clusterOf(font: FontkitFont, text: string, features: Record<string, boolean> | undefined): Cluster {
  const run = font.layout(text, features);
  let pen = 0;
  const components = run.glyphs.map((glyph, i) => {
    const position = run.positions[i];
    const component = { id: glyph.id, dx: pen + position.xOffset, dy: position.yOffset };
    pen += position.xAdvance;
    return component;
  });
  const advance = components.length === 1 ? run.glyphs[0].advanceWidth : pen;
  return { text, components, advance, kerned: pen };
}

/** A unit's clusters, shaped once per font file. */
function shape(font: EmbeddedFont, file: string, unit: string, script: Script): Cluster[] {
  let cache = shapes.get(file);
  if (!cache) shapes.set(file, (cache = new Map()));
  let clusters = cache.get(unit);
  if (!clusters) {
    const features = script === "latin" ? { liga: false } : undefined;
    const characters = Array.from(unit);
    const run = script === "latin" ? font.font.layout(unit, features) : null;
    if (run && run.glyphs.length === characters.length && run.positions.every((p) => p.xOffset === 0 && p.yOffset === 0)) {
      // One glyph per character, nothing moved: the word keeps its kerning.
      clusters = run.glyphs.map((glyph, i) => ({
        text: characters[i],
        components: [{ id: glyph.id, dx: 0, dy: 0 }],
        advance: glyph.advanceWidth,
        kerned: run.positions[i].xAdvance,
      }));
    } else clusters = Array.from(graphemes.segment(unit), (s) => clusterOf(font.font, s.segment, features));
    cache.set(unit, clusters);
  }
  return clusters;
}

/** The bytes of a TrueType composite glyph: each component at its offset (font units, rounded). */
function compositeGlyph(
  font: FontkitFont,
  components: { subsetId: number; id: number; dx: number; dy: number }[],
): { bytes: Uint8Array; xMin: number } {
  const box = { xMin: Infinity, yMin: Infinity, xMax: -Infinity, yMax: -Infinity };
  for (const c of components) {
    const b = font.getGlyph(c.id).bbox;
    if (!Number.isFinite(b.minX) || b.maxX < b.minX) continue; // a glyph with no outline
    box.xMin = Math.min(box.xMin, b.minX + c.dx);
    box.yMin = Math.min(box.yMin, b.minY + c.dy);
    box.xMax = Math.max(box.xMax, b.maxX + c.dx);
    box.yMax = Math.max(box.yMax, b.maxY + c.dy);
  }
  if (!Number.isFinite(box.xMin)) Object.assign(box, { xMin: 0, yMin: 0, xMax: 0, yMax: 0 });
  const view = new DataView(new ArrayBuffer(10 + 8 * components.length));
  [-1, box.xMin, box.yMin, box.xMax, box.yMax].forEach((value, i) => view.setInt16(2 * i, Math.round(value)));
  components.forEach((c, i) => {
    const at = 10 + 8 * i;
    const more = i < components.length - 1 ? 0x0020 : 0; // MORE_COMPONENTS
    view.setUint16(at, 0x0001 | 0x0002 | more); // ARG_1_AND_2_ARE_WORDS | ARGS_ARE_XY_VALUES
    view.setUint16(at + 2, c.subsetId);
    view.setInt16(at + 4, Math.round(c.dx));
    view.setInt16(at + 6, Math.round(c.dy));
  });
  return { bytes: new Uint8Array(view.buffer), xMin: Math.round(box.xMin) };
}

function installClusterEncoder(font: EmbeddedFont, file: string, script: Script): void {
  const subset = font.subset;
  const composites = new Map<number, Cluster>();
  const cids = new Map<string, number>();
  const addGlyph = subset._addGlyph.bind(subset);
  subset._addGlyph = (id: number): number => {
    const cluster = composites.get(id);
    if (!cluster) return addGlyph(id);
    const parts = cluster.components.map((c) => ({ ...c, subsetId: subset.includeGlyph(c.id) }));
    const { bytes, xMin } = compositeGlyph(font.font, parts);
    subset.glyf.push(bytes);
    subset.loca.offsets.push(subset.offset);
    subset.hmtx.metrics.push({ advance: Math.round(cluster.advance), bearing: xMin });
    subset.offset += bytes.length;
    font.font.maxp.maxComponentElements = Math.max(font.font.maxp.maxComponentElements, parts.length);
    font.font.maxp.maxComponentDepth = Math.max(font.font.maxp.maxComponentDepth, 2);
    return subset.glyf.length - 1;
  };

  const cidFor = (cluster: Cluster): number => {
    const plain = cluster.components.length === 1 && cluster.components[0].dx === 0 && cluster.components[0].dy === 0;
    const key = `${cluster.text}\u0000${cluster.components.map((c) => `${c.id}@${c.dx},${c.dy}`).join(";")}`;
    let cid = cids.get(key);
    if (cid === undefined) {
      const id = plain ? cluster.components[0].id : SYNTHETIC + composites.size;
      if (!plain) composites.set(id, cluster);
      // A glyph already in the subset for another text gets a second CID (a copy), so each reads as its own.
      cid = subset.glyphs.includes(id) ? subset.glyphs.push(id) - 1 : subset.includeGlyph(id);
      cids.set(key, cid);
      font.widths[cid] = cluster.advance * font.scale;
      font.unicode[cid] = Array.from(cluster.text, (c) => c.codePointAt(0) ?? 0);
    }
    return cid;
  };

  font.encode = (text) => {
    const encoded: string[] = [];
    const positions: (Position & { advanceWidth: number })[] = [];
    for (const unit of units(text, script)) {
      for (const cluster of shape(font, file, unit, script)) {
        encoded.push(cidFor(cluster).toString(16).padStart(4, "0"));
        positions.push({ xAdvance: cluster.kerned * font.scale, yAdvance: 0, xOffset: 0, yOffset: 0, advanceWidth: cluster.advance * font.scale });
      }
    }
    return [encoded, positions];
  };
  font.widthOfString = (text, size) => {
    let width = 0;
    for (const unit of units(text, script)) for (const cluster of shape(font, file, unit, script)) width += cluster.kerned;
    return (width * font.scale * size) / 1000;
  };
}
