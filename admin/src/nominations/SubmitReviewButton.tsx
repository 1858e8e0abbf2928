import { Button as MuiButton } from "@mui/material";
import { useNotify, useRefresh, useTranslate } from "react-admin";
import { usePanelDataProvider } from "../dataProvider";
import { ApiError, type GraphQLError } from "../graphql";
import { fieldMessage } from "../i18n";

/**
 * Submits the reviewer's scores, recommendation and comment; a refusal goes to `onError` (null when trying again), with
 * the API's error for the form to show at the field it names.
 */
export function SubmitReviewButton({
  input,
  disabled,
  onError,
}: {
  input: Record<string, unknown>;
  disabled: boolean;
  onError: (message: string | null, error?: GraphQLError) => void;
}) {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const dataProvider = usePanelDataProvider();
  const submit = async () => {
    onError(null);
    try {
      await dataProvider.workflow("submitReview", { input });
      notify("cl.review.submitted", { type: "success" });
      refresh();
    } catch (e) {
      if (e instanceof ApiError) onError(fieldMessage(e.errors[0]), e.errors[0]);
      else throw e;
    }
  };
  return (
    <MuiButton variant="contained" onClick={submit} disabled={disabled}>
      {translate("cl.review.submit")}
    </MuiButton>
  );
}
