import { Button as MuiButton } from "@mui/material";
import { useNotify, useTranslate } from "react-admin";
import { usePanelDataProvider } from "../dataProvider";
import { ApiError } from "../graphql";
import { fieldMessage } from "../i18n";
import type { DisbursementValues } from "./choices";

/**
 * Records a disbursement of the award (once, whatever the retries: a new idempotency key per click). A refusal is
 * shown at its field (the amount when the API names none of the form's).
 */
export function RecordDisbursementButton({
  awardId,
  values,
  onErrors,
  onDone,
}: {
  awardId: string;
  values: DisbursementValues;
  onErrors: (errors: Record<string, string>) => void;
  onDone: () => void;
}) {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = usePanelDataProvider();
  const record = async () => {
    onErrors({});
    try {
      await dataProvider.workflow("recordDisbursement", { input: { awardId, ...values, idempotencyKey: crypto.randomUUID() } });
      notify("cl.disbursement.recorded", { type: "success" });
      onDone();
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      const first = error.errors[0];
      const field = first.extensions?.field?.replace(/^input\./, "") ?? "amount";
      onErrors({ [field in values ? field : "amount"]: fieldMessage(first) });
    }
  };
  return (
    <MuiButton variant="contained" onClick={record} disabled={!values.amount || !values.purpose || !values.reference}>
      {translate("ra.action.save")}
    </MuiButton>
  );
}
