import { DisbursementStepButton } from "./DisbursementStepButton";

/** Approves a recorded disbursement (confirmed first). */
export const ApproveDisbursementButton = ({ id, onDone }: { id: string; onDone: () => void }) => (
  <DisbursementStepButton id={id} step="approveDisbursement" onDone={onDone} />
);
