import { WorkflowButton } from "../workflow/WorkflowButton";

/** Sets a new password for a login (its sessions end), asked for in the dialog. */
export const ResetPasswordButton = () => (
  <WorkflowButton
    label="cl.account.resetPassword"
    action="resetPassword"
    needsReason={false}
    prompt={{ variable: "newPassword", label: "cl.account.newPassword", secret: true }}
  />
);
