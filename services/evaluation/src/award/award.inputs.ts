import { PageType, IsFiscalYear, IsProvinceCode, IsTambonCode } from "@change-leaders/common";
import { IsEnum } from "class-validator";
import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { Award, AwardLevel } from "./award.entity";

@InputType({ description: "Narrows a list of awards" })
export class AwardFilter {
  @Field(() => Int, { nullable: true })
  @IsFiscalYear()
  fiscalYear?: number;

  @Field(() => ID, { nullable: true })
  @IsProvinceCode()
  provinceCode?: string;

  @Field(() => ID, { nullable: true })
  @IsTambonCode()
  tambonCode?: string;

  @Field(() => AwardLevel, { nullable: true })
  @IsEnum(AwardLevel)
  level?: AwardLevel;
}

@ObjectType()
export class AwardPage extends PageType(Award) {}
