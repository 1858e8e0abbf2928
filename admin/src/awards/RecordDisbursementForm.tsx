import { Card, CardContent, Stack, TextField as MuiTextField, Typography } from "@mui/material";
import { useState } from "react";
import { useTranslate } from "react-admin";
import { AmountField } from "../inputs/amount";
import type { DisbursementValues } from "./choices";
import { RecordDisbursementButton } from "./RecordDisbursementButton";

const EMPTY: DisbursementValues = { amount: "", purpose: "", reference: "" };

/** The amount (typed as people type it, read out in Thai words), purpose and reference of a new disbursement, under the ledger. */
export function RecordDisbursementForm({ awardId, onDone }: { awardId: string; onDone: () => void }) {
  const translate = useTranslate();
  const [form, setForm] = useState(EMPTY);
  // the amount as typed ("300,000.50"); the form holds the API's baht string, "" while the text is not an amount
  const [typed, setTyped] = useState("");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const set = (key: "purpose" | "reference") => (e: { target: { value: string } }) => setForm({ ...form, [key]: e.target.value });
  const recorded = () => {
    setForm(EMPTY);
    setTyped("");
    onDone();
  };
  return (
    <Card variant="outlined">
      <CardContent>
        <Typography variant="subtitle1">{translate("cl.disbursement.record")}</Typography>
        <Stack direction={{ xs: "column", md: "row" }} spacing={2} sx={{ mt: 1 }}>
          <AmountField
            label={translate("resources.awards.fields.amount")}
            value={typed}
            onChange={(text, baht) => {
              setTyped(text);
              setForm({ ...form, amount: baht ?? "" });
              setErrors({ ...errors, amount: "" });
            }}
            error={errors.amount}
            size="small"
            sx={{ minWidth: 240 }}
          />
          {(["purpose", "reference"] as const).map((key) => (
            <MuiTextField
              key={key}
              label={translate(`resources.awards.fields.${key}`)}
              value={form[key]}
              onChange={set(key)}
              error={Boolean(errors[key])}
              helperText={errors[key]}
              size="small"
            />
          ))}
          <RecordDisbursementButton awardId={awardId} values={form} onErrors={setErrors} onDone={recorded} />
        </Stack>
      </CardContent>
    </Card>
  );
}
