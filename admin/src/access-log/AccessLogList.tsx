import { useMemo } from "react";
import { Datagrid, FunctionField, Link, List, TextField, useListContext, useLocaleState, useTranslate } from "react-admin";
import { useStaffNames } from "../fields/names";
import { isoToBeDateTime } from "../bedate";
import { formatDate } from "../i18n";
import type { CsvColumn } from "../list/ExportAllButton";
import { ListActions } from "../list/ListActions";
import { PhoneList } from "../list/PhoneList";
import { useAccessLogFilters } from "./AccessLogFilters";
import { actorWords, fieldWords, operationWords } from "./choices";

interface AccessLogEntry {
  id: string;
  actorId: string;
  actorName: string;
  actorRole: string;
  requestId: string | null;
  leaderId: string;
  fields: string;
  operation: string | null;
  purpose: string | null;
  at: string;
}

const label = (field: string) => `resources.accessLogEntries.fields.${field}`;

/** The export: the rows of the filter, headers and values in the user's words, times in Bangkok (BE). */
function useCsvColumns(): CsvColumn[] {
  const translate = useTranslate();
  return useMemo(() => {
    const column = (field: string, value: (row: AccessLogEntry) => unknown): CsvColumn => ({
      label: label(field),
      value: (row) => value(row as unknown as AccessLogEntry),
    });
    return [
      column("at", (row) => isoToBeDateTime(row.at)),
      column("actorName", (row) => row.actorName),
      column("actorRole", (row) => translate(`enums.role.${row.actorRole}`, { _: row.actorRole })),
      column("actorId", (row) => row.actorId),
      column("leaderId", (row) => row.leaderId),
      column("fields", (row) => fieldWords(row.fields, translate)),
      column("operation", (row) => operationWords(row.operation, translate)),
      column("purpose", (row) => row.purpose),
      column("requestId", (row) => row.requestId),
    ];
  }, [translate]);
}

/**
 * Admins: every read of leaders' personal data (PDPA), latest first and paged: who read, whose data, which fields,
 * through which operation and why; filtered by account, leader and days, and exported as the filter gives it.
 */
export function AccessLogList() {
  const filters = useAccessLogFilters();
  const columns = useCsvColumns();
  return (
    <List filters={filters} actions={<ListActions columns={columns} />} perPage={50} sort={{ field: "at", order: "DESC" }}>
      <AccessLogRows />
    </List>
  );
}

/** The page's rows: readers by their display names (read once for the page), the leader as a link in words, never its id. */
function AccessLogRows() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { data } = useListContext<AccessLogEntry>();
  const names = useStaffNames((data ?? []).map((row) => row.actorId));
  const actor = (row: AccessLogEntry) => actorWords({ ...row, actorName: names.get(row.actorId) ?? row.actorName }, translate);
  const leader = (row: AccessLogEntry) => (
    <Link to={`/leaders/${encodeURIComponent(row.leaderId)}/show`}>{translate("cl.accessLog.openLeader")}</Link>
  );
  const operation = (row: AccessLogEntry) => operationWords(row.operation, translate);
  return (
    <PhoneList
      rowClick={false}
      primary={<FunctionField render={(row: AccessLogEntry) => `${formatDate(row.at, locale, true)} · ${actor(row)}`} />}
      secondary={<FunctionField render={leader} />}
      tertiary={<FunctionField render={(row: AccessLogEntry) => fieldWords(row.fields, translate)} />}
    >
      <Datagrid bulkActionButtons={false} rowClick={false}>
        <FunctionField source="at" sortable={false} render={(row: AccessLogEntry) => formatDate(row.at, locale, true)} />
        <FunctionField source="actorName" sortable={false} render={actor} />
        <FunctionField source="leaderId" sortable={false} render={leader} />
        <FunctionField source="fields" sortable={false} render={(row: AccessLogEntry) => fieldWords(row.fields, translate)} />
        <FunctionField source="operation" sortable={false} render={operation} />
        <TextField source="purpose" sortable={false} emptyText="-" />
      </Datagrid>
    </PhoneList>
  );
}
