import { useEffect, useState } from "react";
import { useLocaleState, useRecordContext, useTranslate } from "react-admin";
import { fieldWords } from "../access-log/choices";
import { usePanelDataProvider } from "../dataProvider";
import { formatDate } from "../i18n";
import { TableCard } from "../layout/TableCard";

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
  const dataProvider = usePanelDataProvider();
  const [rows, setRows] = useState<AccessLogEntry[] | null>(null);
  useEffect(() => {
    if (!record?.id) return;
    dataProvider
      .query<{ accessLog: AccessLogEntry[] }>("accessLog", { leaderId: record.id })
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
          fieldWords(row.fields, translate),
        ],
      }))}
    />
  );
}
