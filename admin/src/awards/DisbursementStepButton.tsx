import { Alert, Button as MuiButton, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from "@mui/material";
import { useState } from "react";
import { useNotify, useTranslate } from "react-admin";
import { usePanelDataProvider } from "../dataProvider";
import { apiErrorMessage, formatBaht } from "../i18n";
import type { Disbursement } from "./choices";

/**
 * Approving a disbursement, confirmed in the panel's own dialog (never the browser's confirm()) that names the
 * amount, the tambon and the voucher; a refusal is shown there in the API's words as well as notified.
 */
export function DisbursementStepButton({
  row,
  tambon,
  step,
  onDone,
}: {
  row: Disbursement;
  tambon: string;
  step: "approveDisbursement";
  onDone: () => void;
}) {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = usePanelDataProvider();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const run = async () => {
    setRefusal(null);
    setBusy(true);
    try {
      await dataProvider.workflow(step, { id: row.id });
      setOpen(false);
      notify("cl.workflow.done", { type: "success" });
      onDone();
    } catch (error) {
      const message = apiErrorMessage(error);
      setRefusal(translate(message, { _: message }));
      notify(message, { type: "error" });
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <MuiButton
        size="small"
        onClick={() => {
          setRefusal(null);
          setOpen(true);
        }}
      >
        {translate("cl.disbursement.approve")}
      </MuiButton>
      <Dialog open={open} onClose={() => setOpen(false)} aria-labelledby={`approve-${row.id}`}>
        <DialogTitle id={`approve-${row.id}`}>{translate("cl.friction.approveTitle")}</DialogTitle>
        <DialogContent>
          <DialogContentText data-testid="approve-text">
            {translate("cl.friction.approveText", { amount: formatBaht(row.amount), tambon, reference: row.reference })}
          </DialogContentText>
          {refusal && (
            <Alert severity="error" sx={{ mt: 2 }} data-testid="disbursement-step-error">
              {refusal}
            </Alert>
          )}
        </DialogContent>
        <DialogActions>
          <MuiButton onClick={() => setOpen(false)}>{translate("ra.action.close")}</MuiButton>
          <MuiButton variant="contained" disabled={busy} onClick={run} autoFocus>
            {translate("ra.action.confirm")}
          </MuiButton>
        </DialogActions>
      </Dialog>
    </>
  );
}
