import { WorkflowButton } from "../workflow/WorkflowButton";

/** Deactivates a login (its tokens stop at once). */
export const DeactivateAccountButton = () => <WorkflowButton label="cl.account.deactivate" action="deactivateAccount" needsReason={false} />;
