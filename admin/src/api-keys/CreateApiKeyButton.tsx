import { Button as MuiButton } from "@mui/material";
import { useNotify, useTranslate } from "react-admin";
import { usePanelDataProvider } from "../dataProvider";
import { apiErrorMessage } from "../i18n";

/** Creates a key of the given name; `onCreated` gets the key itself, which is shown once. */
export function CreateApiKeyButton({ name, onCreated }: { name: string; onCreated: (key: string) => void }) {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = usePanelDataProvider();
  const create = async () => {
    try {
      const data = await dataProvider.workflow<{ createApiKey: { key: string } }>("createApiKey", { name });
      onCreated(data.createApiKey.key);
    } catch (error) {
      notify(apiErrorMessage(error), { type: "error" });
    }
  };
  return (
    <MuiButton variant="contained" disabled={!name} onClick={create}>
      {translate("cl.access.createKey")}
    </MuiButton>
  );
}
