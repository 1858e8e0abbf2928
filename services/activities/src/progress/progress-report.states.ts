import { DomainError } from "@change-leaders/common";
import { ProgressReportStatus as S } from "./progress-report.entity";

/** What can be done to a progress report. `EDIT` keeps its status; the others move it. */
export type ProgressReportAction = "EDIT" | "SUBMIT" | "ACCEPT" | "RETURN";

/**
 * The progress report workflow as data: for each action, the statuses it may start from and the status
 * it leads to. The service asks this table before every change; nothing else decides.
 */
export const PROGRESS_REPORT_TRANSITIONS: Readonly<Record<ProgressReportAction, { from: readonly S[]; to: S | null }>> = {
  EDIT: { from: [S.DRAFT, S.RETURNED], to: null },
  SUBMIT: { from: [S.DRAFT, S.RETURNED], to: S.SUBMITTED },
  ACCEPT: { from: [S.SUBMITTED], to: S.ACCEPTED },
  RETURN: { from: [S.SUBMITTED], to: S.RETURNED },
};

/** The status a report in `from` has after `action`; INVALID_TRANSITION when the table does not allow it. */
export function nextStatus(from: S, action: ProgressReportAction): S {
  const rule = PROGRESS_REPORT_TRANSITIONS[action];
  if (!rule.from.includes(from)) {
    throw new DomainError("INVALID_TRANSITION", `A ${from} report cannot take ${action}`, { status: from, action, allowedFrom: [...rule.from] });
  }
  return rule.to ?? from;
}
