import { Card, CardContent, Stack, TextField as MuiTextField, Typography } from "@mui/material";
import { useState } from "react";
import { useTranslate } from "react-admin";
import type { DisbursementValues } from "./choices";
import { RecordDisbursementButton } from "./RecordDisbursementButton";

const EMPTY: DisbursementValues = { amount: "", purpose: "", reference: "" };

/** The amount, purpose and reference of a new disbursement, under the ledger. */
export function RecordDisbursementForm({ awardId, onDone }: { awardId: string; onDone: () => void }) {
  const translate = useTranslate();
  const [form, setForm] = useState(EMPTY);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const set = (key: keyof DisbursementValues) => (e: { target: { value: string } }) => setForm({ ...form, [key]: e.target.value });
  const recorded = () => {
    setForm(EMPTY);
    onDone();
  };
  return (
    <Card variant="outlined">
      <CardContent>
        <Typography variant="subtitle1">{translate("cl.disbursement.record")}</Typography>
        <Stack direction="row" spacing={2} sx={{ mt: 1 }}>
          {(["amount", "purpose", "reference"] as const).map((key) => (
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
