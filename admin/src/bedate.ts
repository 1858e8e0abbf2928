/** Dates typed the Thai way: day/month/Buddhist-Era year ("15/03/2507") ⇄ ISO ("1964-03-15"). */
const BE_OFFSET = 543;
const BANGKOK_OFFSET_MS = 7 * 60 * 60 * 1000;

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

/** An instant as Thais type it, in Bangkok time: "15/03/2564 09:30" (day/month/BE year hour:minute). */
export function isoToBeDateTime(iso: string | null | undefined): string {
  if (!iso) return "";
  const date = new Date(iso);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(iso) || Number.isNaN(date.getTime())) return iso;
  const bangkok = new Date(date.getTime() + BANGKOK_OFFSET_MS);
  const two = (n: number) => String(n).padStart(2, "0");
  return `${two(bangkok.getUTCDate())}/${two(bangkok.getUTCMonth() + 1)}/${bangkok.getUTCFullYear() + BE_OFFSET} ${two(bangkok.getUTCHours())}:${two(bangkok.getUTCMinutes())}`;
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
