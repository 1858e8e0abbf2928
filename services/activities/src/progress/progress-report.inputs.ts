import { type Satang, BahtScalar, DateScalar, PageType, IsTambonCode, ProgrammeFilter } from "@change-leaders/common";
import { ArrayMaxSize, IsEnum, IsOptional, Matches, Max, MaxLength, Min, MinLength, ValidateNested } from "class-validator";
import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { ProgressReport, ProgressReportStatus } from "./progress-report.entity";

@InputType({ description: "A value of one indicator: quantity for COUNT indicators, amount (baht) for MONEY ones" })
export class IndicatorValueInput {
  @Field(() => ID)
  @Matches(/^[A-Z0-9_]{1,40}$/, { message: "indicatorCode is a code such as HOUSEHOLDS" })
  indicatorCode!: string;

  @Field(() => Int, { nullable: true })
  @Min(0, { message: "quantity cannot be negative" })
  @Max(1_000_000_000)
  quantity?: number;

  @Field(() => BahtScalar, { nullable: true })
  amount?: Satang;
}

@InputType({ description: "A new food-security progress report (DRAFT)" })
export class ProgressReportInput {
  @Field(() => ID)
  @IsTambonCode()
  tambonCode!: string;

  @Field(() => ID, { nullable: true, description: "The food-security event it reports on" })
  @IsOptional()
  eventId?: string | null;

  @Field(() => DateScalar)
  periodStart!: string;

  @Field(() => DateScalar)
  periodEnd!: string;

  @Field()
  @MinLength(1)
  @MaxLength(20_000)
  narrative!: string;

  @Field(() => [IndicatorValueInput], { defaultValue: [] })
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  indicators!: IndicatorValueInput[];

  @Field(() => [String], { defaultValue: [] })
  @ArrayMaxSize(50)
  evidenceLinks!: string[];
}

@InputType({ description: "Changes to a DRAFT or RETURNED report; what is left out stays. indicators replaces them all." })
export class ProgressReportUpdateInput {
  @Field(() => DateScalar, { nullable: true })
  periodStart?: string;

  @Field(() => DateScalar, { nullable: true })
  periodEnd?: string;

  @Field({ nullable: true })
  @MinLength(1)
  @MaxLength(20_000)
  narrative?: string;

  @Field(() => [IndicatorValueInput], { nullable: true })
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  indicators?: IndicatorValueInput[];

  @Field(() => [String], { nullable: true })
  @ArrayMaxSize(50)
  evidenceLinks?: string[];
}

@InputType({ description: "Narrows a list of progress reports" })
export class ProgressReportFilter extends ProgrammeFilter {
  @Field(() => ProgressReportStatus, { nullable: true })
  @IsEnum(ProgressReportStatus)
  status?: ProgressReportStatus;

  @Field(() => ID, { nullable: true })
  eventId?: string;
}

@ObjectType()
export class ProgressReportPage extends PageType(ProgressReport) {}
