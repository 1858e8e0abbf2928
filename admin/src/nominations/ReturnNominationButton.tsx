import { WorkflowButton } from "../workflow/WorkflowButton";

/** Returns an open nomination to its province, with a reason (admins). */
export const ReturnNominationButton = () => <WorkflowButton label="cl.workflow.return" action="returnNomination" needsReason />;
