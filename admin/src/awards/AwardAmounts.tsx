import { Card, CardContent, MenuItem, Stack, Table, TableBody, TableCell, TableRow, TextField as MuiTextField, Typography } from "@mui/material";
import { useCallback, useEffect, useState } from "react";
import { usePermissions, useTranslate } from "react-admin";
import { usePanelDataProvider } from "../dataProvider";
import { formatBaht } from "../i18n";
import { AmountField, readAmount } from "../inputs/amount";
import { useFiscalYears } from "../fiscal-years/useFiscalYears";
import { AWARD_LEVELS } from "./choices";
import { SetAwardAmountButton } from "./SetAwardAmountButton";

interface AwardAmount {
  fiscalYear: number;
  level: string;
  amount: string;
}

/**
 * The amount each award level receives in a fiscal year (data, not code). Admins set it with `setAwardAmount`;
 * awards already made keep theirs, so a change applies to the awards decided after it.
 */
export function AwardAmounts() {
  const translate = useTranslate();
  const { permissions } = usePermissions();
  const dataProvider = usePanelDataProvider();
  const [amounts, setAmounts] = useState<AwardAmount[]>([]);
  const { current } = useFiscalYears();
  // The year field shows the working year until the admin types another (derived, never written over).
  const [form, setForm] = useState<{ fiscalYear: string | null; level: string; amount: string }>({
    fiscalYear: null,
    level: "EXCELLENT",
    amount: "",
  });
  const fiscalYear = form.fiscalYear ?? (current === null ? "" : String(current));
  const [error, setError] = useState<string | null>(null);
  const load = useCallback(() => {
    dataProvider
      .query<{ awardAmounts: AwardAmount[] }>("awardAmounts")
      .then((data) => setAmounts(data.awardAmounts))
      .catch(() => setAmounts([]));
  }, []);
  useEffect(load, [load]);
  const saved = () => {
    setForm({ ...form, amount: "" });
    load();
  };
  return (
    <Card variant="outlined" sx={{ mt: 2 }}>
      <CardContent>
        <Typography variant="h6">{translate("cl.awardAmount.title")}</Typography>
        <Typography variant="body2">{translate("cl.awardAmount.help")}</Typography>
        <Table size="small" sx={{ maxWidth: 600 }}>
          <TableBody>
            {amounts.map((row) => (
              <TableRow key={`${row.fiscalYear}-${row.level}`} data-testid={`award-amount-${row.fiscalYear}-${row.level}`}>
                <TableCell>{translate("cl.dashboard.fiscalYear", { year: row.fiscalYear })}</TableCell>
                <TableCell>{translate(`enums.level.${row.level}`)}</TableCell>
                <TableCell align="right">{formatBaht(row.amount)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
        {permissions === "ADMIN" && (
          <Stack direction={{ xs: "column", md: "row" }} spacing={2} sx={{ mt: 2 }}>
            <MuiTextField
              size="small"
              type="number"
              label={translate("resources.awards.fields.fiscalYear")}
              value={fiscalYear}
              onChange={(e) => setForm({ ...form, fiscalYear: e.target.value })}
            />
            <MuiTextField
              select
              size="small"
              label={translate("resources.awards.fields.level")}
              value={form.level}
              onChange={(e) => setForm({ ...form, level: e.target.value })}
            >
              {AWARD_LEVELS.map((level) => (
                <MenuItem key={level} value={level}>
                  {translate(`enums.level.${level}`)}
                </MenuItem>
              ))}
            </MuiTextField>
            <AmountField
              size="small"
              label={translate("cl.awardAmount.amount")}
              value={form.amount}
              error={error}
              onChange={(typed) => (setForm({ ...form, amount: typed }), setError(null))}
            />
            <SetAwardAmountButton
              fiscalYear={fiscalYear}
              level={form.level}
              amount={readAmount(form.amount).baht ?? ""}
              onError={setError}
              onDone={saved}
            />
          </Stack>
        )}
      </CardContent>
    </Card>
  );
}
