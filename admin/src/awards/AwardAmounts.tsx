import {
  Button as MuiButton,
  Card,
  CardContent,
  MenuItem,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableRow,
  TextField as MuiTextField,
  Typography,
} from "@mui/material";
import { useCallback, useEffect, useState } from "react";
import { useNotify, usePermissions, useTranslate } from "react-admin";
import { ApiError, gql } from "../graphql";
import { fieldMessage, formatBaht } from "../i18n";

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
  const notify = useNotify();
  const { permissions } = usePermissions();
  const [amounts, setAmounts] = useState<AwardAmount[]>([]);
  const [form, setForm] = useState({ fiscalYear: "2565", level: "EXCELLENT", amount: "" });
  const [error, setError] = useState<string | null>(null);
  const load = useCallback(() => {
    gql<{ awardAmounts: AwardAmount[] }>(`{ awardAmounts { fiscalYear level amount } }`)
      .then((data) => setAmounts(data.awardAmounts))
      .catch(() => setAmounts([]));
  }, []);
  useEffect(load, [load]);
  const save = async () => {
    setError(null);
    try {
      await gql(SET_AMOUNT, { fiscalYear: Number(form.fiscalYear), level: form.level, amount: form.amount });
      notify("cl.awardAmount.saved", { type: "success" });
      setForm({ ...form, amount: "" });
      load();
    } catch (e) {
      if (e instanceof ApiError) setError(fieldMessage(e.errors[0]));
      else throw e;
    }
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
          <Stack direction="row" spacing={2} sx={{ mt: 2 }}>
            <MuiTextField
              size="small"
              type="number"
              label={translate("resources.awards.fields.fiscalYear")}
              value={form.fiscalYear}
              onChange={(e) => setForm({ ...form, fiscalYear: e.target.value })}
            />
            <MuiTextField
              select
              size="small"
              label={translate("resources.awards.fields.level")}
              value={form.level}
              onChange={(e) => setForm({ ...form, level: e.target.value })}
            >
              {["OUTSTANDING", "EXCELLENT"].map((level) => (
                <MenuItem key={level} value={level}>
                  {translate(`enums.level.${level}`)}
                </MenuItem>
              ))}
            </MuiTextField>
            <MuiTextField
              size="small"
              label={translate("cl.awardAmount.amount")}
              value={form.amount}
              error={Boolean(error)}
              helperText={error}
              onChange={(e) => setForm({ ...form, amount: e.target.value })}
            />
            <MuiButton variant="contained" disabled={!form.amount || !form.fiscalYear} onClick={save}>
              {translate("ra.action.save")}
            </MuiButton>
          </Stack>
        )}
      </CardContent>
    </Card>
  );
}

const SET_AMOUNT = `mutation SetAwardAmount($fiscalYear: Int!, $level: AwardLevel!, $amount: Baht!) {
  setAwardAmount(fiscalYear: $fiscalYear, level: $level, amount: $amount) { fiscalYear level amount } }`;
