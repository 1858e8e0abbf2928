import { Button as MuiButton } from "@mui/material";
import { useNotify, useTranslate } from "react-admin";
import { usePanelDataProvider } from "../dataProvider";
import { ApiError } from "../graphql";
import { fieldMessage } from "../i18n";

/** Sets a level's amount for a fiscal year (admins); a refusal goes to `onError` (null when trying again). */
export function SetAwardAmountButton({
  fiscalYear,
  level,
  amount,
  onError,
  onDone,
}: {
  fiscalYear: string;
  level: string;
  amount: string;
  onError: (message: string | null) => void;
  onDone: () => void;
}) {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = usePanelDataProvider();
  const save = async () => {
    onError(null);
    try {
      await dataProvider.workflow("setAwardAmount", { fiscalYear: Number(fiscalYear), level, amount });
      notify("cl.awardAmount.saved", { type: "success" });
      onDone();
    } catch (e) {
      if (e instanceof ApiError) onError(fieldMessage(e.errors[0]));
      else throw e;
    }
  };
  return (
    <MuiButton variant="contained" disabled={!amount || !fiscalYear} onClick={save}>
      {translate("ra.action.save")}
    </MuiButton>
  );
}
