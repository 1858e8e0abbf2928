/** What the panel reads and writes of each resource: the public names of SPEC section 6 and their fields. */
export interface ResourceApi {
  list: string;
  one: string;
  fields: string;
  /** What lists and pickers read, when less than a record's page (no personal data in lists: reading it is logged). */
  listFields?: string;
  filterKeys: string[];
  sortable?: boolean;
  /** The argument that names one record (`code` for tambons); react-admin's `id` is set from the same field. */
  key?: string;
  /**
   * The most rows one list request reads, when fewer than the API's 500: the gateway's cost limit
   * counts each row's own lists (a progress report's up to 50 indicators).
   */
  maxPage?: number;
  /** The list's filter input type when it is not `<One>Filter`. */
  filterType?: string;
  create?: string;
  update?: string;
  delete?: string;
  /** The input's fields on create and on update (update sends only those that changed). */
  createKeys?: string[];
  updateKeys?: string[];
  /** A record as the forms edit it (e.g. target tambons as codes), and the form's values as the API takes them. */
  toRecord?: (record: Record<string, unknown>) => Record<string, unknown>;
  toInput?: (data: Record<string, unknown>) => Record<string, unknown>;
  /** The list's filter values as the API's filter (e.g. a BE date picked as the instants of that Bangkok day). */
  toFilter?: (filter: Record<string, unknown>) => Record<string, unknown>;
}

const TAMBON = `tambon { code nameTh nameEn }`;
/** `birthYear` (BE) is not personal data in full: its read is not logged, so lists may show it. */
const LEADER_LIST_FIELDS = `id title firstName lastName gender communityRole tambonCode districtCode provinceCode villageNo cohortYear status version
  birthYear createdAt updatedAt ${TAMBON}`;
const LEADER_FIELDS = `${LEADER_LIST_FIELDS} nationalId phone birthDate anonymisedAt`;
const AWARD_FIELDS = `id provinceCode fiscalYear level rank amount disbursedTotal recordedTotal approvedTotal paidTotal remaining plaqueAwardedAt nominationId createdAt version ${TAMBON}`;
const EVENT_LIST_FIELDS = `id kind title startsAt endsAt mode venue meetingUrl fiscalYear organiserProvinceCode targetLeadersPerTambon status cancelReason
  createdAt version attendance { registered attended target }`;
/** An event's own page adds its target tambons (up to 2,000) and joined provinces: too many for lists (the cost limit counts them). */
const EVENT_FIELDS = `${EVENT_LIST_FIELDS} tambons { code nameTh nameEn } joinedProvinces { code }`;
const REPORT_FIELDS = `id tambonCode provinceCode eventId fiscalYear periodStart periodEnd narrative evidenceLinks status returnReason submittedAt decidedAt
  createdAt version indicators { indicatorCode quantity amount } ${TAMBON}`;
const POST_FIELDS = `id channel url title tambonCode provinceCode eventId postedAt createdAt ${TAMBON} leader { id firstName lastName }
  latestSample { likes follows shares sampledAt }`;
const LESSON_FIELDS = `id provinceCode fiscalYear awardId title successFactors challenges lessons recommendations status publishedAt createdAt version
  ${TAMBON}`;
const NOMINATION_FIELDS = `id provinceCode fiscalYear round status summary statusReason decidedAt createdAt version reviewCount averageScore rank
  ${TAMBON} reviews { id reviewerId reviewerName reviewerRole recommendation totalScore submittedAt comment }`;
const ACCOUNT_FIELDS = `id username displayName role provinceCode regionCode active createdAt`;
const ACCESS_LOG_FIELDS = `id actorId actorName actorRole requestId leaderId fields operation purpose at`;
const TAMBON_FIELDS = `code nameTh nameEn districtCode provinceCode district { nameTh nameEn } province { nameTh nameEn }`;

const LEADER_KEYS = [
  "title",
  "firstName",
  "lastName",
  "gender",
  "birthDate",
  "nationalId",
  "phone",
  "communityRole",
  "tambonCode",
  "villageNo",
  "cohortYear",
  "status",
];
const EVENT_UPDATE_KEYS = [
  "title",
  "startsAt",
  "endsAt",
  "mode",
  "venue",
  "meetingUrl",
  "fiscalYear",
  "tambonCodes",
  "targetLeadersPerTambon",
  "joinedProvinceCodes",
];
const REPORT_UPDATE_KEYS = ["periodStart", "periodEnd", "narrative", "indicators", "evidenceLinks"];
const LESSON_UPDATE_KEYS = ["title", "successFactors", "challenges", "lessons", "recommendations"];

interface IndicatorValue {
  indicatorCode: string;
  quantity?: number | null;
  amount?: string | null;
}

/** A report's indicators as form values (`indicatorCounts.<code>`, `indicatorAmounts.<code>`), its evidence links one per line. */
function reportToRecord(record: Record<string, unknown>) {
  const values = (record.indicators ?? []) as IndicatorValue[];
  return {
    ...record,
    indicatorCounts: Object.fromEntries(values.filter((v) => v.quantity != null).map((v) => [v.indicatorCode, v.quantity])),
    indicatorAmounts: Object.fromEntries(values.filter((v) => v.amount != null).map((v) => [v.indicatorCode, v.amount])),
    evidenceText: ((record.evidenceLinks ?? []) as string[]).join("\n"),
  };
}

const filled = (values: unknown) =>
  Object.entries((values ?? {}) as Record<string, unknown>).filter(([, value]) => value !== null && value !== undefined && value !== "");

/** The form's values back as the API's: `indicators` (quantity for counts, amount for money) and `evidenceLinks`. */
function reportToInput(data: Record<string, unknown>) {
  const indicators = [
    ...filled(data.indicatorCounts).map(([indicatorCode, value]) => ({ indicatorCode, quantity: Number(value) })),
    // Money stays the baht string typed (the API's Baht scalar checks it): never a float.
    ...filled(data.indicatorAmounts).map(([indicatorCode, value]) => ({ indicatorCode, amount: String(value).trim() })),
  ].sort((a, b) => a.indicatorCode.localeCompare(b.indicatorCode));
  const evidenceLinks = String(data.evidenceText ?? "")
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);
  return { ...data, indicators, evidenceLinks };
}

/** The start of a Bangkok calendar day (an ISO date), `days` later, as the instant the API compares with. */
function bangkokDayStart(isoDate: unknown, days = 0): string | undefined {
  if (typeof isoDate !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(isoDate)) return undefined;
  const day = new Date(`${isoDate}T00:00:00+07:00`);
  day.setUTCDate(day.getUTCDate() + days);
  return day.toISOString();
}

/** Access-log dates picked as Bangkok days, both ends included: from the start of `from` to the end of `to`. */
function accessLogFilter(filter: Record<string, unknown>) {
  return { ...filter, from: bangkokDayStart(filter.from), to: bangkokDayStart(filter.to, 1) };
}

export const RESOURCES: Record<string, ResourceApi> = {
  leaders: {
    list: "leaders",
    one: "leader",
    fields: LEADER_FIELDS,
    listFields: LEADER_LIST_FIELDS,
    filterKeys: ["provinceCode", "districtCode", "tambonCode", "tambonCodes", "cohortYear", "status", "search"],
    sortable: true,
    create: "createLeader",
    update: "updateLeader",
    delete: "deleteLeader",
    createKeys: LEADER_KEYS,
    updateKeys: LEADER_KEYS,
  },
  awards: { list: "awards", one: "award", fields: AWARD_FIELDS, filterKeys: ["fiscalYear", "provinceCode", "tambonCode", "level"] },
  nominations: {
    list: "nominations",
    one: "nomination",
    fields: NOMINATION_FIELDS,
    filterKeys: ["fiscalYear", "round", "status", "provinceCode", "tambonCode"],
    create: "createNomination",
    createKeys: ["tambonCode", "fiscalYear", "round", "summary"],
  },
  events: {
    list: "events",
    one: "event",
    fields: EVENT_FIELDS,
    listFields: EVENT_LIST_FIELDS,
    filterKeys: ["kind", "fiscalYear", "provinceCode", "tambonCode"],
    create: "createEvent",
    update: "updateEvent",
    createKeys: ["kind", "organiserProvinceCode", ...EVENT_UPDATE_KEYS],
    updateKeys: EVENT_UPDATE_KEYS,
    toRecord: (record) => ({
      ...record,
      tambonCodes: ((record.tambons ?? []) as { code: string }[]).map((t) => t.code),
      joinedProvinceCodes: ((record.joinedProvinces ?? []) as { code: string }[]).map((p) => p.code),
    }),
  },
  progressReports: {
    list: "progressReports",
    one: "progressReport",
    fields: REPORT_FIELDS,
    maxPage: 100,
    filterKeys: ["provinceCode", "tambonCode", "fiscalYear", "status", "eventId"],
    create: "createProgressReport",
    update: "updateProgressReport",
    createKeys: ["tambonCode", "eventId", ...REPORT_UPDATE_KEYS],
    updateKeys: REPORT_UPDATE_KEYS,
    toRecord: reportToRecord,
    toInput: reportToInput,
  },
  engagementPosts: {
    list: "engagementPosts",
    one: "engagementPost",
    fields: POST_FIELDS,
    filterKeys: ["provinceCode", "tambonCode", "channel", "leaderId", "eventId"],
    create: "createEngagementPost",
    createKeys: ["channel", "url", "title", "tambonCode", "leaderId", "eventId", "postedAt"],
  },
  lessonSummaries: {
    list: "lessonSummaries",
    one: "lessonSummary",
    fields: LESSON_FIELDS,
    filterKeys: ["fiscalYear", "provinceCode", "tambonCode", "status"],
    filterType: "LessonFilter",
    create: "createLessonSummary",
    update: "updateLessonSummary",
    createKeys: ["awardId", ...LESSON_UPDATE_KEYS],
    updateKeys: LESSON_UPDATE_KEYS,
  },
  accounts: {
    list: "accounts",
    one: "account",
    fields: ACCOUNT_FIELDS,
    filterKeys: ["role", "provinceCode", "active", "search"],
    create: "createAccount",
    createKeys: ["username", "password", "displayName", "role", "provinceCode", "regionCode", "fiscalYear"],
  },
  /** Admins: who read which leader's personal data, latest first (read only; the API orders it). */
  accessLogEntries: {
    list: "accessLogEntries",
    one: "accessLogEntry",
    fields: ACCESS_LOG_FIELDS,
    filterKeys: ["actorId", "leaderId", "from", "to"],
    filterType: "AccessLogFilter",
    toFilter: accessLogFilter,
  },
  /** For pickers only (autocomplete by name). */
  tambons: { list: "tambons", one: "tambon", key: "code", fields: TAMBON_FIELDS, filterKeys: ["provinceCode", "districtCode", "search"] },
};
