import { useEffect, useState } from "react";
import { useLocaleState, useRecordContext, useTranslate } from "react-admin";
import { TableCard } from "../fields";
import { gql } from "../graphql";
import { formatDate } from "../i18n";

interface AccessLogEntry {
  id: string;
  actorName: string;
  actorRole: string;
  fields: string;
  at: string;
}

/** Admins: who read this leader's national ID or phone, latest first (the personal-data access log). */
export function AccessLogPanel() {
  const record = useRecordContext();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const [rows, setRows] = useState<AccessLogEntry[] | null>(null);
  useEffect(() => {
    if (!record?.id) return;
    gql<{ accessLog: AccessLogEntry[] }>(ACCESS_LOG, { leaderId: record.id })
      .then((data) => setRows(data.accessLog))
      .catch(() => setRows(null));
  }, [record?.id]);
  if (!rows) return null;
  return (
    <TableCard
      title="cl.accessLog.title"
      testId="access-log"
      columns={["cl.historyAt", "cl.historyBy", "cl.access.role", "cl.accessLog.fields"]}
      rows={rows.map((row) => ({
        id: row.id,
        cells: [
          formatDate(row.at, locale, true),
          row.actorName,
          translate(`enums.role.${row.actorRole}`, { _: row.actorRole }),
          row.fields
            .split(",")
            .map((field) => translate(`resources.leaders.fields.${field.trim()}`, { _: field }))
            .join(", "),
        ],
      }))}
    />
  );
}

const ACCESS_LOG = `query AccessLog($leaderId: ID!) { accessLog(leaderId: $leaderId, limit: 100) { id actorName actorRole fields at } }`;
