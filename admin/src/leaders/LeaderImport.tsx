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
import { Title, useLocaleState, useNotify, useTranslate } from "react-admin";
import { usePanelDataProvider } from "../dataProvider";
import { apiErrorMessage } from "../i18n";

interface ImportReport {
  dryRun: boolean;
  ok: boolean;
  rowCount: number;
  createdCount: number;
  errorCount: number;
  errors: { row: number; field: string; message: string; messageTh: string }[];
}

/** A file's bytes in base64, as the API takes a workbook (`importLeaders(xlsx:)`). */
async function base64Of(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

const isXlsx = (file: File) => /\.xlsx$/i.test(file.name) || file.type === "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/**
 * The import of leaders from a CSV (chosen or pasted) or an Excel workbook: a dry run with per-row errors first (the row,
 * the field's name and what to fix, in the panel's language), then the import (all rows or none).
 */
export function LeaderImport() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const notify = useNotify();
  const dataProvider = usePanelDataProvider();
  const [csv, setCsv] = useState("");
  const [xlsx, setXlsx] = useState<{ name: string; base64: string } | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const run = async (dryRun: boolean) => {
    try {
      const file = xlsx ? { xlsx: xlsx.base64 } : { csv };
      const data = await dataProvider.workflow<{ importLeaders: ImportReport }>("importLeaders", { ...file, dryRun });
      setReport(data.importLeaders);
    } catch (error) {
      notify(apiErrorMessage(error), { type: "error" });
    }
  };
  const readFile = async (file: File | undefined) => {
    setReport(null);
    if (!file) return;
    if (isXlsx(file)) {
      setXlsx({ name: file.name, base64: await base64Of(file) });
      setCsv("");
    } else {
      setXlsx(null);
      setCsv((await file.text()).replace(/^\uFEFF/, ""));
    }
  };
  return (
    <Card sx={{ mt: 2 }}>
      <Title title={translate("cl.import.title")} />
      <CardContent>
        <Stack spacing={2}>
          <Typography>{translate("cl.import.help")}</Typography>
          <input
            type="file"
            accept=".csv,text/csv,.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-label={translate("cl.import.chooseFile")}
            onChange={(e) => readFile(e.target.files?.[0])}
          />
          {xlsx && <Typography data-testid="import-xlsx">{translate("cl.import.xlsxChosen", { name: xlsx.name })}</Typography>}
          <MuiTextField multiline minRows={6} label="CSV" value={csv} onChange={(e) => (setCsv(e.target.value), setXlsx(null), setReport(null))} />
          <Stack direction="row" spacing={2}>
            <MuiButton variant="outlined" disabled={!csv && !xlsx} onClick={() => run(true)}>
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
                  <TableRow key={i} data-testid={`import-error-${error.row}-${error.field}`}>
                    <TableCell>{error.row}</TableCell>
                    <TableCell>
                      {translate(`resources.leaders.fields.${error.field}`, { _: translate(`cl.import.${error.field}`, { _: error.field }) })}
                    </TableCell>
                    <TableCell>{locale === "en" ? error.message : error.messageTh}</TableCell>
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
