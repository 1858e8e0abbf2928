import { DomainError } from "@change-leaders/common";
import { NominationStatus } from "./nomination.entity";

/** What can happen to a nomination. */
export type NominationAction = "submit" | "startReview" | "return" | "select" | "reject" | "withdraw";

export interface NominationTransition {
  from: readonly NominationStatus[];
  to: NominationStatus;
  /** Returning, rejecting and withdrawing must say why. */
  reasonRequired: boolean;
}

const { DRAFT, SUBMITTED, UNDER_REVIEW, SELECTED, NOT_SELECTED, WITHDRAWN } = NominationStatus;

/**
 * SPEC section 4 as a table: DRAFT → SUBMITTED → UNDER_REVIEW → SELECTED | NOT_SELECTED, and WITHDRAWN
 * from any state before a decision. The service asks it before every change of status.
 */
export const NOMINATION_TRANSITIONS: Readonly<Record<NominationAction, NominationTransition>> = {
  submit: { from: [DRAFT], to: SUBMITTED, reasonRequired: false },
  startReview: { from: [SUBMITTED], to: UNDER_REVIEW, reasonRequired: false },
  return: { from: [SUBMITTED], to: DRAFT, reasonRequired: true },
  select: { from: [UNDER_REVIEW], to: SELECTED, reasonRequired: false },
  reject: { from: [UNDER_REVIEW], to: NOT_SELECTED, reasonRequired: true },
  withdraw: { from: [DRAFT, SUBMITTED, UNDER_REVIEW], to: WITHDRAWN, reasonRequired: true },
};

/** The status after `action`, or INVALID_TRANSITION when the table does not allow it from `status`. */
export function nextNominationStatus(status: NominationStatus, action: NominationAction): NominationStatus {
  const transition = NOMINATION_TRANSITIONS[action];
  if (!transition.from.includes(status)) {
    throw new DomainError("INVALID_TRANSITION", `A ${status} nomination cannot ${action === "startReview" ? "go under review" : action}`, {
      from: status,
      action,
    });
  }
  return transition.to;
}
