import { Button as MuiButton } from "@mui/material";
import { useNotify, useTranslate } from "react-admin";
import { usePanelDataProvider } from "../dataProvider";
import { apiErrorMessage } from "../i18n";

/** Approving a disbursement, confirmed before it runs. */
export function DisbursementStepButton({ id, step, onDone }: { id: string; step: "approveDisbursement"; onDone: () => void }) {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = usePanelDataProvider();
  const run = async () => {
    if (!window.confirm(translate("cl.workflow.confirm"))) return;
    try {
      await dataProvider.workflow(step, { id });
      notify("cl.workflow.done", { type: "success" });
      onDone();
    } catch (error) {
      notify(apiErrorMessage(error), { type: "error" });
    }
  };
  return (
    <MuiButton size="small" onClick={run}>
      {translate("cl.disbursement.approve")}
    </MuiButton>
  );
}
