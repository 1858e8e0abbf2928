import { Button as MuiButton, Card, CardContent, Chip, Table, TableBody, TableCell, TableHead, TableRow, Typography } from "@mui/material";
import { useState } from "react";
import { Confirm, useLocale, useNotify, useTranslate } from "react-admin";
import { usePanelDataProvider } from "../dataProvider";
import { apiErrorMessage, formatDate } from "../i18n";
import type { FiscalYearRow } from "./useFiscalYears";

/** The programme's fiscal years, open or closed; an admin closes an ended one after confirming (a refusal says why in Thai). */
export function YearsCard({ years, onChanged }: { years: FiscalYearRow[]; onChanged: () => void }) {
  const translate = useTranslate();
  const locale = useLocale();
  const notify = useNotify();
  const dataProvider = usePanelDataProvider();
  const [closing, setClosing] = useState<number | null>(null);
  const close = async () => {
    const year = closing;
    setClosing(null);
    try {
      await dataProvider.workflow("closeFiscalYear", { fiscalYear: year });
      notify("cl.fiscalYears.closed", { type: "success", messageArgs: { year } });
      onChanged();
    } catch (error) {
      notify(apiErrorMessage(error), { type: "error" });
    }
  };
  return (
    <Card variant="outlined">
      <CardContent>
        <Typography variant="h6">{translate("cl.fiscalYears.title")}</Typography>
        <Table size="small" sx={{ maxWidth: 700 }}>
          <TableHead>
            <TableRow>
              <TableCell>{translate("cl.fiscalYears.year")}</TableCell>
              <TableCell>{translate("cl.fiscalYears.status")}</TableCell>
              <TableCell>{translate("cl.fiscalYears.closedAt")}</TableCell>
              <TableCell />
            </TableRow>
          </TableHead>
          <TableBody>
            {years.map((year) => (
              <TableRow key={year.fiscalYear} data-testid={`fiscal-year-${year.fiscalYear}`}>
                <TableCell>{year.fiscalYear}</TableCell>
                <TableCell>
                  <Chip size="small" color={year.status === "CLOSED" ? "default" : "success"} label={translate(`cl.fiscalYears.${year.status}`)} />
                </TableCell>
                <TableCell>{formatDate(year.closedAt, locale, true)}</TableCell>
                <TableCell>
                  {year.status === "OPEN" && (
                    <MuiButton size="small" color="warning" onClick={() => setClosing(year.fiscalYear)}>
                      {translate("cl.fiscalYears.close")}
                    </MuiButton>
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
        <Confirm
          isOpen={closing !== null}
          title="cl.fiscalYears.closeTitle"
          titleTranslateOptions={{ year: closing }}
          content="cl.fiscalYears.closeContent"
          onConfirm={close}
          onClose={() => setClosing(null)}
        />
      </CardContent>
    </Card>
  );
}
