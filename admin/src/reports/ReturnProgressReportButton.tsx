import { WorkflowButton } from "../workflow/WorkflowButton";

/** Returns a submitted report to its province, with a reason (admins). */
export const ReturnProgressReportButton = () => <WorkflowButton label="cl.workflow.return" action="returnProgressReport" needsReason />;
