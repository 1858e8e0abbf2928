/** Dates typed the Thai way: day/month/Buddhist-Era year ("15/03/2507") ⇄ ISO ("1964-03-15"). */
const BE_OFFSET = 543;

/** An instant in Bangkok, Buddhist Era, as Thais write it: the parts of "15/03/2564 09:30". */
const BANGKOK_BE = new Intl.DateTimeFormat("th-TH-u-ca-buddhist", {
  timeZone: "Asia/Bangkok",
  day: "2-digit",
  month: "2-digit",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
  numberingSystem: "latn",
});

export function isoToBe(iso: string | null | undefined): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? "");
  if (!match) return iso ?? "";
  const [, year, month, day] = match;
  return `${day}/${month}/${Number(year) + BE_OFFSET}`;
}

/** The ISO date of a complete, real "d/m/yyyy" BE date; anything else comes back unchanged (still being typed, or for the API to refuse). */
export function beToIso(text: string): string {
  const match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text.trim());
  if (!match) return text;
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3]) - BE_OFFSET];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return text;
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/**
 * An instant as Thais type it, in Bangkok time: "15/03/2564 09:30" (day/month/BE year hour:minute), the text the
 * date-time box shows and the access log's export writes. Put together from Intl's parts, so that a browser's own
 * punctuation (a comma after the year) cannot change what `beDateTimeToIso` reads back.
 */
export function isoToBeDateTime(iso: string | null | undefined): string {
  if (!iso) return "";
  const date = new Date(iso);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(iso) || Number.isNaN(date.getTime())) return iso;
  const part = Object.fromEntries(BANGKOK_BE.formatToParts(date).map(({ type, value }) => [type, value]));
  return `${part.day}/${part.month}/${part.year} ${part.hour}:${part.minute}`;
}

/** The ISO instant (+07:00) of a complete "d/m/yyyy hh:mm" BE date and Bangkok time; anything else comes back unchanged. */
export function beDateTimeToIso(text: string): string {
  const match = /^(\S+)\s+(\d{1,2}):(\d{2})$/.exec(text.trim());
  if (!match) return text;
  const day = beToIso(match[1]);
  const [hour, minute] = [Number(match[2]), Number(match[3])];
  if (day === match[1] || hour > 23 || minute > 59) return text;
  return `${day}T${String(hour).padStart(2, "0")}:${match[3]}:00+07:00`;
}
