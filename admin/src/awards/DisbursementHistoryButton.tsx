import { Button as MuiButton, Dialog, DialogActions, DialogContent } from "@mui/material";
import { useState } from "react";
import { useTranslate } from "react-admin";
import { HistoryPanel } from "../history/HistoryPanel";

/** A disbursement's own audit trail (recorded, approved, paid or cancelled: by whom and when), in a dialog from its ledger row. */
export function DisbursementHistoryButton({ id }: { id: string }) {
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  return (
    <>
      <MuiButton size="small" onClick={() => setOpen(true)}>
        {translate("cl.history")}
      </MuiButton>
      <Dialog open={open} onClose={() => setOpen(false)} maxWidth="md" fullWidth>
        <DialogContent>{open && <HistoryPanel entity="Disbursement" subgraph="evaluation" id={id} />}</DialogContent>
        <DialogActions>
          <MuiButton onClick={() => setOpen(false)}>{translate("ra.action.close")}</MuiButton>
        </DialogActions>
      </Dialog>
    </>
  );
}
