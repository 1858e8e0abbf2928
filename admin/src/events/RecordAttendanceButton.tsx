import { Button as MuiButton } from "@mui/material";
import { useNotify, useTranslate } from "react-admin";
import { usePanelDataProvider } from "../dataProvider";
import { apiErrorMessage } from "../i18n";

/** Marks the ticked (registered) leaders present, or absent with `attended={false}`, in one request; says how many. */
export function RecordAttendanceButton({
  eventId,
  leaderIds,
  attended,
  disabled,
  onDone,
}: {
  eventId: string;
  leaderIds: string[];
  attended: boolean;
  disabled: boolean;
  onDone: () => void;
}) {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = usePanelDataProvider();
  const record = async () => {
    try {
      await dataProvider.workflow("recordAttendance", { eventId, leaderIds, attended });
      notify(attended ? "cl.event.attendedDone" : "cl.event.absentDone", { type: "success", messageArgs: { count: leaderIds.length } });
      onDone();
    } catch (error) {
      notify(apiErrorMessage(error), { type: "error" });
    }
  };
  return (
    <MuiButton variant="outlined" disabled={disabled} onClick={record}>
      {translate(attended ? "cl.event.markAttendedCount" : "cl.event.markAbsentCount", { count: leaderIds.length })}
    </MuiButton>
  );
}
