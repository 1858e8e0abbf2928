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
import { useState } from "react";
import { Title, useNotify, useTranslate } from "react-admin";
import { usePanelDataProvider } from "../dataProvider";
import { apiErrorMessage } from "../i18n";

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
  const dataProvider = usePanelDataProvider();
  const [csv, setCsv] = useState("");
  const [report, setReport] = useState<ImportReport | null>(null);
  const run = async (dryRun: boolean) => {
    try {
      const data = await dataProvider.workflow<{ importLeaders: ImportReport }>("importLeaders", { csv, dryRun });
      setReport(data.importLeaders);
    } catch (error) {
      notify(apiErrorMessage(error), { type: "error" });
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
