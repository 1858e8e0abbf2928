export const AWARD_LEVELS = ["OUTSTANDING", "EXCELLENT"];

/** One entry of an award's disbursement ledger. */
export interface Disbursement {
  id: string;
  amount: string;
  purpose: string;
  reference: string;
  status: string;
  cancelReason: string | null;
  createdAt: string;
}

/** What the record-a-disbursement form holds. */
export type DisbursementValues = { amount: string; purpose: string; reference: string };
