import { PageType } from "@change-leaders/common";
import { IsEnum, Matches, Max, Min } from "class-validator";
import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { Award, AwardLevel } from "./award.entity";

@InputType({ description: "Narrows a list of awards" })
export class AwardFilter {
  @Field(() => Int, { nullable: true })
  @Min(2500)
  @Max(2700)
  fiscalYear?: number;

  @Field(() => ID, { nullable: true })
  @Matches(/^\d{2}$/, { message: "provinceCode is two digits" })
  provinceCode?: string;

  @Field(() => ID, { nullable: true })
  @Matches(/^\d{6}$/, { message: "tambonCode is six digits" })
  tambonCode?: string;

  @Field(() => AwardLevel, { nullable: true })
  @IsEnum(AwardLevel)
  level?: AwardLevel;
}

@ObjectType()
export class AwardPage extends PageType(Award) {}
