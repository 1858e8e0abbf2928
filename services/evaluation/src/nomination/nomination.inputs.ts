import { PageType, IsFiscalYear, IsTambonCode, ProgrammeFilter } from "@change-leaders/common";
import { ArrayMaxSize, IsEnum, IsUrl, Length } from "class-validator";
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { Nomination, NominationStatus } from "./nomination.entity";
import { ContestRound } from "../contest/contest-round";

@InputType({ description: "Narrows a list of nominations" })
export class NominationFilter extends ProgrammeFilter {
  @Field(() => ContestRound, { nullable: true })
  @IsEnum(ContestRound)
  round?: ContestRound;

  @Field(() => NominationStatus, { nullable: true })
  @IsEnum(NominationStatus)
  status?: NominationStatus;
}

@ObjectType()
export class NominationPage extends PageType(Nomination) {}

@InputType({ description: "A tambon put forward in a round of a fiscal year's contest" })
export class NominationInput {
  @Field(() => ID)
  @IsTambonCode()
  tambonCode!: string;

  @Field(() => Int)
  @IsFiscalYear()
  fiscalYear!: number;

  @Field(() => ContestRound, { defaultValue: ContestRound.PROVINCE })
  @IsEnum(ContestRound)
  round!: ContestRound;

  @Field()
  @Length(1, 5000)
  summary!: string;

  @Field(() => [String], { nullable: true, description: "Links to the evidence" })
  @ArrayMaxSize(50)
  @IsUrl({ require_tld: false }, { each: true, message: "each evidence link is a URL" })
  evidenceLinks?: string[];
}

export enum Decision {
  SELECTED = "SELECTED",
  NOT_SELECTED = "NOT_SELECTED",
}
registerEnumType(Decision, { name: "Decision", description: "The panel's decision on a nomination" });
