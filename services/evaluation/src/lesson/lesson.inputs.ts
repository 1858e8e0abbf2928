import { PageType, ProgrammeFilter } from "@change-leaders/common";
import { IsEnum, Length, Matches } from "class-validator";
import { Field, ID, InputType, ObjectType } from "type-graphql";
import { LessonStatus, LessonSummary } from "./lesson.entity";

@InputType({ description: "Narrows a list of lesson summaries" })
export class LessonFilter extends ProgrammeFilter {
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
