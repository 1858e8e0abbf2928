import { FiscalYearSetupItem } from "@change-leaders/common";
import { Field, ID, Int, ObjectType } from "type-graphql";

@ObjectType({ description: "A fiscal year's set-up across the three subgraphs, and whether its region table covers the country" })
export class FiscalYearSetup {
  @Field(() => Int)
  fiscalYear!: number;

  @Field(() => [FiscalYearSetupItem], { description: "Regions, inspector assignments, indicators, rubrics and award amounts the year holds" })
  items!: FiscalYearSetupItem[];

  @Field(() => [ID], { description: "Provinces in no inspection region of the year (every province is in exactly one)" })
  provincesWithoutRegion!: string[];
}

@ObjectType({ description: "What copyFiscalYearSetup made (or, in a dry run, would make) in the next year" })
export class FiscalYearSetupReport {
  @Field(() => Int)
  fromFiscalYear!: number;

  @Field(() => Int)
  toFiscalYear!: number;

  @Field()
  dryRun!: boolean;

  @Field(() => [FiscalYearSetupItem], {
    description: "Each item copied (to be copied), in the order regions, inspectors, indicators, rubrics, award amounts",
  })
  items!: FiscalYearSetupItem[];

  @Field(() => [ID], { description: "Provinces the copied region table leaves without a region (empty when the source year covered the country)" })
  provincesWithoutRegion!: string[];
}
