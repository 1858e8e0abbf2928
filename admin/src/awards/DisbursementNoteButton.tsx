import { Button as MuiButton, Dialog, DialogActions, DialogContent, DialogTitle, TextField as MuiTextField } from "@mui/material";
import { useState } from "react";
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

/** A disbursement step whose text is asked in a dialog, confirmed there (no browser confirm()). */
export function DisbursementNoteButton({ id, step, onDone }: { id: string; step: keyof typeof STEPS; onDone: () => void }) {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = usePanelDataProvider();
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState("");
  const { variable, label, title, field, done, color } = STEPS[step];
  const run = async () => {
    try {
      await dataProvider.workflow(step, { id, [variable]: note.trim() });
      setOpen(false);
      notify(done, { type: "success" });
      onDone();
    } catch (error) {
      notify(apiErrorMessage(error), { type: "error" });
    }
  };
  return (
    <>
      <MuiButton size="small" color={color} onClick={() => setOpen(true)}>
        {translate(label)}
      </MuiButton>
      <Dialog open={open} onClose={() => setOpen(false)}>
        <DialogTitle>{translate(title)}</DialogTitle>
        <DialogContent>
          <MuiTextField autoFocus fullWidth label={translate(field)} value={note} onChange={(e) => setNote(e.target.value)} sx={{ mt: 1 }} />
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
