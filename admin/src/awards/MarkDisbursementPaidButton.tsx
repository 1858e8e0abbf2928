import { DisbursementStepButton } from "./DisbursementStepButton";

/** Marks an approved disbursement paid (confirmed first). */
export const MarkDisbursementPaidButton = ({ id, onDone }: { id: string; onDone: () => void }) => (
  <DisbursementStepButton id={id} step="markDisbursementPaid" onDone={onDone} />
);
