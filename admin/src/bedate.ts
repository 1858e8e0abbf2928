/** Dates typed the Thai way: day/month/Buddhist-Era year ("15/03/2507") ⇄ ISO ("1964-03-15"). */
const BE_OFFSET = 543;

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
