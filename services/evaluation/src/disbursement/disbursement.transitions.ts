import { DomainError } from "@change-leaders/common";
import { DisbursementStatus } from "./disbursement.entity";

export type DisbursementAction = "approve" | "pay" | "cancel";

const { RECORDED, APPROVED, PAID, CANCELLED } = DisbursementStatus;

/** RECORDED → APPROVED → PAID; CANCELLED before it is paid (the money goes back to the award). */
export const DISBURSEMENT_TRANSITIONS: Readonly<Record<DisbursementAction, { from: readonly DisbursementStatus[]; to: DisbursementStatus }>> = {
  approve: { from: [RECORDED], to: APPROVED },
  pay: { from: [APPROVED], to: PAID },
  cancel: { from: [RECORDED, APPROVED], to: CANCELLED },
};

export function invalidDisbursementTransition(status: DisbursementStatus, action: DisbursementAction): DomainError {
  return new DomainError("INVALID_TRANSITION", `A ${status} disbursement cannot be ${action === "pay" ? "paid" : `${action}d`}`, {
    from: status,
    action,
  });
}
