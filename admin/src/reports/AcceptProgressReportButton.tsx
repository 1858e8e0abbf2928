import { WorkflowButton } from "../workflow/WorkflowButton";

/** Accepts a submitted report (admins). */
export const AcceptProgressReportButton = () => <WorkflowButton label="cl.workflow.accept" action="acceptProgressReport" needsReason={false} />;
