import { Button as MuiButton } from "@mui/material";
import { useNotify, useTranslate } from "react-admin";
import { usePanelDataProvider } from "../dataProvider";
import { ApiError } from "../graphql";
import { fieldMessage } from "../i18n";
import type { SampleCounts } from "./choices";

/** Records the counts the post shows now; a refusal is shown at its count (likes when the API names none of them). */
export function RecordSampleButton({
  postId,
  counts,
  onErrors,
  onDone,
}: {
  postId: unknown;
  counts: SampleCounts;
  onErrors: (errors: Record<string, string>) => void;
  onDone: () => void;
}) {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = usePanelDataProvider();
  const save = async () => {
    onErrors({});
    try {
      await dataProvider.workflow("recordEngagementSample", {
        input: { postId, likes: Number(counts.likes), follows: Number(counts.follows), shares: Number(counts.shares) },
      });
      notify("cl.engagement.sampled", { type: "success" });
      onDone();
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      const field = error.errors[0].extensions?.field?.replace(/^input\./, "") ?? "likes";
      onErrors({ [field in counts ? field : "likes"]: fieldMessage(error.errors[0]) });
    }
  };
  return (
    <MuiButton variant="contained" disabled={Object.values(counts).some((count) => count === "")} onClick={save}>
      {translate("cl.engagement.recordSample")}
    </MuiButton>
  );
}
