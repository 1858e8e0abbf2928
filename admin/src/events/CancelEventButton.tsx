import { WorkflowButton } from "../workflow/WorkflowButton";

/** Cancels a scheduled event, with a reason. */
export const CancelEventButton = () => <WorkflowButton label="cl.event.cancel" action="cancelEvent" needsReason />;
