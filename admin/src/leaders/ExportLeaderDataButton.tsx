import DownloadIcon from "@mui/icons-material/Download";
import { Button, useNotify, useRecordContext } from "react-admin";
import { usePanelDataProvider } from "../dataProvider";
import { downloadFile } from "../download";
import { apiErrorMessage } from "../i18n";

interface LeaderDataExport {
  leaderId: string;
  generatedAt: string;
  leader: string;
  history: string;
  accessLog: string;
  activities: string;
}

/** A part of the export as the API gives it (a JSON string) made readable in the file; kept as text if it is not JSON. */
function parsed(json: string): unknown {
  try {
    return JSON.parse(json);
  } catch {
    return json;
  }
}

/**
 * Admins (PDPA right of access): everything the system holds about this leader across the subgraphs, saved as
 * `leader-<id>.json`. The API logs it as a read of the personal data in full.
 */
export function ExportLeaderDataButton() {
  const record = useRecordContext();
  const notify = useNotify();
  const dataProvider = usePanelDataProvider();
  const exportData = async () => {
    try {
      const { leaderDataExport: data } = await dataProvider.workflow<{ leaderDataExport: LeaderDataExport }>("leaderDataExport", { id: record?.id });
      const file = {
        leaderId: data.leaderId,
        generatedAt: data.generatedAt,
        leader: parsed(data.leader),
        history: parsed(data.history),
        accessLog: parsed(data.accessLog),
        activities: parsed(data.activities),
      };
      downloadFile(`leader-${data.leaderId}.json`, JSON.stringify(file, null, 2), "application/json;charset=utf-8");
      notify("cl.pdpa.exported", { type: "success" });
    } catch (error) {
      notify(apiErrorMessage(error), { type: "error" });
    }
  };
  return (
    <Button label="cl.pdpa.export" onClick={exportData}>
      <DownloadIcon />
    </Button>
  );
}
