import { Button as MuiButton, Dialog, DialogActions, DialogContent, DialogTitle, TextField as MuiTextField } from "@mui/material";
import { useState } from "react";
import { useNotify, useRecordContext, useRefresh, useTranslate } from "react-admin";
import { ApiError, gql } from "./graphql";
import { fieldMessage } from "./i18n";

/** A workflow action (submit, withdraw, return, decide) as a button with a confirmation and, where required, a reason. */
export function WorkflowButton({
  label,
  mutation,
  needsReason,
  extra = {},
}: {
  label: string;
  mutation: string;
  needsReason: boolean;
  extra?: Record<string, unknown>;
}) {
  const record = useRecordContext();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const run = async () => {
    try {
      await gql(mutation, { id: record?.id, ...(needsReason ? { reason } : {}), ...extra });
      setOpen(false);
      notify("cl.workflow.done", { type: "success" });
      refresh();
    } catch (error) {
      notify(error instanceof ApiError ? fieldMessage(error.errors[0]) : String(error), { type: "error" });
    }
  };
  return (
    <>
      <MuiButton variant="outlined" onClick={() => setOpen(true)}>
        {translate(label)}
      </MuiButton>
      <Dialog open={open} onClose={() => setOpen(false)}>
        <DialogTitle>
          {translate(label)} — {translate("cl.workflow.confirm")}
        </DialogTitle>
        <DialogContent>
          {needsReason && (
            <MuiTextField
              autoFocus
              fullWidth
              sx={{ mt: 1 }}
              label={translate("cl.disbursement.reason")}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
            />
          )}
        </DialogContent>
        <DialogActions>
          <MuiButton onClick={() => setOpen(false)}>{translate("ra.action.close")}</MuiButton>
          <MuiButton variant="contained" disabled={needsReason && !reason.trim()} onClick={run}>
            {translate("ra.action.confirm")}
          </MuiButton>
        </DialogActions>
      </Dialog>
    </>
  );
}
