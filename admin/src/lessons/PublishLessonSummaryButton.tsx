import { WorkflowButton } from "../workflow/WorkflowButton";

/** Publishes a draft summary. */
export const PublishLessonSummaryButton = () => <WorkflowButton label="cl.workflow.publish" action="publishLessonSummary" needsReason={false} />;
