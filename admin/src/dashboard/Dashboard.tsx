import { Alert, Card, CardContent, Stack, Table, TableBody, TableCell, TableRow, Typography } from "@mui/material";
import { useEffect, useState } from "react";
import { Title, useLocaleState, useTranslate } from "react-admin";
import { me } from "../authProvider";
import { usePanelDataProvider } from "../dataProvider";
import { YearPicker, useChosenYear } from "../executive/YearPicker";
import { gql } from "../graphql";
import { apiErrorMessage } from "../i18n";
import { ExecutiveSummaryPdfButton } from "./ExecutiveSummaryPdfButton";
import { MoneyPanel } from "./MoneyPanel";
import { ProgrammePanel } from "./ProgrammePanel";
import { FIGURES, type FiguresAnswer, MONEY, type MoneyAnswer, STAGES, type StagesAnswer } from "./queries";

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

/** Who reads the money (SPEC section 2; an officer: the awards, which are public). */
const MONEY_ROLES = ["ADMIN", "BUDGET_OFFICER", "EXECUTIVE", "PROVINCE_OFFICER"];
/** Who reads the disbursements by stage and the programme's figures (the API's rules). */
const PROGRAMME_ROLES = ["ADMIN", "EXECUTIVE", "BUDGET_OFFICER"];
/** Who prints the executive summary of a fiscal year. */
const SUMMARY_ROLES = ["ADMIN", "EXECUTIVE", "BUDGET_OFFICER"];

interface YearData {
  fiscalYear: number;
  money: MoneyAnswer | null;
  stages: StagesAnswer | null;
  figures: FiguresAnswer | null;
}

/**
 * A fiscal year (picked; today's by default, see useChosenYear) in figures and money: the programme's figures with
 * charts and the provinces' map, then the money, each stage of the disbursements apart.
 */
export function Dashboard() {
  const translate = useTranslate();
  const account = me();
  const role = account?.role ?? "";
  const showMoney = MONEY_ROLES.includes(role);
  const showProgramme = PROGRAMME_ROLES.includes(role);
  const { fiscalYear, years, closed, choose } = useChosenYear();
  const [data, setData] = useState<YearData | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (fiscalYear === null || (!showMoney && !showProgramme)) return;
    let current = true;
    const variables = { fiscalYear };
    Promise.all([
      showMoney ? gql<MoneyAnswer>(MONEY, variables) : null,
      showProgramme ? gql<StagesAnswer>(STAGES, variables) : null,
      showProgramme ? gql<FiguresAnswer>(FIGURES, variables) : null,
    ])
      .then(([money, stages, figures]) => {
        if (!current) return;
        setError(null);
        setData({ fiscalYear, money, stages, figures });
      })
      .catch((e: unknown) => current && setError(apiErrorMessage(e)));
    return () => {
      current = false;
    };
  }, [fiscalYear, showMoney, showProgramme]);
  const shown = data && data.fiscalYear === fiscalYear ? data : null;
  const awardsByProvince = Object.fromEntries((shown?.money?.budgetSummary.byProvince ?? []).map((p) => [p.provinceCode, p.awardCount]));
  return (
    <Stack spacing={2} sx={{ mt: 2 }}>
      <Title title={translate("cl.dashboard.title")} />
      <Typography variant="h5">{translate("cl.dashboard.welcome", { name: account?.displayName ?? "" })}</Typography>
      {(role === "INSPECTOR" || role === "JUDGE") && <ReviewWork />}
      {/* Shown with the first figures read, as before: a page opened from the menu meanwhile never meets the picker. */}
      {(data !== null || error !== null) && fiscalYear !== null && (
        <Stack direction="row" sx={{ alignItems: "center", flexWrap: "wrap", gap: 2 }}>
          <Typography variant="h6" data-testid="dashboard-year">
            {translate("cl.dashboard.fiscalYear", { year: fiscalYear })}
            {closed ? ` (${translate("cl.fiscalYears.CLOSED")})` : ""}
          </Typography>
          <YearPicker value={fiscalYear} years={years} onChange={choose} />
          {SUMMARY_ROLES.includes(role) && <ExecutiveSummaryPdfButton fiscalYear={fiscalYear} />}
        </Stack>
      )}
      {error && <Alert severity="error">{error}</Alert>}
      {shown?.figures && (
        <>
          <Typography variant="h6">{translate("cl.programme.title")}</Typography>
          <ProgrammePanel figures={shown.figures} awardsByProvince={awardsByProvince} />
        </>
      )}
      {shown?.money && (
        <>
          <Typography variant="h6">{translate("cl.dashboard.title")}</Typography>
          <MoneyPanel money={shown.money} stages={shown.stages} />
        </>
      )}
    </Stack>
  );
}
