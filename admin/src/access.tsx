import {
  Alert,
  Button as MuiButton,
  Card,
  CardContent,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField as MuiTextField,
  Typography,
} from "@mui/material";
import { useCallback, useEffect, useState } from "react";
import { Title, useLocaleState, useNotify, useTranslate } from "react-admin";
import { ApiError, gql } from "./graphql";
import { fieldMessage, formatDate } from "./i18n";

interface ImportReport {
  dryRun: boolean;
  ok: boolean;
  rowCount: number;
  createdCount: number;
  errorCount: number;
  errors: { row: number; field: string; message: string }[];
}

/** The CSV import of leaders: a dry run with per-row errors first, then the import (all rows or none). */
export function LeaderImport() {
  const translate = useTranslate();
  const notify = useNotify();
  const [csv, setCsv] = useState("");
  const [report, setReport] = useState<ImportReport | null>(null);
  const run = async (dryRun: boolean) => {
    try {
      const data = await gql<{ importLeaders: ImportReport }>(
        `mutation I($csv: String!, $dryRun: Boolean!) { importLeaders(csv: $csv, dryRun: $dryRun) { dryRun ok rowCount createdCount errorCount errors { row field message } } }`,
        { csv, dryRun },
      );
      setReport(data.importLeaders);
    } catch (error) {
      notify(error instanceof ApiError ? fieldMessage(error.errors[0]) : String(error), { type: "error" });
    }
  };
  const readFile = async (file: File | undefined) => {
    if (file) setCsv((await file.text()).replace(/^\uFEFF/, ""));
    setReport(null);
  };
  return (
    <Card sx={{ mt: 2 }}>
      <Title title={translate("cl.import.title")} />
      <CardContent>
        <Stack spacing={2}>
          <Typography>{translate("cl.import.help")}</Typography>
          <input type="file" accept=".csv,text/csv" onChange={(e) => readFile(e.target.files?.[0])} />
          <MuiTextField multiline minRows={6} label="CSV" value={csv} onChange={(e) => (setCsv(e.target.value), setReport(null))} />
          <Stack direction="row" spacing={2}>
            <MuiButton variant="outlined" disabled={!csv} onClick={() => run(true)}>
              {translate("cl.import.dryRun")}
            </MuiButton>
            <MuiButton variant="contained" disabled={!report?.dryRun || !report.ok} onClick={() => run(false)}>
              {translate("cl.import.run")}
            </MuiButton>
          </Stack>
          {report && (
            <Alert severity={report.ok ? "success" : "error"}>
              {translate(report.dryRun ? "cl.import.checked" : "cl.import.done", {
                rows: report.rowCount,
                created: report.createdCount,
                errors: report.errorCount,
              })}
            </Alert>
          )}
          {report && report.errors.length > 0 && (
            <Table size="small">
              <TableHead>
                <TableRow>
                  <TableCell>{translate("cl.import.row")}</TableCell>
                  <TableCell>{translate("cl.import.field")}</TableCell>
                  <TableCell>{translate("cl.import.message")}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {report.errors.map((error, i) => (
                  <TableRow key={i}>
                    <TableCell>{error.row}</TableCell>
                    <TableCell>{translate(`resources.leaders.fields.${error.field}`, { _: error.field })}</TableCell>
                    <TableCell>{error.message}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
        </Stack>
      </CardContent>
    </Card>
  );
}

interface ApiKey {
  id: string;
  name: string;
  prefix: string;
  createdAt: string;
  createdBy: string | null;
  revokedAt: string | null;
}

/** Admins: partner API keys (the key is shown once; revoked keys stop within 30 s). Accounts have their own resource. */
export function AccessPage() {
  const translate = useTranslate();
  const notify = useNotify();
  const [locale] = useLocaleState();
  const [keys, setKeys] = useState<ApiKey[]>([]);
  const [name, setName] = useState("");
  const [secret, setSecret] = useState<string | null>(null);
  const load = useCallback(
    () => gql<{ apiKeys: ApiKey[] }>(`{ apiKeys { id name prefix createdAt createdBy revokedAt } }`).then((d) => setKeys(d.apiKeys)),
    [],
  );
  useEffect(() => {
    load();
  }, [load]);
  const fail = (error: unknown) => notify(error instanceof ApiError ? fieldMessage(error.errors[0]) : String(error), { type: "error" });
  const createKey = async () => {
    try {
      const data = await gql<{ createApiKey: { key: string } }>(`mutation K($name: String!) { createApiKey(name: $name) { id key } }`, { name });
      setSecret(data.createApiKey.key);
      setName("");
      load();
    } catch (error) {
      fail(error);
    }
  };
  const revoke = async (id: string) => {
    try {
      await gql(`mutation R($id: ID!) { revokeApiKey(id: $id) { id } }`, { id });
      load();
    } catch (error) {
      fail(error);
    }
  };
  return (
    <Stack spacing={2} sx={{ mt: 2 }}>
      <Title title={translate("cl.access.title")} />
      <Card>
        <CardContent>
          <Typography variant="h6">{translate("cl.access.apiKeys")}</Typography>
          {secret && (
            <Alert severity="warning" onClose={() => setSecret(null)}>
              {translate("cl.access.shownOnce")} <code data-testid="api-key-secret">{secret}</code>
            </Alert>
          )}
          <Table size="small">
            <TableHead>
              <TableRow>
                <TableCell>{translate("cl.access.name")}</TableCell>
                <TableCell>{translate("cl.access.prefix")}</TableCell>
                <TableCell>{translate("cl.historyAt")}</TableCell>
                <TableCell>{translate("cl.access.revokedAt")}</TableCell>
                <TableCell />
              </TableRow>
            </TableHead>
            <TableBody>
              {keys.map((key) => (
                <TableRow key={key.id}>
                  <TableCell>{key.name}</TableCell>
                  <TableCell>{key.prefix}…</TableCell>
                  <TableCell>{formatDate(key.createdAt, locale)}</TableCell>
                  <TableCell>{formatDate(key.revokedAt, locale)}</TableCell>
                  <TableCell>
                    {!key.revokedAt && (
                      <MuiButton size="small" color="error" onClick={() => revoke(key.id)}>
                        {translate("cl.access.revoke")}
                      </MuiButton>
                    )}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <Stack direction="row" spacing={2} sx={{ mt: 2 }}>
            <MuiTextField size="small" label={translate("cl.access.name")} value={name} onChange={(e) => setName(e.target.value)} />
            <MuiButton variant="contained" disabled={!name} onClick={createKey}>
              {translate("cl.access.createKey")}
            </MuiButton>
          </Stack>
        </CardContent>
      </Card>
    </Stack>
  );
}
