/**
 * A list's export in people's words: Thai (or English) headers from the resources' translations, enum codes as their
 * labels, dates in the Buddhist Era (Bangkok time), places by name. The official codes a partner system joins on
 * (tambon, district and province codes: the Department of Provincial Administration's) stay, each beside its name;
 * a record's own id stays as its reference. Amounts stay the API's decimal strings, so that a sheet sums them.
 */
import type { ExportTable } from "../csv";

type Words = readonly [th: string, en: string];
export type Translate = (key: string, options?: { _?: string; smart_count?: number }) => string;

/** A tambon as the export names it, with its district (its province comes from the provinces' table). */
export interface TambonNames {
  code: string;
  nameTh: string;
  nameEn: string;
  district?: { nameTh: string; nameEn: string } | null;
}

export interface ExportContext {
  resource: string;
  locale: string;
  translate: Translate;
  provinces: Map<string, { nameTh: string; nameEn: string }>;
  tambons: Map<string, TambonNames>;
  date: (value: string, locale: string, withTime?: boolean) => string;
}

/** Code columns kept for partner systems, each followed by a column of its name. */
const PLACE_CODES: Record<string, { code: Words; name: Words }> = {
  tambonCode: { code: ["รหัสตำบล", "Tambon code"], name: ["ตำบล", "Tambon"] },
  districtCode: { code: ["รหัสอำเภอ", "District code"], name: ["อำเภอ", "District"] },
  provinceCode: { code: ["รหัสจังหวัด", "Province code"], name: ["จังหวัด", "Province"] },
  organiserProvinceCode: { code: ["รหัสจังหวัดที่จัด", "Organising province code"], name: ["จังหวัดที่จัด", "Organising province"] },
};

/** Linked records' ids, which an export leaves out: the row names the same place and year in words already. */
const LINKED_IDS = new Set(["awardId", "eventId", "nominationId", "leaderId"]);

/** Each resource's status codes (`enums.<group>`), and the enum groups of the other fields. */
const STATUS_GROUP: Record<string, string> = {
  leaders: "status",
  nominations: "nomination",
  events: "eventStatus",
  progressReports: "report",
  lessonSummaries: "lesson",
};
const ENUM_GROUP: Record<string, string> = {
  kind: "eventKind",
  mode: "eventMode",
  level: "level",
  round: "round",
  gender: "gender",
  role: "role",
  channel: "channel",
};
const DATE_TIME = new Set(["startsAt", "endsAt", "postedAt", "publishedAt", "submittedAt", "decidedAt"]);
const DATE_ONLY = new Set(["createdAt", "periodStart", "periodEnd", "plaqueAwardedAt", "birthDate"]);

/** Headers the resources' translations do not have, or say differently in a sheet. */
const HEADERS: Record<string, Words> = {
  id: ["รหัสอ้างอิงในระบบ", "Reference in the system"],
  amount: ["จำนวนเงิน (บาท)", "Amount (baht)"],
  disbursedTotal: ["เบิกจ่ายแล้ว (บาท)", "Disbursed (baht)"],
  remaining: ["คงเหลือ (บาท)", "Remaining (baht)"],
  reviewCount: ["จำนวนผลประเมิน", "Reviews"],
};

const pick = ([th, en]: Words, locale: string) => (locale === "en" ? en : th);

/** A field's header: the export's own words, else the resource's translation, else the field's name in words. */
function header(field: string, { resource, locale, translate }: ExportContext): string {
  if (HEADERS[field]) return pick(HEADERS[field], locale);
  return translate(`resources.${resource}.fields.${field}`, { _: translate(`cl.exportField.${field}`, { _: field }) });
}

/** The name of a place code in the panel's language (empty when it is not known). */
function placeName(field: string, code: unknown, row: Record<string, unknown>, context: ExportContext): string {
  if (typeof code !== "string" || !code) return "";
  const name = (place?: { nameTh: string; nameEn: string } | null) => (place ? (context.locale === "en" ? place.nameEn : place.nameTh) : "");
  if (field === "tambonCode") return name((row.tambon as TambonNames | undefined) ?? context.tambons.get(code));
  if (field === "districtCode") return name(context.tambons.get(String(row.tambonCode ?? ""))?.district);
  return name(context.provinces.get(code));
}

/** One cell as people read it. */
function cell(field: string, value: unknown, context: ExportContext): unknown {
  const { locale, translate, resource } = context;
  if (value === null || value === undefined || value === "") return "";
  if (typeof value === "boolean") return value ? pick(["ใช่", "Yes"], locale) : pick(["ไม่ใช่", "No"], locale);
  if (Array.isArray(value)) return value.map((item) => (typeof item === "object" ? JSON.stringify(item) : String(item))).join(" ");
  const group = field === "status" ? STATUS_GROUP[resource] : ENUM_GROUP[field];
  if (group) return translate(`enums.${group}.${String(value)}`, { _: pick(["อื่น ๆ", "Other"], locale) });
  if (typeof value === "string" && DATE_TIME.has(field)) return context.date(value, locale, true);
  if (typeof value === "string" && DATE_ONLY.has(field)) return context.date(value, locale);
  return value;
}

/** The header and cells of an export of `fields` (the API's names), in the panel's language. */
export function wordsTable(fields: string[], rows: Record<string, unknown>[], context: ExportContext): ExportTable {
  const columns = fields.filter((field) => !LINKED_IDS.has(field));
  const head: string[] = [];
  for (const field of columns) {
    const place = PLACE_CODES[field];
    if (place) head.push(pick(place.code, context.locale), pick(place.name, context.locale));
    else head.push(header(field, context));
  }
  const cells = rows.map((row) =>
    columns.flatMap((field) =>
      PLACE_CODES[field] ? [row[field] ?? "", placeName(field, row[field], row, context)] : [cell(field, row[field], context)],
    ),
  );
  return { header: head, cells };
}

/** The tambon codes an export names (its rows' own and those whose district it names), to be read before. */
export function tambonCodesOf(fields: string[], rows: Record<string, unknown>[]): string[] {
  if (!fields.includes("tambonCode")) return [];
  const needDistrict = fields.includes("districtCode");
  return [
    ...new Set(
      rows
        .filter((row) => needDistrict || !row.tambon)
        .map((row) => String(row.tambonCode ?? ""))
        .filter(Boolean),
    ),
  ];
}
