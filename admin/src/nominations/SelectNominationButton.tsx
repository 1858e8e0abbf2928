import { WorkflowButton } from "../workflow/WorkflowButton";

/** Decides a reviewed nomination: selected (admins). */
export const SelectNominationButton = () => (
  <WorkflowButton label="cl.workflow.select" action="decideNomination" needsReason={false} extra={{ decision: "SELECTED" }} />
);
