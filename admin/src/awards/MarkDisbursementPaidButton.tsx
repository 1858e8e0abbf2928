import { DisbursementNoteButton } from "./DisbursementNoteButton";

/** Marks an approved disbursement paid, with the payment's reference asked in a dialog. */
export const MarkDisbursementPaidButton = ({ id, onDone }: { id: string; onDone: () => void }) => (
  <DisbursementNoteButton id={id} step="markDisbursementPaid" onDone={onDone} />
);
