/**
 * What the dashboard and the executive summary read (sent with `gql`): each figure from the subgraph that owns it.
 * Money for the roles that read it (SPEC section 2); the programme's figures for admins, executives and budget officers.
 */
export const MONEY = `query DashboardMoney($fiscalYear: Int!) {
  budgetSummary(fiscalYear: $fiscalYear) { awardCount awardedTotal disbursedTotal paidTotal remainingTotal
    byProvince { provinceCode awardCount awardedTotal paidTotal remainingTotal }
    byAward { id level amount recordedTotal approvedTotal paidTotal remaining tambon { nameTh nameEn } } }
  provinces { code nameTh nameEn } }`;

export const STAGES = `query DashboardStages($fiscalYear: Int!) {
  disbursementStages(fiscalYear: $fiscalYear) { recordedTotal approvedTotal paidTotal } }`;

export const FIGURES = `query DashboardFigures($fiscalYear: Int!) {
  leaders(filter: { cohortYear: $fiscalYear }, page: { limit: 1 }) { totalCount }
  programmeFigures(fiscalYear: $fiscalYear) { workshopCount targetLeaders registered attended progressReportCount
    progressReportsAccepted engagementPostCount byProvince { provinceCode workshopCount targetLeaders attended } }
  executiveSummary(fiscalYear: $fiscalYear) { rounds { round nominated selected } }
  provinces { code nameTh nameEn } }`;

export const EXECUTIVE_SUMMARY = `query ExecutiveSummaryPage($fiscalYear: Int!) {
  executiveSummary(fiscalYear: $fiscalYear) {
    fiscalYear year { status nameTh } outstandingCount
    rounds { round nominated selected }
    excellentAwards { id rank amount tambon { nameTh nameEn } }
    budget { awardCount awardedTotal disbursedTotal paidTotal remainingTotal }
    publishedLessons { id title successFactors lessons recommendations tambon { nameTh nameEn } } } }`;

export interface Place {
  code: string;
  nameTh: string;
  nameEn: string;
}

export interface MoneyAnswer {
  budgetSummary: {
    awardCount: number;
    awardedTotal: string;
    disbursedTotal: string;
    paidTotal: string;
    remainingTotal: string;
    byProvince: { provinceCode: string; awardCount: number; awardedTotal: string; paidTotal: string; remainingTotal: string }[];
    byAward: {
      id: string;
      level: string;
      amount: string;
      recordedTotal: string;
      approvedTotal: string;
      paidTotal: string;
      remaining: string;
      tambon: { nameTh: string; nameEn: string };
    }[];
  };
  provinces: Place[];
}

export interface StagesAnswer {
  disbursementStages: { recordedTotal: string; approvedTotal: string; paidTotal: string };
}

export interface RoundCount {
  round: string;
  nominated: number;
  selected: number;
}

export interface FiguresAnswer {
  leaders: { totalCount: number };
  programmeFigures: {
    workshopCount: number;
    targetLeaders: number;
    registered: number;
    attended: number;
    progressReportCount: number;
    progressReportsAccepted: number;
    engagementPostCount: number;
    byProvince: { provinceCode: string; workshopCount: number; targetLeaders: number; attended: number }[];
  };
  executiveSummary: { rounds: RoundCount[] };
  provinces: Place[];
}
