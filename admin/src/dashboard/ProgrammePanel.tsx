import { Card, CardContent, Stack, Typography } from "@mui/material";
import { useLocaleState, useTranslate } from "react-admin";
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { Figure } from "./Figure";
import { ProvinceMap } from "./ProvinceMap";
import type { FiguresAnswer } from "./queries";

const number = new Intl.NumberFormat("th-TH");
const percent = new Intl.NumberFormat("th-TH", { style: "percent", maximumFractionDigits: 1 });

/**
 * The programme of a fiscal year in numbers: leaders, workshops and attendance against target, progress reports,
 * posts, the contest by round, and the provinces' map by awards or attendance.
 */
export function ProgrammePanel({ figures, awardsByProvince }: { figures: FiguresAnswer; awardsByProvince: Record<string, number> }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const p = figures.programmeFigures;
  const names = Object.fromEntries(figures.provinces.map((place) => [place.code, locale === "en" ? place.nameEn : place.nameTh]));
  const attendedLabel = translate("cl.programme.attended");
  const targetLabel = translate("cl.programme.target");
  const attendance = p.byProvince
    .filter((row) => row.targetLeaders > 0 || row.attended > 0)
    .map((row) => ({ name: names[row.provinceCode] ?? row.provinceCode, [attendedLabel]: row.attended, [targetLabel]: row.targetLeaders }));
  const nominatedLabel = translate("cl.programme.nominated");
  const selectedLabel = translate("cl.programme.selected");
  const funnel = figures.executiveSummary.rounds.map((round) => ({
    name: translate(`enums.round.${round.round}`),
    [nominatedLabel]: round.nominated,
    [selectedLabel]: round.selected,
  }));
  return (
    <Stack spacing={2}>
      <Stack direction="row" sx={{ flexWrap: "wrap", gap: 2 }}>
        <Figure testId="figure-leaders" label={translate("cl.programme.leaders")} value={number.format(figures.leaders.totalCount)} />
        <Figure testId="figure-workshops" label={translate("cl.programme.workshops")} value={number.format(p.workshopCount)} />
        <Figure
          testId="figure-attendance"
          label={translate("cl.programme.attendance")}
          value={`${number.format(p.attended)} / ${number.format(p.targetLeaders)}`}
          note={p.targetLeaders > 0 ? translate("cl.programme.ofTarget", { rate: percent.format(p.attended / p.targetLeaders) }) : undefined}
        />
        <Figure
          testId="figure-reports"
          label={translate("cl.programme.reports")}
          value={number.format(p.progressReportCount)}
          note={translate("cl.programme.accepted", { count: number.format(p.progressReportsAccepted) })}
        />
        <Figure testId="figure-posts" label={translate("cl.programme.posts")} value={number.format(p.engagementPostCount)} />
      </Stack>
      <Stack direction={{ xs: "column", md: "row" }} spacing={2}>
        <Card sx={{ flex: 1 }}>
          <CardContent>
            <Typography variant="subtitle1">{translate("cl.programme.attendanceByProvince")}</Typography>
            <div style={{ width: "100%", height: 260 }}>
              <ResponsiveContainer>
                <BarChart data={attendance}>
                  <CartesianGrid strokeDasharray="3 3" />
                  <XAxis dataKey="name" />
                  <YAxis allowDecimals={false} />
                  <Tooltip formatter={(v) => number.format(v as number)} />
                  <Legend />
                  <Bar dataKey={targetLabel} fill="#94a3b8" isAnimationActive={false} />
                  <Bar dataKey={attendedLabel} fill="#15803d" isAnimationActive={false} />
                </BarChart>
              </ResponsiveContainer>
            </div>
          </CardContent>
        </Card>
        <Card sx={{ flex: 1 }} data-testid="contest-funnel">
          <CardContent>
            <Typography variant="subtitle1">{translate("cl.programme.funnel")}</Typography>
            <div style={{ width: "100%", height: 260 }}>
              <ResponsiveContainer>
                <BarChart data={funnel}>
                  <CartesianGrid strokeDasharray="3 3" />
                  <XAxis dataKey="name" />
                  <YAxis allowDecimals={false} />
                  <Tooltip formatter={(v) => number.format(v as number)} />
                  <Legend />
                  <Bar dataKey={nominatedLabel} fill="#1d4ed8" isAnimationActive={false} />
                  <Bar dataKey={selectedLabel} fill="#c2410c" isAnimationActive={false} />
                </BarChart>
              </ResponsiveContainer>
            </div>
            <Typography variant="body2" component="div">
              {figures.executiveSummary.rounds.map((round) => (
                <div key={round.round} data-testid={`round-${round.round}`}>
                  {translate(`enums.round.${round.round}`)}:{" "}
                  {translate("cl.programme.roundLine", { nominated: round.nominated, selected: round.selected })}
                </div>
              ))}
            </Typography>
          </CardContent>
        </Card>
      </Stack>
      <Card>
        <CardContent>
          <ProvinceMap
            provinces={figures.provinces}
            values={{ awards: awardsByProvince, attendance: Object.fromEntries(p.byProvince.map((row) => [row.provinceCode, row.attended])) }}
          />
        </CardContent>
      </Card>
    </Stack>
  );
}
