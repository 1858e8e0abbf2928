import { type Transitions, nextStatus } from "@change-leaders/common";
import { ProgressReportStatus as S } from "./progress-report.entity";

/** What can be done to a progress report. `EDIT` keeps its status; the others move it. */
export type ProgressReportAction = "EDIT" | "SUBMIT" | "ACCEPT" | "RETURN";

/**
 * The progress report workflow as data (common's `Transitions`): for each action, the statuses it may
 * start from and the status it leads to. The service asks this table before every change; nothing else decides.
 */
export const PROGRESS_REPORT_TRANSITIONS: Transitions<S, ProgressReportAction> = {
  EDIT: { from: [S.DRAFT, S.RETURNED], to: null },
  SUBMIT: { from: [S.DRAFT, S.RETURNED], to: S.SUBMITTED },
  ACCEPT: { from: [S.SUBMITTED], to: S.ACCEPTED },
  RETURN: { from: [S.SUBMITTED], to: S.RETURNED },
};

/** The status a report in `from` has after `action`; INVALID_TRANSITION when the table does not allow it. */
export function nextProgressReportStatus(from: S, action: ProgressReportAction): S {
  return nextStatus(PROGRESS_REPORT_TRANSITIONS, from, action, (status, refused) => `A ${status} report cannot take ${refused}`);
}
