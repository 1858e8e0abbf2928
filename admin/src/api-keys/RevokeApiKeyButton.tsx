import { Button as MuiButton } from "@mui/material";
import { useNotify, useTranslate } from "react-admin";
import { usePanelDataProvider } from "../dataProvider";
import { apiErrorMessage } from "../i18n";

/** Revokes a partner's key (it stops within 30 s), then the list is read again. */
export function RevokeApiKeyButton({ id, onDone }: { id: string; onDone: () => void }) {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = usePanelDataProvider();
  const revoke = async () => {
    try {
      await dataProvider.workflow("revokeApiKey", { id });
      onDone();
    } catch (error) {
      notify(apiErrorMessage(error), { type: "error" });
    }
  };
  return (
    <MuiButton size="small" color="error" onClick={revoke}>
      {translate("cl.access.revoke")}
    </MuiButton>
  );
}
