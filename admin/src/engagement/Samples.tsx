import { Card, CardContent, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField as MuiTextField, Typography } from "@mui/material";
import { useCallback, useEffect, useState } from "react";
import { useLocaleState, usePermissions, useRecordContext, useRefresh, useTranslate } from "react-admin";
import { usePanelDataProvider } from "../dataProvider";
import { formatDate } from "../i18n";
import { type SampleCounts, mayRecord } from "./choices";
import { RecordSampleButton } from "./RecordSampleButton";

interface Sample {
  id: string;
  likes: number;
  follows: number;
  shares: number;
  sampledAt: string;
  sampledBy: string;
}

const EMPTY: SampleCounts = { likes: "", follows: "", shares: "" };
const KEYS = ["likes", "follows", "shares"] as const;

/** The counts sampled so far (latest first), and a form to record what the post shows now. */
export function Samples() {
  const record = useRecordContext();
  const translate = useTranslate();
  const refresh = useRefresh();
  const [locale] = useLocaleState();
  const { permissions } = usePermissions();
  const dataProvider = usePanelDataProvider();
  const [samples, setSamples] = useState<Sample[]>([]);
  const [counts, setCounts] = useState(EMPTY);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const load = useCallback(() => {
    if (!record?.id) return;
    dataProvider
      .query<{ engagementPost: { samples: { nodes: Sample[] } } }>("engagementSamples", { id: record.id })
      .then((data) => setSamples(data.engagementPost.samples.nodes))
      .catch(() => setSamples([]));
  }, [record?.id]);
  useEffect(load, [load]);
  const sampled = () => {
    setCounts(EMPTY);
    load();
    refresh();
  };
  return (
    <Card variant="outlined">
      <CardContent>
        <Typography variant="h6">{translate("cl.engagement.samples")}</Typography>
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>{translate("cl.engagement.sampledAt")}</TableCell>
              {KEYS.map((key) => (
                <TableCell key={key} align="right">
                  {translate(`resources.engagementPosts.fields.latestSample.${key}`)}
                </TableCell>
              ))}
              <TableCell>{translate("cl.historyBy")}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {samples.map((sample) => (
              <TableRow key={sample.id}>
                <TableCell>{formatDate(sample.sampledAt, locale, true)}</TableCell>
                {KEYS.map((key) => (
                  <TableCell key={key} align="right">
                    {sample[key].toLocaleString("th-TH")}
                  </TableCell>
                ))}
                <TableCell>{sample.sampledBy}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
        {mayRecord(permissions) && (
          <Stack direction="row" spacing={2} sx={{ mt: 2 }}>
            {KEYS.map((key) => (
              <MuiTextField
                key={key}
                size="small"
                type="number"
                label={translate(`resources.engagementPosts.fields.latestSample.${key}`)}
                value={counts[key]}
                error={Boolean(errors[key])}
                helperText={errors[key]}
                onChange={(e) => setCounts({ ...counts, [key]: e.target.value })}
              />
            ))}
            <RecordSampleButton postId={record?.id} counts={counts} onErrors={setErrors} onDone={sampled} />
          </Stack>
        )}
      </CardContent>
    </Card>
  );
}
