import { WorkflowButton } from "../workflow/WorkflowButton";

/** Decides a reviewed nomination: not selected, with a reason (admins). */
export const NotSelectNominationButton = () => (
  <WorkflowButton label="cl.workflow.notSelect" action="decideNominationWithReason" needsReason extra={{ decision: "NOT_SELECTED" }} />
);
