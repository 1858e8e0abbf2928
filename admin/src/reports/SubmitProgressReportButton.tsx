import { WorkflowButton } from "../workflow/WorkflowButton";

/** Submits a draft or returned report. */
export const SubmitProgressReportButton = () => <WorkflowButton label="cl.workflow.submit" action="submitProgressReport" needsReason={false} />;
