import { DomainError } from "@change-leaders/common";
import { ProgressReportStatus } from "../progress-report.entity";
import { PROGRESS_REPORT_TRANSITIONS, type ProgressReportAction, nextProgressReportStatus } from "../progress-report.transitions";

const { DRAFT, SUBMITTED, ACCEPTED, RETURNED } = ProgressReportStatus;

/** Every status × every action: where it leads, or null when the workflow refuses it. */
const TABLE: [ProgressReportStatus, ProgressReportAction, ProgressReportStatus | null][] = [
  [DRAFT, "EDIT", DRAFT],
  [DRAFT, "SUBMIT", SUBMITTED],
  [DRAFT, "ACCEPT", null],
  [DRAFT, "RETURN", null],
  [SUBMITTED, "EDIT", null],
  [SUBMITTED, "SUBMIT", null],
  [SUBMITTED, "ACCEPT", ACCEPTED],
  [SUBMITTED, "RETURN", RETURNED],
  [ACCEPTED, "EDIT", null],
  [ACCEPTED, "SUBMIT", null],
  [ACCEPTED, "ACCEPT", null],
  [ACCEPTED, "RETURN", null],
  [RETURNED, "EDIT", RETURNED],
  [RETURNED, "SUBMIT", SUBMITTED],
  [RETURNED, "ACCEPT", null],
  [RETURNED, "RETURN", null],
];

describe("the progress report workflow", () => {
  it("covers every status and action", () => {
    expect(TABLE).toHaveLength(Object.values(ProgressReportStatus).length * Object.keys(PROGRESS_REPORT_TRANSITIONS).length);
  });

  it.each(TABLE)("%s + %s → %s", (from, action, to) => {
    if (to === null) {
      expect(() => nextProgressReportStatus(from, action)).toThrow(DomainError);
      try {
        nextProgressReportStatus(from, action);
      } catch (error) {
        expect((error as DomainError).code).toBe("INVALID_TRANSITION");
      }
    } else {
      expect(nextProgressReportStatus(from, action)).toBe(to);
    }
  });

  it("never leaves ACCEPTED: an accepted report is final", () => {
    expect(Object.values(PROGRESS_REPORT_TRANSITIONS).some((rule) => rule.from.includes(ACCEPTED))).toBe(false);
  });
});
