import { PageType } from "@change-leaders/common";
import { IsEnum, Length, Matches, Max, Min } from "class-validator";
import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { LessonStatus, LessonSummary } from "./lesson.entity";

@InputType({ description: "Narrows a list of lesson summaries" })
export class LessonFilter {
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

  @Field(() => LessonStatus, { nullable: true })
  @IsEnum(LessonStatus)
  status?: LessonStatus;
}

@InputType({ description: "The lessons learned from an awarded tambon" })
export class LessonSummaryInput {
  @Field(() => ID, { description: "The award the lessons are drawn from" })
  @Matches(/^[0-9a-f-]{36}$/i, { message: "awardId is a UUID" })
  awardId!: string;

  @Field()
  @Length(1, 300)
  title!: string;

  @Field()
  @Length(1, 10000)
  successFactors!: string;

  @Field()
  @Length(1, 10000)
  challenges!: string;

  @Field()
  @Length(1, 10000)
  lessons!: string;

  @Field()
  @Length(1, 10000)
  recommendations!: string;
}

@InputType({ description: "Changes to a draft lesson summary" })
export class LessonSummaryUpdateInput {
  @Field({ nullable: true })
  @Length(1, 300)
  title?: string;

  @Field({ nullable: true })
  @Length(1, 10000)
  successFactors?: string;

  @Field({ nullable: true })
  @Length(1, 10000)
  challenges?: string;

  @Field({ nullable: true })
  @Length(1, 10000)
  lessons?: string;

  @Field({ nullable: true })
  @Length(1, 10000)
  recommendations?: string;
}

@ObjectType()
export class LessonSummaryPage extends PageType(LessonSummary) {}
