/** One page of the Thai walk (test/panel-thai-walk.test.ts): who saw it, which page, and its `document.body.innerText`. */
export interface WalkPage {
  role: string;
  name: string;
  text: string;
  /**
   * What people typed into the records the page shows (the demo events' titles and venues, as the department writes
   * them: "(VDO Conference)", "ห้องวอร์รูม (War Room)"): their words, not the panel's, left out before the check.
   */
  typed?: string[];
}

/**
 * The only Latin words a Thai page may show: the names of file formats and systems a Thai officer says as they are
 * written. PDF, CSV, Excel: the files the panel prints and exports (the buttons say "ส่งออก CSV"); QR: the code on a
 * certificate; API: a partner agency's "คีย์ API" (the programme's own word); UTF(-8): the encoding Excel's "CSV UTF-8"
 * names, which the import page asks for. "English" is the language switch's name for English, written in English so
 * that an English reader finds it. Compared in capitals: a button's text is in capitals on screen (ส่งออก EXCEL).
 */
export const ALLOWED_WORDS = new Set(["PDF", "CSV", "EXCEL", "QR", "API", "UTF", "ENGLISH"]);

/** The demo's login names: Latin by rule, shown only where logins are managed (the accounts pages). */
const LOGIN_NAME = /^(admin|judge|budget|executive|(officer|inspector|budget)\.[a-z0-9.]+)$/;

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
const ISO_DATE = /\b\d{4}-\d{2}-\d{2}(T[\d:.]+Z?)?/g;
/** A Gregorian year standing alone (a BE year is 25xx); not inside an amount (1,2026.00) or a longer number. */
const GREGORIAN_YEAR = /(?<![\d,./])(19|20)\d{2}(?![\d,])/g;
/** A six-digit tambon code standing alone (a reference number after "/" is no code). */
const TAMBON_CODE = /(?<![\d,./-])\d{6}(?![\d,.-])/g;
const URL = /\b(https?:\/\/|www\.)\S*/g;
/** A masked number (x-xxxx-xxxxx-12-3, xxxxxx7376): each x stands for a digit the reader may not see. */
const MASKED = /(?<![A-Za-z])[x\d-]*x[x\d-]*(?![A-Za-z])/g;
const EMAIL = /\S+@\S+\.\S+/g;
const LATIN_WORD = /[A-Za-z][A-Za-z0-9_.]*/g;
const PROVINCE_CODE = /^\d{2}$/;

/** The province codes a page shows where a province's name belongs: a bare two-digit value under a "จังหวัด" label or column. */
function provinceCodes(text: string): string[] {
  const found: string[] = [];
  const lines = text.split("\n").map((line) => line.trim());
  let header: string[] | null = null;
  lines.forEach((line, i) => {
    const cells = line.split("\t").map((cell) => cell.trim());
    if (cells.length > 1) {
      if (!header || header.length !== cells.length || cells.every((cell) => !/\d/.test(cell))) header = cells;
      else
        cells.forEach((cell, c) => {
          if (PROVINCE_CODE.test(cell) && header![c].includes("จังหวัด")) found.push(`${header![c]} ${cell}`);
        });
      return;
    }
    header = null;
    // a record's page: the label on the line before its value (blank lines between)
    const label =
      lines
        .slice(0, i)
        .reverse()
        .find((before) => before !== "") ?? "";
    if (PROVINCE_CODE.test(line) && label.includes("จังหวัด") && !/\d/.test(label)) found.push(`${label} ${line}`);
  });
  return found;
}

/** What a Thai page must not show, each as it appears on screen (empty when the page is all Thai). */
export function offendingWords({ name, text: shown, typed = [] }: WalkPage): string[] {
  const text = typed.filter(Boolean).reduce((rest, words) => rest.split(words).join(" "), shown);
  const found = [...(text.match(UUID) ?? []).map((id) => `id ${id}`), ...(text.match(ISO_DATE) ?? []).map((date) => `ISO date ${date}`)];
  const rest = text.replace(UUID, " ").replace(ISO_DATE, " ").replace(URL, " ").replace(EMAIL, " ").replace(MASKED, " ");
  found.push(...(rest.match(GREGORIAN_YEAR) ?? []).map((year) => `Gregorian year ${year}`));
  found.push(...(rest.match(TAMBON_CODE) ?? []).map((code) => `code ${code}`));
  found.push(...provinceCodes(rest).map((code) => `province code ${code}`));
  const accounts = name.startsWith("accounts");
  for (const match of rest.matchAll(LATIN_WORD)) {
    const bare = match[0].replace(/\.+$/, "");
    if (ALLOWED_WORDS.has(bare.toUpperCase()) || (accounts && LOGIN_NAME.test(bare))) continue;
    // where it shows, so that the page's owner finds it
    const around = rest.slice(Math.max(0, match.index - 20), match.index + bare.length + 20).replace(/\s+/g, " ");
    found.push(`"${bare}" in "${around}"`);
  }
  return [...new Set(found)];
}
