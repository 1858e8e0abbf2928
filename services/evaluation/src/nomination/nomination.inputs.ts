import { PageType } from "@change-leaders/common";
import { IsEnum, Matches, Max, Min } from "class-validator";
import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { ContestRound, Nomination, NominationStatus } from "./nomination.entity";

@InputType({ description: "Narrows a list of nominations" })
export class NominationFilter {
  @Field(() => Int, { nullable: true })
  @Min(2500)
  @Max(2700)
  fiscalYear?: number;

  @Field(() => ContestRound, { nullable: true })
  @IsEnum(ContestRound)
  round?: ContestRound;

  @Field(() => NominationStatus, { nullable: true })
  @IsEnum(NominationStatus)
  status?: NominationStatus;

  @Field(() => ID, { nullable: true })
  @Matches(/^\d{2}$/, { message: "provinceCode is two digits" })
  provinceCode?: string;

  @Field(() => ID, { nullable: true })
  @Matches(/^\d{6}$/, { message: "tambonCode is six digits" })
  tambonCode?: string;
}

@ObjectType()
export class NominationPage extends PageType(Nomination) {}
