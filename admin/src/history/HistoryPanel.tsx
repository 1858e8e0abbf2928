import { useEffect, useState } from "react";
import { useLocaleState, useRecordContext } from "react-admin";
import { type QueryName, usePanelDataProvider } from "../dataProvider";
import { formatDate } from "../i18n";
import { TableCard } from "../layout/TableCard";

interface HistoryRecord {
  id: string;
  action: string;
  actorName: string | null;
  at: string;
  before: string | null;
  after: string | null;
}

type Subgraph = "people" | "activities" | "evaluation";

/** Where each subgraph keeps its audit trail: `peopleHistory`, `activityHistory` or `evaluationHistory`. */
const HISTORY: Record<Subgraph, QueryName> = {
  people: "peopleHistory",
  activities: "activityHistory",
  evaluation: "evaluationHistory",
};

const IGNORED = new Set(["version", "updatedAt", "createdAt"]);

/** The fields a change touched, with their new values ("status: CANCELLED"); a creation lists none. */
function changes(row: HistoryRecord): string {
  if (!row.before || !row.after) return "";
  const before = JSON.parse(row.before) as Record<string, unknown>;
  const after = JSON.parse(row.after) as Record<string, unknown>;
  return Object.keys(after)
    .filter((key) => !IGNORED.has(key) && JSON.stringify(before[key]) !== JSON.stringify(after[key]))
    .map((key) => `${key}: ${typeof after[key] === "object" ? JSON.stringify(after[key]) : String(after[key])}`)
    .join(", ");
}

/** A record's audited changes, oldest first, from the subgraph that keeps them. */
export function HistoryPanel({ entity, subgraph = "people", id }: { entity: string; subgraph?: Subgraph; id?: string }) {
  const record = useRecordContext();
  const [locale] = useLocaleState();
  const dataProvider = usePanelDataProvider();
  const [rows, setRows] = useState<HistoryRecord[] | null>(null);
  const recordId = id ?? record?.id;
  useEffect(() => {
    if (!recordId) return;
    dataProvider
      .query<{ history: { nodes: HistoryRecord[] } }>(HISTORY[subgraph], { entity, id: recordId })
      .then((data) => setRows(data.history.nodes))
      .catch(() => setRows(null));
    // Again whenever the record is read again (after a workflow action), so the new entry shows.
  }, [entity, subgraph, recordId, record]);
  if (!rows) return null;
  return (
    <TableCard
      title="cl.history"
      testId={`history-${entity}`}
      empty="cl.historyEmpty"
      columns={["cl.historyAt", "cl.historyAction", "cl.historyBy", "cl.historyChanges"]}
      rows={rows.map((row) => ({
        id: row.id,
        cells: [
          formatDate(row.at, locale, true),
          row.action,
          row.actorName,
          <span key="changes" style={{ display: "block", maxWidth: 520, overflowWrap: "anywhere" }}>
            {changes(row)}
          </span>,
        ],
      }))}
    />
  );
}
