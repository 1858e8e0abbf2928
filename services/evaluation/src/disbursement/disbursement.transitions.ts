import { type Transitions, nextStatus } from "@change-leaders/common";
import { DisbursementStatus } from "./disbursement.entity";

export type DisbursementAction = "approve" | "pay" | "cancel";

const { RECORDED, APPROVED, PAID, CANCELLED } = DisbursementStatus;

/** RECORDED → APPROVED → PAID; CANCELLED before it is paid (the money goes back to the award). */
export const DISBURSEMENT_TRANSITIONS: Transitions<DisbursementStatus, DisbursementAction> = {
  approve: { from: [RECORDED], to: APPROVED },
  pay: { from: [APPROVED], to: PAID },
  cancel: { from: [RECORDED, APPROVED], to: CANCELLED },
};

/** The status a disbursement in `from` has after `action`; INVALID_TRANSITION when the table does not allow it. */
export function nextDisbursementStatus(from: DisbursementStatus, action: DisbursementAction): DisbursementStatus {
  return nextStatus(
    DISBURSEMENT_TRANSITIONS,
    from,
    action,
    (status, refused) => `A ${status} disbursement cannot be ${refused === "pay" ? "paid" : `${refused}d`}`,
  );
}
