import { type Transition, type Transitions, nextStatus } from "@change-leaders/common";
import { NominationStatus } from "./nomination.entity";

/** What can happen to a nomination. */
export type NominationAction = "submit" | "startReview" | "return" | "select" | "reject" | "withdraw";

export interface NominationTransition extends Transition<NominationStatus> {
  readonly to: NominationStatus;
  /** Returning, rejecting and withdrawing must say why. */
  readonly reasonRequired: boolean;
}

const { DRAFT, SUBMITTED, UNDER_REVIEW, SELECTED, NOT_SELECTED, WITHDRAWN } = NominationStatus;

/**
 * SPEC section 4 as a table: DRAFT → SUBMITTED → UNDER_REVIEW → SELECTED | NOT_SELECTED, and WITHDRAWN
 * from any state before a decision. The service asks it before every change of status.
 */
export const NOMINATION_TRANSITIONS: Transitions<NominationStatus, NominationAction, NominationTransition> = {
  submit: { from: [DRAFT], to: SUBMITTED, reasonRequired: false },
  startReview: { from: [SUBMITTED], to: UNDER_REVIEW, reasonRequired: false },
  return: { from: [SUBMITTED], to: DRAFT, reasonRequired: true },
  select: { from: [UNDER_REVIEW], to: SELECTED, reasonRequired: false },
  reject: { from: [UNDER_REVIEW], to: NOT_SELECTED, reasonRequired: true },
  withdraw: { from: [DRAFT, SUBMITTED, UNDER_REVIEW], to: WITHDRAWN, reasonRequired: true },
};

/** The status after `action`, or INVALID_TRANSITION when the table does not allow it from `status`. */
export function nextNominationStatus(status: NominationStatus, action: NominationAction): NominationStatus {
  return nextStatus(
    NOMINATION_TRANSITIONS,
    status,
    action,
    (from, refused) => `A ${from} nomination cannot ${refused === "startReview" ? "go under review" : refused}`,
  );
}
