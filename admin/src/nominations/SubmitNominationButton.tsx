import { WorkflowButton } from "../workflow/WorkflowButton";

/** Submits a draft nomination for review. */
export const SubmitNominationButton = () => <WorkflowButton label="cl.workflow.submit" action="submitNomination" needsReason={false} />;
