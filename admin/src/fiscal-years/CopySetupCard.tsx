import { Alert, Button as MuiButton, Card, CardContent, List, ListItem, Stack, TextField as MuiTextField, Typography } from "@mui/material";
import { useState } from "react";
import { useNotify, useTranslate } from "react-admin";
import { usePanelDataProvider } from "../dataProvider";
import { ApiError } from "../graphql";
import { fieldMessage } from "../i18n";

interface SetupItem {
  kind: string;
  key: string;
  nameTh: string;
}
interface CopyReport {
  dryRun: boolean;
  items: SetupItem[];
  provincesWithoutRegion: string[];
}

/**
 * Copies one year's set-up into the next: a dry run lists what would be made, the copy makes it. A year that
 * already has set-up is refused with what it holds; every refusal in Thai.
 */
export function CopySetupCard({
  fromFiscalYear,
  provinceName,
  onCopied,
}: {
  fromFiscalYear: number;
  provinceName: (code: string) => string;
  onCopied: (toFiscalYear: number) => void;
}) {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = usePanelDataProvider();
  const [from, setFrom] = useState(String(fromFiscalYear));
  const [to, setTo] = useState(String(fromFiscalYear + 1));
  const [report, setReport] = useState<CopyReport | null>(null);
  const [error, setError] = useState<{ message: string; existing: SetupItem[] } | null>(null);
  const run = async (dryRun: boolean) => {
    setError(null);
    setReport(null);
    try {
      const data = await dataProvider.workflow<{ copyFiscalYearSetup: CopyReport }>("copyFiscalYearSetup", {
        fromFiscalYear: Number(from),
        toFiscalYear: Number(to),
        dryRun,
      });
      setReport(data.copyFiscalYearSetup);
      if (!dryRun) {
        notify("cl.fiscalYears.copied", { type: "success", messageArgs: { count: data.copyFiscalYearSetup.items.length } });
        onCopied(Number(to));
      }
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      const first = e.errors[0];
      setError({ message: fieldMessage(first), existing: (first.extensions as { existing?: SetupItem[] } | undefined)?.existing ?? [] });
    }
  };
  return (
    <Card variant="outlined">
      <CardContent>
        <Typography variant="h6">{translate("cl.fiscalYears.copyTitle")}</Typography>
        <Typography variant="body2">{translate("cl.fiscalYears.copyHelp")}</Typography>
        <Stack direction={{ xs: "column", sm: "row" }} spacing={2} sx={{ mt: 2 }}>
          <MuiTextField
            size="small"
            type="number"
            sx={{ width: 180 }}
            label={translate("cl.fiscalYears.from")}
            value={from}
            onChange={(e) => setFrom(e.target.value)}
          />
          <MuiTextField
            size="small"
            type="number"
            sx={{ width: 180 }}
            label={translate("cl.fiscalYears.to")}
            value={to}
            onChange={(e) => setTo(e.target.value)}
          />
          <MuiButton variant="outlined" sx={{ whiteSpace: "nowrap" }} onClick={() => run(true)}>
            {translate("cl.fiscalYears.preview")}
          </MuiButton>
          <MuiButton variant="contained" sx={{ whiteSpace: "nowrap" }} onClick={() => run(false)}>
            {translate("cl.fiscalYears.copy")}
          </MuiButton>
        </Stack>
        {error && (
          <Alert severity="error" sx={{ mt: 2 }} data-testid="copy-error">
            {error.message}
            {error.existing.length > 0 && (
              <>
                <div>{translate("cl.fiscalYears.existing")}</div>
                <List dense>
                  {error.existing.map((item) => (
                    <ListItem key={`${item.kind}-${item.key}`}>{item.nameTh}</ListItem>
                  ))}
                </List>
              </>
            )}
          </Alert>
        )}
        {report && (
          <Alert severity={report.dryRun ? "info" : "success"} sx={{ mt: 2 }} data-testid="copy-report">
            {translate(report.dryRun ? "cl.fiscalYears.wouldCopy" : "cl.fiscalYears.copied", { count: report.items.length })}
            <div>
              {report.provincesWithoutRegion.length
                ? translate("cl.fiscalYears.withoutRegion", { names: report.provincesWithoutRegion.map(provinceName).join(", ") })
                : translate("cl.fiscalYears.allCovered")}
            </div>
            <List dense>
              {report.items.map((item) => (
                <ListItem key={`${item.kind}-${item.key}`}>{item.nameTh}</ListItem>
              ))}
            </List>
          </Alert>
        )}
      </CardContent>
    </Card>
  );
}
