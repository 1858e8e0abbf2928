import { WorkflowButton } from "../workflow/WorkflowButton";

/** Lets a deactivated login in again. */
export const ReactivateAccountButton = () => <WorkflowButton label="cl.account.reactivate" action="reactivateAccount" needsReason={false} />;
