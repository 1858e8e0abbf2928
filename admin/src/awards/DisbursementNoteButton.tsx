import { Alert, Button as MuiButton, Dialog, DialogActions, DialogContent, DialogTitle, TextField as MuiTextField, Stack } from "@mui/material";
import { type ReactNode, useState } from "react";
import { useNotify, useTranslate } from "react-admin";
import { usePanelDataProvider } from "../dataProvider";
import { apiErrorMessage } from "../i18n";

/** The steps of a disbursement that carry a text: cancelling (its reason) and marking paid (the payment's reference). */
const STEPS = {
  cancelDisbursement: {
    variable: "reason",
    label: "cl.disbursement.cancel",
    title: "cl.disbursement.cancelTitle",
    field: "cl.disbursement.reason",
    done: "cl.disbursement.cancelled",
    color: "error",
  },
  markDisbursementPaid: {
    variable: "paymentReference",
    label: "cl.disbursement.markPaid",
    title: "cl.disbursement.payTitle",
    field: "cl.disbursement.paymentReference",
    done: "cl.workflow.done",
    color: "primary",
  },
} as const;

/**
 * A disbursement step whose text is asked in a dialog, confirmed there (no browser confirm()). `notice` is shown in
 * the dialog above the field (what the step needs first, e.g. the receipt before paying); a refusal is shown there
 * in the API's words as well as notified.
 */
export function DisbursementNoteButton({
  id,
  step,
  onDone,
  notice,
}: {
  id: string;
  step: keyof typeof STEPS;
  onDone: () => void;
  notice?: ReactNode;
}) {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = usePanelDataProvider();
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState("");
  const [refusal, setRefusal] = useState<string | null>(null);
  const { variable, label, title, field, done, color } = STEPS[step];
  const run = async () => {
    setRefusal(null);
    try {
      await dataProvider.workflow(step, { id, [variable]: note.trim() });
      setOpen(false);
      notify(done, { type: "success" });
      onDone();
    } catch (error) {
      const message = apiErrorMessage(error);
      setRefusal(translate(message, { _: message }));
      notify(message, { type: "error" });
    }
  };
  return (
    <>
      <MuiButton
        size="small"
        color={color}
        onClick={() => {
          setRefusal(null);
          setOpen(true);
        }}
      >
        {translate(label)}
      </MuiButton>
      <Dialog open={open} onClose={() => setOpen(false)}>
        <DialogTitle>{translate(title)}</DialogTitle>
        <DialogContent>
          <Stack spacing={2}>
            {notice}
            <MuiTextField autoFocus fullWidth label={translate(field)} value={note} onChange={(e) => setNote(e.target.value)} sx={{ mt: 1 }} />
            {refusal && (
              <Alert severity="error" data-testid="disbursement-step-error">
                {refusal}
              </Alert>
            )}
          </Stack>
        </DialogContent>
        <DialogActions>
          <MuiButton onClick={() => setOpen(false)}>{translate("ra.action.close")}</MuiButton>
          <MuiButton color={color} variant="contained" disabled={!note.trim()} onClick={run}>
            {translate("ra.action.confirm")}
          </MuiButton>
        </DialogActions>
      </Dialog>
    </>
  );
}
