import { Button as MuiButton, Dialog, DialogActions, DialogContent, DialogTitle, TextField as MuiTextField } from "@mui/material";
import { useState } from "react";
import { useNotify, useRecordContext, useRefresh, useTranslate } from "react-admin";
import { type WorkflowAction, usePanelDataProvider } from "../dataProvider";
import { apiErrorMessage } from "../i18n";

/** What a workflow action asks for before it runs: a reason, or a secret such as a new password. */
export interface WorkflowPrompt {
  /** The mutation's variable the value is sent as. */
  variable: string;
  /** The translation key of the field's label. */
  label: string;
  secret?: boolean;
}

const REASON: WorkflowPrompt = { variable: "reason", label: "cl.disbursement.reason" };

/**
 * A workflow action (submit, withdraw, return, decide, deactivate) on the current record as a button with a
 * confirmation and, where required, a reason or another value (`prompt`); it runs through `dataProvider.workflow`.
 */
export function WorkflowButton({
  label,
  action,
  needsReason,
  prompt = needsReason ? REASON : undefined,
  extra = {},
}: {
  label: string;
  action: WorkflowAction;
  needsReason: boolean;
  prompt?: WorkflowPrompt;
  extra?: Record<string, unknown>;
}) {
  const record = useRecordContext();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const dataProvider = usePanelDataProvider();
  const [open, setOpen] = useState(false);
  const [value, setValue] = useState("");
  const run = async () => {
    try {
      await dataProvider.workflow(action, { id: record?.id, ...(prompt ? { [prompt.variable]: value } : {}), ...extra });
      setOpen(false);
      setValue("");
      notify("cl.workflow.done", { type: "success" });
      refresh();
    } catch (error) {
      notify(apiErrorMessage(error), { type: "error" });
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
        {/* A form, so that Enter confirms and a password field sits in a form as browsers expect. */}
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void run();
          }}
        >
          <DialogContent>
            {/* Whose password it is, for password managers and screen readers (a hidden username field). */}
            {prompt?.secret && <input type="text" hidden readOnly autoComplete="username" value={String(record?.username ?? "")} />}
            {prompt && (
              <MuiTextField
                autoFocus
                fullWidth
                sx={{ mt: 1 }}
                type={prompt.secret ? "password" : "text"}
                autoComplete={prompt.secret ? "new-password" : "off"}
                label={translate(prompt.label)}
                value={value}
                onChange={(e) => setValue(e.target.value)}
              />
            )}
          </DialogContent>
          <DialogActions>
            <MuiButton onClick={() => setOpen(false)}>{translate("ra.action.close")}</MuiButton>
            <MuiButton type="submit" variant="contained" disabled={Boolean(prompt) && !value.trim()}>
              {translate("ra.action.confirm")}
            </MuiButton>
          </DialogActions>
        </form>
      </Dialog>
    </>
  );
}
