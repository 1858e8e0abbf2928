import DownloadIcon from "@mui/icons-material/Download";
import { Card, CardContent, Table, TableBody, TableCell, TableHead, TableRow, Typography } from "@mui/material";
import { useEffect, useState } from "react";
import { Button, type FieldProps, useListContext, useLocaleState, useRecordContext, useTranslate } from "react-admin";
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
    const cell = (value: unknown) => {
      const text = value === null || value === undefined ? "" : typeof value === "object" ? JSON.stringify(value) : String(value);
      return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
    };
    const csv = [columns.join(","), ...rows.map((row) => columns.map((c) => cell(row[c])).join(","))].join("\r\n");
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

interface HistoryRecord {
  id: string;
  action: string;
  actorName: string | null;
  at: string;
  after: string | null;
}

const PEOPLE_HISTORY = `query H($entity: String!, $id: ID!) { history(entity: $entity, id: $id) { id action actorName at after } }`;
const ACTIVITY_HISTORY = `query H($entity: String!, $id: ID!) {
  activityHistory(entityName: $entity, entityId: $id, page: { limit: 500 }) { nodes { id action actorName at after } } }`;

/** The record's audited changes: `history` (people) or `activityHistory` (activities). */
export function HistoryPanel({ entity, subgraph = "people" }: { entity: string; subgraph?: "people" | "activities" }) {
  const record = useRecordContext();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const [rows, setRows] = useState<HistoryRecord[] | null>(null);
  useEffect(() => {
    if (!record?.id) return;
    const query = subgraph === "people" ? PEOPLE_HISTORY : ACTIVITY_HISTORY;
    gql<{ history?: HistoryRecord[]; activityHistory?: { nodes: HistoryRecord[] } }>(query, { entity, id: record.id })
      .then((data) => setRows(data.history ?? data.activityHistory?.nodes ?? []))
      .catch(() => setRows(null));
  }, [entity, subgraph, record?.id]);
  if (!rows) return null;
  return (
    <Card sx={{ mt: 2 }}>
      <CardContent>
        <Typography variant="h6">{translate("cl.history")}</Typography>
        {rows.length === 0 ? (
          <Typography>{translate("cl.historyEmpty")}</Typography>
        ) : (
          <Table size="small">
            <TableHead>
              <TableRow>
                <TableCell>{translate("cl.historyAt")}</TableCell>
                <TableCell>{translate("cl.historyAction")}</TableCell>
                <TableCell>{translate("cl.historyBy")}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.map((row) => (
                <TableRow key={row.id}>
                  <TableCell>{formatDate(row.at, locale, true)}</TableCell>
                  <TableCell>{row.action}</TableCell>
                  <TableCell>{row.actorName}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </CardContent>
    </Card>
  );
}
