import { PageType, ProgrammeFilter } from "@change-leaders/common";
import { IsEnum } from "class-validator";
import { Field, InputType, ObjectType } from "type-graphql";
import { Award, AwardLevel } from "./award.entity";

@InputType({ description: "Narrows a list of awards" })
export class AwardFilter extends ProgrammeFilter {
  @Field(() => AwardLevel, { nullable: true })
  @IsEnum(AwardLevel)
  level?: AwardLevel;
}

@ObjectType()
export class AwardPage extends PageType(Award) {}
