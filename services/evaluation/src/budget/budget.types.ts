import { type Satang, BahtScalar } from "@change-leaders/common";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { Award, AwardLevel } from "../award/award.entity";
import { LessonSummary } from "../lesson/lesson.entity";
import { ContestRound } from "../contest/contest-round";
import { FiscalYear } from "../fiscal-year/fiscal-year.entity";
import { ProvinceRef } from "../province/province.ref";

@ObjectType({ description: "Money of a group of awards" })
export class BudgetLine {
  @Field(() => Int)
  awardCount!: number;

  @Field(() => BahtScalar)
  awardedTotal!: Satang;

  @Field(() => BahtScalar, { description: "Disbursements that are not cancelled" })
  disbursedTotal!: Satang;

  @Field(() => BahtScalar, { description: "Disbursements already paid out" })
  paidTotal!: Satang;

  @Field(() => BahtScalar)
  remainingTotal!: Satang;
}

@ObjectType({ description: "The money of one province's awards" })
export class ProvinceBudget extends BudgetLine {
  @Field(() => ID)
  provinceCode!: string;

  @Field(() => ProvinceRef, { description: "The province, with its names (from the people subgraph)" })
  province!: ProvinceRef;
}

@ObjectType({ description: "The money of one award level's awards" })
export class LevelBudget extends BudgetLine {
  @Field(() => AwardLevel)
  level!: AwardLevel;
}

@ObjectType({ description: "Awarded, disbursed and remaining money of a fiscal year (and province), computed in SQL" })
export class BudgetSummary extends BudgetLine {
  @Field(() => Int)
  fiscalYear!: number;

  @Field(() => ID, { nullable: true })
  provinceCode!: string | null;

  /** The provinces that have awards; the `byProvince` field (BudgetResolver) adds every other province with zeros. */
  awardedProvinces!: ProvinceBudget[];

  @Field(() => [LevelBudget])
  byLevel!: LevelBudget[];

  // byAward: a field resolver (BudgetResolver), loaded only when asked.
}

@ObjectType({ description: "How many tambons a round of the contest saw and selected" })
export class RoundCount {
  @Field(() => ContestRound)
  round!: ContestRound;

  @Field(() => Int)
  nominated!: number;

  @Field(() => Int)
  selected!: number;
}

@ObjectType({ description: "A fiscal year for executives: the contest, the awards, the money and the published lessons" })
export class ExecutiveSummary {
  @Field(() => Int)
  fiscalYear!: number;

  @Field(() => FiscalYear, { description: "The year and whether it is closed: a closed year's summary is final" })
  year!: FiscalYear;

  @Field(() => [RoundCount])
  rounds!: RoundCount[];

  @Field(() => [Award], { description: "The excellent tambons, by rank" })
  excellentAwards!: Award[];

  @Field(() => Int)
  outstandingCount!: number;

  @Field(() => BudgetSummary)
  budget!: BudgetSummary;

  @Field(() => [LessonSummary])
  publishedLessons!: LessonSummary[];
}
