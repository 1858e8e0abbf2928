import type { Disbursement } from "./choices";
import { DisbursementStepButton } from "./DisbursementStepButton";

/** Approves a recorded disbursement, confirmed first in a dialog naming its amount and tambon. */
export const ApproveDisbursementButton = ({ row, tambon, onDone }: { row: Disbursement; tambon: string; onDone: () => void }) => (
  <DisbursementStepButton row={row} tambon={tambon} step="approveDisbursement" onDone={onDone} />
);
