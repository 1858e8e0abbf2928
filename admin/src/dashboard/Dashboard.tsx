import {
  Card,
  CardContent,
  MenuItem,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField as MuiTextField,
  Typography,
} from "@mui/material";
import { useEffect, useState } from "react";
import { Title, useLocaleState, useTranslate } from "react-admin";
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { me } from "../authProvider";
import { usePanelDataProvider } from "../dataProvider";
import { useFiscalYears } from "../fiscal-years/useFiscalYears";
import { chartHeight, formatBaht } from "../i18n";
import { ExecutiveSummaryPdfButton } from "./ExecutiveSummaryPdfButton";

interface Summary {
  awardCount: number;
  awardedTotal: string;
  disbursedTotal: string;
  remainingTotal: string;
  byProvince: { provinceCode: string; awardCount: number; awardedTotal: string; disbursedTotal: string; remainingTotal: string }[];
  byAward: { id: string; level: string; amount: string; disbursedTotal: string; remaining: string; tambon: { nameTh: string; nameEn: string } }[];
}

interface Waiting {
  id: string;
  status: string;
  round: string;
  reviewCount: number;
  tambon: { nameTh: string; nameEn: string };
}

/** An inspector's or judge's work: the nominations waiting for reviews (the API shows only theirs to review). */
function ReviewWork() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const dataProvider = usePanelDataProvider();
  const [waiting, setWaiting] = useState<Waiting[] | null>(null);
  useEffect(() => {
    Promise.all(
      ["SUBMITTED", "UNDER_REVIEW"].map((status) => dataProvider.query<{ nominations: { nodes: Waiting[] } }>("nominationsWaiting", { status })),
    ).then((pages) => setWaiting(pages.flatMap((page) => page.nominations.nodes)));
  }, []);
  if (!waiting) return null;
  return (
    <Card>
      <CardContent>
        <Typography variant="h6">{translate("cl.dashboard.reviewWork", { count: waiting.length })}</Typography>
        <Table size="small">
          <TableBody>
            {waiting.map((n) => (
              <TableRow key={n.id}>
                <TableCell>
                  <a href={`#/nominations/${n.id}/show`}>{locale === "en" ? n.tambon.nameEn : n.tambon.nameTh}</a>
                </TableCell>
                <TableCell>{translate(`enums.round.${n.round}`)}</TableCell>
                <TableCell>{translate(`enums.nomination.${n.status}`)}</TableCell>
                <TableCell>
                  {translate("resources.nominations.fields.reviewCount")}: {n.reviewCount}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </CardContent>
    </Card>
  );
}

const MONEY_ROLES = ["ADMIN", "BUDGET_OFFICER", "EXECUTIVE", "PROVINCE_OFFICER"];
/** Who prints the executive summary of a fiscal year. */
const SUMMARY_ROLES = ["ADMIN", "EXECUTIVE", "BUDGET_OFFICER"];

/** The budget of the fiscal year: awarded, disbursed and remaining, by province (chart) and by award. */
export function Dashboard() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const [summary, setSummary] = useState<Summary | null>(null);
  const [provinces, setProvinces] = useState<Record<string, { nameTh: string; nameEn: string }>>({});
  const dataProvider = usePanelDataProvider();
  const account = me();
  const showMoney = MONEY_ROLES.includes(account?.role ?? "");
  const { years, current } = useFiscalYears();
  const [chosenYear, setChosenYear] = useState<number | null>(null);
  const fiscalYear = chosenYear ?? current;
  const closed = years.find((year) => year.fiscalYear === fiscalYear)?.status === "CLOSED";
  useEffect(() => {
    if (!showMoney || fiscalYear === null) return;
    dataProvider
      .query<{ budgetSummary: Summary; provinces: { code: string; nameTh: string; nameEn: string }[] }>("budgetSummary", { fiscalYear })
      .then((data) => {
        setSummary(data.budgetSummary);
        setProvinces(Object.fromEntries(data.provinces.map((p) => [p.code, p])));
      });
  }, [showMoney, fiscalYear]);
  const name = (code: string) => (locale === "en" ? provinces[code]?.nameEn : provinces[code]?.nameTh) ?? code;
  // The summary lists every province (zeros too); the chart shows those with awards.
  const chart = summary?.byProvince
    .filter((p) => p.awardCount > 0)
    .map((p) => ({
      name: name(p.provinceCode),
      [translate("cl.money.disbursed")]: chartHeight(p.disbursedTotal),
      [translate("cl.money.remaining")]: chartHeight(p.remainingTotal),
    }));
  return (
    <Stack spacing={2} sx={{ mt: 2 }}>
      <Title title={translate("cl.dashboard.title")} />
      <Typography variant="h5">{translate("cl.dashboard.welcome", { name: account?.displayName ?? "" })}</Typography>
      {(account?.role === "INSPECTOR" || account?.role === "JUDGE") && <ReviewWork />}
      {summary && (
        <>
          <Stack direction="row" spacing={2} sx={{ alignItems: "center" }}>
            <Typography variant="h6">
              {translate("cl.dashboard.title")} · {translate("cl.dashboard.fiscalYear", { year: fiscalYear })}
              {closed ? ` (${translate("cl.fiscalYears.CLOSED")})` : ""}
            </Typography>
            {years.length > 1 && (
              <MuiTextField
                select
                size="small"
                sx={{ width: 180 }}
                label={translate("cl.fiscalYears.year")}
                value={fiscalYear ?? ""}
                onChange={(e) => setChosenYear(Number(e.target.value))}
              >
                {years.map((year) => (
                  <MenuItem key={year.fiscalYear} value={year.fiscalYear}>
                    {year.fiscalYear}
                  </MenuItem>
                ))}
              </MuiTextField>
            )}
            {fiscalYear !== null && SUMMARY_ROLES.includes(account?.role ?? "") && <ExecutiveSummaryPdfButton fiscalYear={fiscalYear} />}
          </Stack>
          <Stack direction="row" spacing={2}>
            {(
              [
                ["cl.money.awarded", summary.awardedTotal],
                ["cl.money.disbursed", summary.disbursedTotal],
                ["cl.money.remaining", summary.remainingTotal],
              ] as const
            ).map(([label, amount]) => (
              <Card key={label} sx={{ minWidth: 220 }}>
                <CardContent>
                  <Typography variant="caption">{translate(label)}</Typography>
                  <Typography variant="h5">{formatBaht(amount)}</Typography>
                </CardContent>
              </Card>
            ))}
          </Stack>
          <Card>
            <CardContent>
              <Typography variant="subtitle1">{translate("cl.dashboard.byProvince")}</Typography>
              <div style={{ width: "100%", height: 300 }}>
                <ResponsiveContainer>
                  <BarChart data={chart}>
                    <CartesianGrid strokeDasharray="3 3" />
                    <XAxis dataKey="name" />
                    <YAxis tickFormatter={(v: number) => new Intl.NumberFormat("th-TH", { notation: "compact" }).format(v)} />
                    <Tooltip formatter={(v) => formatBaht(v as number)} />
                    <Legend />
                    <Bar dataKey={translate("cl.money.disbursed")} stackId="a" fill="#c2410c" isAnimationActive={false} />
                    <Bar dataKey={translate("cl.money.remaining")} stackId="a" fill="#15803d" isAnimationActive={false} />
                  </BarChart>
                </ResponsiveContainer>
              </div>
            </CardContent>
          </Card>
          <Card>
            <CardContent>
              <Typography variant="subtitle1">{translate("cl.dashboard.byAward")}</Typography>
              <Table size="small">
                <TableHead>
                  <TableRow>
                    <TableCell>{translate("resources.awards.fields.tambon")}</TableCell>
                    <TableCell>{translate("resources.awards.fields.level")}</TableCell>
                    <TableCell align="right">{translate("cl.money.awarded")}</TableCell>
                    <TableCell align="right">{translate("cl.money.disbursed")}</TableCell>
                    <TableCell align="right">{translate("cl.money.remaining")}</TableCell>
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
                      <TableCell align="right">{formatBaht(award.disbursedTotal)}</TableCell>
                      <TableCell align="right">{formatBaht(award.remaining)}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </CardContent>
          </Card>
        </>
      )}
    </Stack>
  );
}
