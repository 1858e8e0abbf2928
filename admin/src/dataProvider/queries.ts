import { ATTACHMENT_FIELDS } from "../evidence/fields";
import { REGISTERED } from "../events/queries";

/**
 * The panel's reads beyond the resources' lists and records, by name: what `dataProvider.query(name, variables)`
 * sends (lookups, a record's ledger, samples, history and access log, the dashboard).
 */
export const QUERIES = {
  // Lookups, read once per page load or per form.
  provinces: `{ provinces { code nameTh nameEn } }`,
  progressIndicators: `{ progressIndicators { code nameTh nameEn unitTh unitEn kind } }`,
  inspectionRegions: `query R($y: Int!) { inspectionRegions(fiscalYear: $y) { code nameTh } }`,
  awardAmounts: `{ awardAmounts { fiscalYear level amount } }`,
  apiKeys: `{ apiKeys { id name prefix scope purpose expiresAt createdAt createdBy revokedAt } }`,

  // What a record's page shows beside the record.
  // A page of the ledger with each entry's evidence (read page by page: LEDGER_PAGE rows, each with up to 100 files in
  // the gateway's cost estimate, stays under its cost limit).
  awardLedger: `query Ledger($id: ID!, $page: PageInput) { award(id: $id) { id disbursements(page: $page) { totalCount
  nodes { id amount purpose reference status cancelReason createdAt recordedBy attachments { ${ATTACHMENT_FIELDS} } } } } }`,
  engagementSamples: `query Samples($id: ID!) { engagementPost(id: $id) { id samples(page: { limit: 100 }) {
  nodes { id likes follows shares sampledAt sampledBy } } } }`,
  eventRegistrations: REGISTERED,
  nominationPortfolio: `query NominationPortfolio($id: ID!) { nomination(id: $id) { id portfolio { ${ATTACHMENT_FIELDS} } } }`,
  lessonAttachments: `query LessonAttachments($id: ID!) { lessonSummary(id: $id) { id attachments { ${ATTACHMENT_FIELDS} } } }`,
  eventAttachments: `query EventAttachments($id: ID!) { event(id: $id) { id attachments { ${ATTACHMENT_FIELDS} } } }`,
  progressReportAttachments: `query ProgressReportAttachments($id: ID!) { progressReport(id: $id) { id attachments { ${ATTACHMENT_FIELDS} } } }`,
  nominationRubric: `query Rubric($id: ID!) { nomination(id: $id) { id rubric { criteria { code nameTh nameEn weight maxScore } } } }`,
  accessLog: `query AccessLog($leaderId: ID!) { accessLog(leaderId: $leaderId, limit: 100) { id actorName actorRole fields at } }`,

  // A record's audited changes, by the subgraph that keeps them.
  // One shape from each subgraph (common's readHistory): a page, named `history` here.
  peopleHistory: `query PeopleHistory($entity: String!, $id: ID!) {
    history: peopleHistory(entityName: $entity, entityId: $id, page: { limit: 500 }) { nodes { id action actorName at before after } } }`,
  activityHistory: `query ActivityHistory($entity: String!, $id: ID!) {
    history: activityHistory(entityName: $entity, entityId: $id, page: { limit: 500 }) { nodes { id action actorName at before after } } }`,
  evaluationHistory: `query EvaluationHistory($entity: String!, $id: ID!) {
    history: evaluationHistory(entityName: $entity, entityId: $id, page: { limit: 500 }) { nodes { id action actorName at before after } } }`,

  // Fiscal years (admins): whether each is closed, its inspection regions, the provinces left without one.
  fiscalYears: `{ fiscalYears(page: { limit: 100 }) { nodes { fiscalYear status closedAt } } }`,
  yearRegions: `query YearRegions($fiscalYear: Int!) {
  inspectionRegions(fiscalYear: $fiscalYear) { code nameTh nameEn provinceCodes inspectors { id title firstName lastName } }
  provincesWithoutInspectionRegion(fiscalYear: $fiscalYear) { code nameTh nameEn } }`,

  // The dashboard.
  budgetSummary: `query Summary($fiscalYear: Int!) {
  budgetSummary(fiscalYear: $fiscalYear) { awardCount awardedTotal disbursedTotal remainingTotal
    byProvince { provinceCode awardCount awardedTotal disbursedTotal remainingTotal }
    byAward { id level amount disbursedTotal remaining tambon { nameTh nameEn } } }
  provinces { code nameTh nameEn } }`,
  nominationsWaiting: `query Waiting($status: NominationStatus!) {
  nominations(filter: { status: $status }, page: { limit: 500 }) { nodes { id status round reviewCount tambon { nameTh nameEn } } } }`,
} as const;

export type QueryName = keyof typeof QUERIES;

/** The ledger's rows per read (`awardLedger`). */
export const LEDGER_PAGE = 50;
