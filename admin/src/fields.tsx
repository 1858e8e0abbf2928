import DownloadIcon from "@mui/icons-material/Download";
import { Card, CardContent, Table, TableBody, TableCell, TableHead, TableRow, Typography } from "@mui/material";
import { type ReactNode, useEffect, useState } from "react";
import {
  Button,
  CreateButton,
  type FieldProps,
  FilterButton,
  TopToolbar,
  useListContext,
  useLocaleState,
  useRecordContext,
  useTranslate,
} from "react-admin";
import { toCsv } from "./csv";
import { fetchAll } from "./dataProvider";
import { gql } from "./graphql";
import { formatBaht, formatDate } from "./i18n";

/** A date (or date-time) in the Buddhist Era when the panel speaks Thai. */
export function BeDateField({ source, showTime = false }: FieldProps & { source: string; showTime?: boolean }) {
  const record = useRecordContext();
  const [locale] = useLocaleState();
  return <span>{formatDate(record?.[source], locale, showTime)}</span>;
}
BeDateField.displayName = "BeDateField";

/** ฿1,000,000.00 */
export function BahtField({ source }: FieldProps & { source: string }) {
  const record = useRecordContext();
  return <span style={{ whiteSpace: "nowrap" }}>{formatBaht(record?.[source])}</span>;
}

/** An enum value through its i18n key (enums.<group>.<VALUE>). */
export function EnumField({ source, group }: FieldProps & { source: string; group: string }) {
  const record = useRecordContext();
  const translate = useTranslate();
  const value = record?.[source];
  return <span>{value ? translate(`enums.${group}.${value}`, { _: value }) : ""}</span>;
}

export function TambonField(_props: FieldProps) {
  const record = useRecordContext();
  const [locale] = useLocaleState();
  const tambon = record?.tambon as { code: string; nameTh: string; nameEn: string } | undefined;
  return <span>{tambon ? (locale === "en" ? tambon.nameEn : tambon.nameTh) : (record?.tambonCode ?? "")}</span>;
}

/** CSV of every row of the current filter (not react-admin's 1,000), with a UTF-8 BOM so Excel shows Thai. */
export function ExportAllButton({ columns }: { columns: string[] }) {
  const { resource, filterValues, sort } = useListContext();
  const translate = useTranslate();
  const exportAll = async () => {
    const rows = (await fetchAll(resource, filterValues, sort)) as Record<string, unknown>[];
    const csv = toCsv(columns, rows);
    const link = document.createElement("a");
    link.href = URL.createObjectURL(new Blob(["\uFEFF" + csv], { type: "text/csv;charset=utf-8" }));
    link.download = `${resource}.csv`;
    link.click();
  };
  return (
    <Button label={translate("cl.exportAll")} onClick={exportAll}>
      <DownloadIcon />
    </Button>
  );
}

/** A list's toolbar: its filters, any buttons of its own, create (for the roles that may) and the export of every row. */
export function ListActions({ columns, mayCreate = false, children }: { columns: string[]; mayCreate?: boolean; children?: ReactNode }) {
  return (
    <TopToolbar>
      <FilterButton />
      {children}
      {mayCreate && <CreateButton />}
      <ExportAllButton columns={columns} />
    </TopToolbar>
  );
}

interface HistoryRecord {
  id: string;
  action: string;
  actorName: string | null;
  at: string;
  before: string | null;
  after: string | null;
}

type Subgraph = "people" | "activities" | "evaluation";

const HISTORY: Record<Subgraph, string> = {
  people: `query H($entity: String!, $id: ID!) { history(entity: $entity, id: $id) { id action actorName at before after } }`,
  activities: `query H($entity: String!, $id: ID!) {
    activityHistory(entityName: $entity, entityId: $id, page: { limit: 500 }) { nodes { id action actorName at before after } } }`,
  evaluation: `query H($entity: String!, $id: ID!) {
    evaluationHistory(entityName: $entity, entityId: $id, page: { limit: 500 }) { nodes { id action actorName at before after } } }`,
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

/** A record's audited changes, oldest first: `history` (people), `activityHistory` or `evaluationHistory`. */
export function HistoryPanel({ entity, subgraph = "people", id }: { entity: string; subgraph?: Subgraph; id?: string }) {
  const record = useRecordContext();
  const [locale] = useLocaleState();
  const [rows, setRows] = useState<HistoryRecord[] | null>(null);
  const recordId = id ?? record?.id;
  useEffect(() => {
    if (!recordId) return;
    gql<{ history?: HistoryRecord[]; activityHistory?: { nodes: HistoryRecord[] }; evaluationHistory?: { nodes: HistoryRecord[] } }>(
      HISTORY[subgraph],
      { entity, id: recordId },
    )
      .then((data) => setRows(data.history ?? data.activityHistory?.nodes ?? data.evaluationHistory?.nodes ?? []))
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

/**
 * A titled card holding a small table under a record (its history, its access log): column headers are i18n
 * keys; with `empty`, no rows show that message instead of an empty table.
 */
export function TableCard({
  title,
  testId,
  columns,
  rows,
  empty,
}: {
  title: string;
  testId: string;
  columns: string[];
  rows: { id: string; cells: ReactNode[] }[];
  empty?: string;
}) {
  const translate = useTranslate();
  return (
    <Card sx={{ mt: 2 }} data-testid={testId}>
      <CardContent>
        <Typography variant="h6">{translate(title)}</Typography>
        {empty && rows.length === 0 ? (
          <Typography>{translate(empty)}</Typography>
        ) : (
          <Table size="small">
            <TableHead>
              <TableRow>
                {columns.map((column) => (
                  <TableCell key={column}>{translate(column)}</TableCell>
                ))}
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.map((row) => (
                <TableRow key={row.id}>
                  {row.cells.map((cell, index) => (
                    <TableCell key={index}>{cell}</TableCell>
                  ))}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </CardContent>
    </Card>
  );
}
