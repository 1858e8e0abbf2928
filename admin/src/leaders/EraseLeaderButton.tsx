import DeleteForeverIcon from "@mui/icons-material/DeleteForever";
import { Alert, Button as MuiButton, Dialog, DialogActions, DialogContent, DialogTitle, TextField as MuiTextField } from "@mui/material";
import { useState } from "react";
import { Button, useNotify, useRecordContext, useRefresh, useTranslate } from "react-admin";
import { usePanelDataProvider } from "../dataProvider";
import { ApiError } from "../graphql";
import { apiErrorMessage, fieldMessage } from "../i18n";

/**
 * Admins (PDPA erasure on the person's request): asks whose request it is and why, then removes what identifies the
 * leader, irreversibly; the page then shows the record as erased. A refused reason is shown at its field.
 */
export function EraseLeaderButton() {
  const record = useRecordContext();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const dataProvider = usePanelDataProvider();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string | null>(null);
  const close = () => {
    setOpen(false);
    setError(null);
  };
  const erase = async () => {
    setError(null);
    try {
      await dataProvider.workflow("eraseLeader", { id: record?.id, reason: reason.trim() });
      setOpen(false);
      setReason("");
      notify("cl.pdpa.erased", { type: "success" });
      refresh();
    } catch (failure) {
      const first = failure instanceof ApiError ? failure.errors[0] : undefined;
      if (first?.extensions?.field === "reason") setError(fieldMessage(first));
      else notify(apiErrorMessage(failure), { type: "error" });
    }
  };
  if (!record || record.anonymisedAt) return null;
  return (
    <>
      <Button label="cl.pdpa.erase" color="error" onClick={() => setOpen(true)}>
        <DeleteForeverIcon />
      </Button>
      <Dialog open={open} onClose={close}>
        <DialogTitle>{translate("cl.pdpa.eraseTitle", { name: `${record.firstName ?? ""} ${record.lastName ?? ""}`.trim() })}</DialogTitle>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void erase();
          }}
        >
          <DialogContent>
            <Alert severity="warning">{translate("cl.pdpa.eraseWarning")}</Alert>
            <MuiTextField
              autoFocus
              fullWidth
              multiline
              minRows={2}
              sx={{ mt: 2 }}
              label={translate("cl.pdpa.reason")}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              error={Boolean(error)}
              helperText={error ?? translate("cl.pdpa.reasonHelp")}
            />
          </DialogContent>
          <DialogActions>
            <MuiButton onClick={close}>{translate("ra.action.close")}</MuiButton>
            <MuiButton type="submit" variant="contained" color="error" disabled={!reason.trim()}>
              {translate("ra.action.confirm")}
            </MuiButton>
          </DialogActions>
        </form>
      </Dialog>
    </>
  );
}
