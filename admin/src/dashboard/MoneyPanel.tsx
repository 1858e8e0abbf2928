import { Card, CardContent, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from "@mui/material";
import { useLocaleState, useTranslate } from "react-admin";
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { chartHeight, formatBaht } from "../i18n";
import type { MoneyAnswer, StagesAnswer } from "./queries";

function Amount({ label, amount, testId, note }: { label: string; amount: string; testId: string; note?: string }) {
  return (
    <Card sx={{ minWidth: 200, flex: "1 1 200px" }} data-testid={testId}>
      <CardContent>
        <Typography variant="caption">{label}</Typography>
        <Typography variant="h5">{formatBaht(amount)}</Typography>
        {note && <Typography variant="body2">{note}</Typography>}
      </CardContent>
    </Card>
  );
}

/**
 * The money of the fiscal year: awarded, then each stage of the disbursements apart (recorded, approved, paid: what
 * is "เบิกจ่ายแล้ว" is only what was approved and paid) and what remains; by province (chart) and by award.
 */
export function MoneyPanel({ money, stages }: { money: MoneyAnswer; stages: StagesAnswer | null }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const summary = money.budgetSummary;
  const names = Object.fromEntries(money.provinces.map((p) => [p.code, locale === "en" ? p.nameEn : p.nameTh]));
  const paidLabel = translate("cl.money.disbursed");
  const remainingLabel = translate("cl.money.remaining");
  const chart = summary.byProvince
    .filter((p) => p.awardCount > 0)
    .map((p) => ({
      name: names[p.provinceCode] ?? p.provinceCode,
      [paidLabel]: chartHeight(p.paidTotal),
      [remainingLabel]: chartHeight(p.remainingTotal),
    }));
  return (
    <Stack spacing={2}>
      <Stack direction="row" sx={{ flexWrap: "wrap", gap: 2 }}>
        <Amount testId="money-awarded" label={translate("cl.money.awarded")} amount={summary.awardedTotal} />
        {stages && (
          <Amount testId="money-recorded" label={translate("cl.programme.money.recorded")} amount={stages.disbursementStages.recordedTotal} />
        )}
        {stages && (
          <Amount testId="money-approved" label={translate("cl.programme.money.approved")} amount={stages.disbursementStages.approvedTotal} />
        )}
        <Amount testId="money-paid" label={paidLabel} amount={summary.paidTotal} />
        <Amount
          testId="money-remaining"
          label={remainingLabel}
          amount={summary.remainingTotal}
          note={translate("cl.programme.money.remainingNote")}
        />
      </Stack>
      <Card>
        <CardContent>
          <Typography variant="subtitle1">{translate("cl.dashboard.byProvince")}</Typography>
          <div style={{ width: "100%", height: 300 }}>
            <ResponsiveContainer>
              <BarChart data={chart}>
                <CartesianGrid strokeDasharray="3 3" />
                <XAxis dataKey="name" />
                <YAxis tickFormatter={(v: number) => new Intl.NumberFormat("th-TH", { notation: "compact", compactDisplay: "long" }).format(v)} />
                <Tooltip formatter={(v) => formatBaht(v as number)} />
                <Legend />
                <Bar dataKey={paidLabel} stackId="a" fill="#c2410c" isAnimationActive={false} />
                <Bar dataKey={remainingLabel} stackId="a" fill="#15803d" isAnimationActive={false} />
              </BarChart>
            </ResponsiveContainer>
          </div>
        </CardContent>
      </Card>
      <Card sx={{ overflowX: "auto" }}>
        <CardContent>
          <Typography variant="subtitle1">{translate("cl.dashboard.byAward")}</Typography>
          <Table size="small">
            <TableHead>
              <TableRow>
                <TableCell>{translate("resources.awards.fields.tambon")}</TableCell>
                <TableCell>{translate("resources.awards.fields.level")}</TableCell>
                <TableCell align="right">{translate("cl.money.awarded")}</TableCell>
                <TableCell align="right">{translate("cl.programme.money.recorded")}</TableCell>
                <TableCell align="right">{translate("cl.programme.money.approved")}</TableCell>
                <TableCell align="right">{paidLabel}</TableCell>
                <TableCell align="right">{remainingLabel}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {summary.byAward.map((award) => (
                <TableRow key={award.id}>
                  <TableCell>
                    <a href={`#/awards/${award.id}/show`}>{locale === "en" ? award.tambon.nameEn : award.tambon.nameTh}</a>
                  </TableCell>
                  <TableCell>{translate(`enums.level.${award.level}`)}</TableCell>
                  <TableCell align="right">{formatBaht(award.amount)}</TableCell>
                  <TableCell align="right">{formatBaht(award.recordedTotal)}</TableCell>
                  <TableCell align="right">{formatBaht(award.approvedTotal)}</TableCell>
                  <TableCell align="right">{formatBaht(award.paidTotal)}</TableCell>
                  <TableCell align="right">{formatBaht(award.remaining)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </CardContent>
      </Card>
    </Stack>
  );
}
