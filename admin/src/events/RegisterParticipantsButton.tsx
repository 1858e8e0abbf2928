import { Button as MuiButton } from "@mui/material";
import { useNotify, useTranslate } from "react-admin";
import { usePanelDataProvider } from "../dataProvider";
import { apiErrorMessage } from "../i18n";

/** Registers the ticked leaders for the event in one request, and says in Thai how many were registered. */
export function RegisterParticipantsButton({
  eventId,
  leaderIds,
  disabled,
  onDone,
}: {
  eventId: string;
  leaderIds: string[];
  disabled: boolean;
  onDone: () => void;
}) {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = usePanelDataProvider();
  const register = async () => {
    try {
      await dataProvider.workflow("registerParticipants", { eventId, leaderIds });
      notify("cl.event.registeredDone", { type: "success", messageArgs: { count: leaderIds.length } });
      onDone();
    } catch (error) {
      notify(apiErrorMessage(error), { type: "error" });
    }
  };
  return (
    <MuiButton variant="contained" disabled={disabled} onClick={register}>
      {translate("cl.event.register", { count: leaderIds.length })}
    </MuiButton>
  );
}
