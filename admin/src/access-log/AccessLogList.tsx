import { useMemo } from "react";
import { Datagrid, FunctionField, Link, List, TextField, useLocaleState, useTranslate } from "react-admin";
import { isoToBeDateTime } from "../bedate";
import { formatDate } from "../i18n";
import type { CsvColumn } from "../list/ExportAllButton";
import { ListActions } from "../list/ListActions";
import { useAccessLogFilters } from "./AccessLogFilters";
import { actorWords, fieldWords } from "./choices";

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
      column("operation", (row) => row.operation),
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
  const translate = useTranslate();
  const [locale] = useLocaleState();
  return (
    <List filters={filters} actions={<ListActions columns={columns} />} perPage={50} sort={{ field: "at", order: "DESC" }}>
      <Datagrid bulkActionButtons={false} rowClick={false}>
        <FunctionField source="at" sortable={false} render={(row: AccessLogEntry) => formatDate(row.at, locale, true)} />
        <FunctionField source="actorName" sortable={false} render={(row: AccessLogEntry) => actorWords(row, translate)} />
        <FunctionField
          source="leaderId"
          sortable={false}
          render={(row: AccessLogEntry) => <Link to={`/leaders/${encodeURIComponent(row.leaderId)}/show`}>{row.leaderId}</Link>}
        />
        <FunctionField source="fields" sortable={false} render={(row: AccessLogEntry) => fieldWords(row.fields, translate)} />
        <TextField source="operation" sortable={false} emptyText="-" />
        <TextField source="purpose" sortable={false} emptyText="-" />
      </Datagrid>
    </List>
  );
}
