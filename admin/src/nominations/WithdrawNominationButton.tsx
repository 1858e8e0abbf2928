import { WorkflowButton } from "../workflow/WorkflowButton";

/** Withdraws a draft or open nomination, with a reason. */
export const WithdrawNominationButton = () => <WorkflowButton label="cl.workflow.withdraw" action="withdrawNomination" needsReason />;
