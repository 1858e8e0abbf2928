import { Alert, Card, CardContent, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from "@mui/material";
import { useEffect, useState } from "react";
import { Title, useLocaleState, useTranslate } from "react-admin";
import { ExecutiveSummaryPdfButton } from "../dashboard/ExecutiveSummaryPdfButton";
import { Figure } from "../dashboard/Figure";
import { EXECUTIVE_SUMMARY, type RoundCount } from "../dashboard/queries";
import { gql } from "../graphql";
import { apiErrorMessage, formatBaht } from "../i18n";
import { YearPicker, useChosenYear } from "./YearPicker";

interface Named {
  nameTh: string;
  nameEn: string;
}

interface Summary {
  fiscalYear: number;
  year: { status: "OPEN" | "CLOSED"; nameTh: string };
  outstandingCount: number;
  rounds: RoundCount[];
  excellentAwards: { id: string; rank: number | null; amount: string; tambon: Named }[];
  budget: { awardCount: number; awardedTotal: string; disbursedTotal: string; paidTotal: string; remainingTotal: string };
  publishedLessons: { id: string; title: string; successFactors: string; lessons: string; recommendations: string; tambon: Named }[];
}

const number = new Intl.NumberFormat("th-TH");

/** The executive summary of a fiscal year as the API gives it (the contest, the awards, the money, the lessons), with its PDF. */
export function ExecutiveSummaryPage() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { fiscalYear, years, choose } = useChosenYear();
  const [summary, setSummary] = useState<Summary | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (fiscalYear === null) return;
    let current = true;
    gql<{ executiveSummary: Summary }>(EXECUTIVE_SUMMARY, { fiscalYear })
      .then((data) => {
        if (!current) return;
        setError(null);
        setSummary(data.executiveSummary);
      })
      .catch((e: unknown) => current && setError(apiErrorMessage(e)));
    return () => {
      current = false;
    };
  }, [fiscalYear]);
  const name = (place: Named) => (locale === "en" ? place.nameEn : place.nameTh);
  const shown = summary && summary.fiscalYear === fiscalYear ? summary : null;
  return (
    <Stack spacing={2} sx={{ mt: 2 }}>
      <Title title={translate("cl.executiveSummary.title")} />
      <Stack direction="row" sx={{ alignItems: "center", flexWrap: "wrap", gap: 2 }}>
        <Typography variant="h5">{translate("cl.executiveSummary.title")}</Typography>
        <YearPicker value={fiscalYear} years={years} onChange={choose} />
        {fiscalYear !== null && <ExecutiveSummaryPdfButton fiscalYear={fiscalYear} />}
      </Stack>
      {error && <Alert severity="error">{error}</Alert>}
      {shown && (
        <>
          <Typography variant="h6" data-testid="summary-year">
            {shown.year.nameTh} · {translate(`cl.fiscalYears.${shown.year.status}`)}
            {shown.year.status === "OPEN" ? ` (${translate("cl.executiveSummary.notFinal")})` : ""}
          </Typography>
          <Stack direction="row" sx={{ flexWrap: "wrap", gap: 2 }}>
            <Figure testId="summary-awards" label={translate("cl.dashboard.awardCount")} value={number.format(shown.budget.awardCount)} />
            <Figure
              testId="summary-excellent"
              label={translate("cl.executiveSummary.excellent")}
              value={number.format(shown.excellentAwards.length)}
            />
            <Figure testId="summary-outstanding" label={translate("cl.executiveSummary.outstanding")} value={number.format(shown.outstandingCount)} />
            <Figure testId="summary-awarded" label={translate("cl.money.awarded")} value={formatBaht(shown.budget.awardedTotal)} />
            <Figure testId="summary-committed" label={translate("cl.executiveSummary.committed")} value={formatBaht(shown.budget.disbursedTotal)} />
            <Figure testId="summary-paid" label={translate("cl.money.disbursed")} value={formatBaht(shown.budget.paidTotal)} />
            <Figure testId="summary-remaining" label={translate("cl.money.remaining")} value={formatBaht(shown.budget.remainingTotal)} />
          </Stack>
          <Card>
            <CardContent>
              <Typography variant="subtitle1">{translate("cl.programme.funnel")}</Typography>
              <Table size="small">
                <TableHead>
                  <TableRow>
                    <TableCell>{translate("cl.executiveSummary.round")}</TableCell>
                    <TableCell align="right">{translate("cl.programme.nominated")}</TableCell>
                    <TableCell align="right">{translate("cl.programme.selected")}</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {shown.rounds.map((round) => (
                    <TableRow key={round.round} data-testid={`summary-round-${round.round}`}>
                      <TableCell>{translate(`enums.round.${round.round}`)}</TableCell>
                      <TableCell align="right">{number.format(round.nominated)}</TableCell>
                      <TableCell align="right">{number.format(round.selected)}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </CardContent>
          </Card>
          <Card>
            <CardContent>
              <Typography variant="subtitle1">{translate("cl.executiveSummary.excellentTambons")}</Typography>
              {shown.excellentAwards.length === 0 && <Typography variant="body2">{translate("cl.executiveSummary.none")}</Typography>}
              {shown.excellentAwards.map((award) => (
                <Typography key={award.id} variant="body2">
                  {award.rank ?? "–"}. <a href={`#/awards/${award.id}/show`}>{name(award.tambon)}</a> · {formatBaht(award.amount)}
                </Typography>
              ))}
            </CardContent>
          </Card>
          <Card data-testid="summary-lessons">
            <CardContent>
              <Typography variant="subtitle1">{translate("cl.executiveSummary.lessons")}</Typography>
              {shown.publishedLessons.length === 0 && <Typography variant="body2">{translate("cl.executiveSummary.noLessons")}</Typography>}
              {shown.publishedLessons.map((lesson) => (
                <Stack key={lesson.id} spacing={0.5} sx={{ mt: 1 }}>
                  <Typography variant="subtitle2">
                    {lesson.title} · {name(lesson.tambon)}
                  </Typography>
                  <Typography variant="body2">
                    {translate("resources.lessonSummaries.fields.successFactors")}: {lesson.successFactors}
                  </Typography>
                  <Typography variant="body2">
                    {translate("resources.lessonSummaries.fields.lessons")}: {lesson.lessons}
                  </Typography>
                  <Typography variant="body2">
                    {translate("resources.lessonSummaries.fields.recommendations")}: {lesson.recommendations}
                  </Typography>
                </Stack>
              ))}
            </CardContent>
          </Card>
        </>
      )}
    </Stack>
  );
}
