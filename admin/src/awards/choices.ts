import type { Attachment } from "../evidence/attachment";

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
  /** The account that recorded it: it may not approve it. */
  recordedBy: string | null;
  /** Its receipts and other evidence, oldest first (a RECEIPT is required before it is marked paid). */
  attachments: Attachment[];
}

/** What the record-a-disbursement form holds. */
export type DisbursementValues = { amount: string; purpose: string; reference: string };
