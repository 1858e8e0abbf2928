import { Card, CardContent, Table, TableBody, TableCell, TableHead, TableRow, Typography } from "@mui/material";
import { useEffect, useState } from "react";
import { useLocaleState, useRecordContext, useTranslate } from "react-admin";
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
    <Card sx={{ mt: 2 }} data-testid="access-log">
      <CardContent>
        <Typography variant="h6">{translate("cl.accessLog.title")}</Typography>
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>{translate("cl.historyAt")}</TableCell>
              <TableCell>{translate("cl.historyBy")}</TableCell>
              <TableCell>{translate("cl.access.role")}</TableCell>
              <TableCell>{translate("cl.accessLog.fields")}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((row) => (
              <TableRow key={row.id}>
                <TableCell>{formatDate(row.at, locale, true)}</TableCell>
                <TableCell>{row.actorName}</TableCell>
                <TableCell>{translate(`enums.role.${row.actorRole}`, { _: row.actorRole })}</TableCell>
                <TableCell>
                  {row.fields
                    .split(",")
                    .map((field) => translate(`resources.leaders.fields.${field.trim()}`, { _: field }))
                    .join(", ")}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </CardContent>
    </Card>
  );
}

const ACCESS_LOG = `query AccessLog($leaderId: ID!) { accessLog(leaderId: $leaderId, limit: 100) { id actorName actorRole fields at } }`;
