import { ATTACHMENT_FIELDS } from "../evidence/fields";

/**
 * The panel's actions beyond create / update / delete, by name: what `dataProvider.workflow(action, variables)`
 * sends. The buttons name an action; its mutation lives here, in one place.
 */
export const WORKFLOWS = {
  // Nominations: submit, withdraw, return, decide; a reviewer's review.
  submitNomination: `mutation S($id: ID!) { submitNomination(id: $id) { id status } }`,
  withdrawNomination: `mutation W($id: ID!, $reason: String!) { withdrawNomination(id: $id, reason: $reason) { id status } }`,
  returnNomination: `mutation R($id: ID!, $reason: String!) { returnNomination(id: $id, reason: $reason) { id status } }`,
  decideNomination: `mutation D($id: ID!, $decision: Decision!) { decideNomination(id: $id, decision: $decision) { id status } }`,
  decideNominationWithReason: `mutation D($id: ID!, $decision: Decision!, $reason: String) { decideNomination(id: $id, decision: $decision, reason: $reason) { id status } }`,
  submitReview: `mutation Review($input: ReviewInput!) { submitReview(input: $input) { id totalScore } }`,

  // Awards: the amount of each level, and the disbursement ledger (record, approve, mark paid, cancel).
  setAwardAmount: `mutation SetAwardAmount($fiscalYear: Int!, $level: AwardLevel!, $amount: Baht!) {
  setAwardAmount(fiscalYear: $fiscalYear, level: $level, amount: $amount) { fiscalYear level amount } }`,
  recordDisbursement: `mutation R($input: DisbursementInput!) { recordDisbursement(input: $input) { id } }`,
  approveDisbursement: `mutation A($id: ID!) { approveDisbursement(id: $id) { id } }`,
  markDisbursementPaid: `mutation P($id: ID!, $paymentReference: String!) { markDisbursementPaid(id: $id, paymentReference: $paymentReference) { id } }`,
  cancelDisbursement: `mutation C($id: ID!, $reason: String!) { cancelDisbursement(id: $id, reason: $reason) { id status } }`,

  // Events: cancel; register participants and record their attendance.
  cancelEvent: `mutation CancelEvent($id: ID!, $reason: String!) { cancelEvent(id: $id, reason: $reason) { id status } }`,
  registerParticipants: `mutation Register($eventId: ID!, $leaderIds: [ID!]!) { registerParticipants(eventId: $eventId, leaderIds: $leaderIds) { id } }`,
  recordAttendance: `mutation Attend($eventId: ID!, $leaderIds: [ID!]!, $attended: Boolean!) {
  recordAttendance(eventId: $eventId, leaderIds: $leaderIds, attended: $attended) { id attended } }`,

  // Progress reports: submit, accept, return.
  submitProgressReport: `mutation S($id: ID!) { submitProgressReport(id: $id) { id status } }`,
  acceptProgressReport: `mutation A($id: ID!) { acceptProgressReport(id: $id) { id status } }`,
  returnProgressReport: `mutation R($id: ID!, $reason: String!) { returnProgressReport(id: $id, reason: $reason) { id status } }`,

  // Engagement: a sample of a post's counts; the reproducible draw of posts to check.
  recordEngagementSample: `mutation Sample($input: EngagementSampleInput!) { recordEngagementSample(input: $input) { id } }`,
  drawEngagementSample: `mutation D($seed: String!, $size: Int!) { drawEngagementSample(seed: $seed, size: $size) { populationCount drawnAt posts { id url } } }`,

  // Lesson summaries: publish.
  publishLessonSummary: `mutation P($id: ID!) { publishLessonSummary(id: $id) { id status } }`,

  // Evidence: an upload (POST /files) attached to its record, each record type with its own mutation and kinds.
  attachDisbursementFile: `mutation AttachDisbursementFile($disbursementId: ID!, $fileId: ID!, $kind: AttachmentKind!) {
  attachDisbursementFile(disbursementId: $disbursementId, fileId: $fileId, kind: $kind) { ${ATTACHMENT_FIELDS} } }`,
  attachNominationPortfolio: `mutation AttachNominationPortfolio($nominationId: ID!, $fileId: ID!) {
  attachNominationPortfolio(nominationId: $nominationId, fileId: $fileId) { ${ATTACHMENT_FIELDS} } }`,
  attachLessonFile: `mutation AttachLessonFile($lessonId: ID!, $fileId: ID!, $kind: AttachmentKind!) {
  attachLessonFile(lessonId: $lessonId, fileId: $fileId, kind: $kind) { ${ATTACHMENT_FIELDS} } }`,
  attachEventFile: `mutation AttachEventFile($eventId: ID!, $fileId: ID!, $kind: AttachmentKind!) {
  attachEventFile(eventId: $eventId, fileId: $fileId, kind: $kind) { ${ATTACHMENT_FIELDS} } }`,
  attachProgressReportFile: `mutation AttachProgressReportFile($reportId: ID!, $fileId: ID!, $kind: AttachmentKind!) {
  attachProgressReportFile(reportId: $reportId, fileId: $fileId, kind: $kind) { ${ATTACHMENT_FIELDS} } }`,

  // Accounts: deactivate, reactivate, a new password.
  deactivateAccount: `mutation Deactivate($id: ID!) { deactivateAccount(id: $id) { id active } }`,
  reactivateAccount: `mutation Reactivate($id: ID!) { reactivateAccount(id: $id) { id active } }`,
  resetPassword: `mutation ResetPassword($id: ID!, $newPassword: String!) { resetPassword(id: $id, newPassword: $newPassword) { id } }`,

  // Leaders: the CSV import (a dry run first); PDPA (admins): everything held about one leader, erasure on request.
  importLeaders: `mutation I($csv: String, $xlsx: String, $dryRun: Boolean!) { importLeaders(csv: $csv, xlsx: $xlsx, dryRun: $dryRun) {
    dryRun ok rowCount createdCount errorCount errors { row field message messageTh } } }`,
  leaderDataExport: `mutation LeaderDataExport($id: ID!) { leaderDataExport(id: $id) { leaderId generatedAt leader history accessLog activities } }`,
  eraseLeader: `mutation EraseLeader($id: ID!, $reason: String!) { eraseLeader(id: $id, reason: $reason) { id anonymisedAt } }`,

  // Fiscal years (admins): copy a year's set-up forward (a dry run first), its inspection regions, closing it.
  copyFiscalYearSetup: `mutation Copy($fromFiscalYear: Int!, $toFiscalYear: Int!, $dryRun: Boolean!) {
  copyFiscalYearSetup(fromFiscalYear: $fromFiscalYear, toFiscalYear: $toFiscalYear, dryRun: $dryRun) { dryRun items { kind key nameTh } provincesWithoutRegion } }`,
  saveInspectionRegion: `mutation SaveRegion($input: InspectionRegionInput!) { saveInspectionRegion(input: $input) { code } }`,
  retireInspectionRegion: `mutation RetireRegion($fiscalYear: Int!, $code: ID!) { retireInspectionRegion(fiscalYear: $fiscalYear, code: $code) { code } }`,
  closeFiscalYear: `mutation Close($fiscalYear: Int!) { closeFiscalYear(fiscalYear: $fiscalYear) { fiscalYear status } }`,

  // Partner API keys: create with a scope, a purpose and an expiry (the key is shown once), revoke.
  createApiKey: `mutation CreateApiKey($name: String!, $purpose: String!, $scope: PartnerScope, $expiresAt: DateTime) {
  createApiKey(name: $name, purpose: $purpose, scope: $scope, expiresAt: $expiresAt) { id name key scope purpose expiresAt } }`,
  revokeApiKey: `mutation R($id: ID!) { revokeApiKey(id: $id) { id } }`,
} as const;

export type WorkflowAction = keyof typeof WORKFLOWS;
