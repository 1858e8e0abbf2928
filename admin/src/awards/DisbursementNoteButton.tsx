import { Button as MuiButton, Dialog, DialogActions, DialogContent, DialogTitle, TextField as MuiTextField } from "@mui/material";
import { useState } from "react";
import { useNotify, useTranslate } from "react-admin";
import { usePanelDataProvider } from "../dataProvider";
import { apiErrorMessage } from "../i18n";

/** Cancels a recorded or approved disbursement, with a reason asked in a dialog. */
export function CancelDisbursementButton({ id, onDone }: { id: string; onDone: () => void }) {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = usePanelDataProvider();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const cancel = async () => {
    try {
      await dataProvider.workflow("cancelDisbursement", { id, reason });
      setOpen(false);
      notify("cl.disbursement.cancelled", { type: "success" });
      onDone();
    } catch (error) {
      notify(apiErrorMessage(error), { type: "error" });
    }
  };
  return (
    <>
      <MuiButton size="small" color="error" onClick={() => setOpen(true)}>
        {translate("cl.disbursement.cancel")}
      </MuiButton>
      <Dialog open={open} onClose={() => setOpen(false)}>
        <DialogTitle>{translate("cl.disbursement.cancelTitle")}</DialogTitle>
        <DialogContent>
          <MuiTextField
            autoFocus
            fullWidth
            label={translate("cl.disbursement.reason")}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            sx={{ mt: 1 }}
          />
        </DialogContent>
        <DialogActions>
          <MuiButton onClick={() => setOpen(false)}>{translate("ra.action.close")}</MuiButton>
          <MuiButton color="error" variant="contained" disabled={!reason.trim()} onClick={cancel}>
            {translate("ra.action.confirm")}
          </MuiButton>
        </DialogActions>
      </Dialog>
    </>
  );
}
