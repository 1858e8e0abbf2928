import { badInput } from "./errors";
import { Directive, Field, ObjectType } from "type-graphql";

/**
 * A fiscal year's set-up is data held by the subgraph whose records use it: people the inspection
 * regions and the inspectors assigned to them, activities the progress indicators reported on,
 * evaluation the rubrics and the award amounts. Each subgraph answers what it holds for a year and
 * copies it into a next year that has none (`copyFiscalYearSetup` asks all three); every one names
 * an item of set-up in this one shape.
 */
@Directive("@shareable")
@ObjectType({ description: "One item of a fiscal year's set-up: a region, an inspector's assignment, a rubric, an award amount, an indicator" })
export class FiscalYearSetupItem {
  @Field({ description: "INSPECTION_REGION, INSPECTOR, PROGRESS_INDICATOR, RUBRIC or AWARD_AMOUNT" })
  kind!: string;

  @Field({ description: 'What identifies it within its year and kind, e.g. a region number "9", a round "PROVINCE", a level "EXCELLENT"' })
  key!: string;

  @Field({ description: "The item in Thai, as a person reads it" })
  nameTh!: string;
}

export type FiscalYearSetupKind = "INSPECTION_REGION" | "INSPECTOR" | "PROGRESS_INDICATOR" | "RUBRIC" | "AWARD_AMOUNT";

export const setupItem = (kind: FiscalYearSetupKind, key: string, nameTh: string): FiscalYearSetupItem => ({ kind, key, nameTh });

/** A year's set-up is copied forward only: BAD_USER_INPUT on `toFiscalYear` unless it comes after `fromFiscalYear`. */
export function requireLaterFiscalYear(fromFiscalYear: number, toFiscalYear: number): void {
  if (toFiscalYear > fromFiscalYear) return;
  throw badInput("toFiscalYear", `The year to copy into (${toFiscalYear}) must come after ${fromFiscalYear}`, {
    messageTh: `ปีงบประมาณปลายทาง (${toFiscalYear}) ต้องอยู่หลังปีงบประมาณต้นทาง (${fromFiscalYear})`,
  });
}
