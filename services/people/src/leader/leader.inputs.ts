import { PageType, IsDistrictCode, IsFiscalYear, IsProvinceCode, IsTambonCode } from "@change-leaders/common";
import { ArrayMaxSize, IsEnum, IsIn, IsInt, Length, Max, Min } from "class-validator";
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { Gender, Leader, LeaderStatus } from "./leader.entity";

@InputType({ description: "A new change leader" })
export class LeaderInput {
  @Field()
  @Length(1, 50)
  title!: string;

  @Field()
  @Length(1, 100)
  firstName!: string;

  @Field()
  @Length(1, 100)
  lastName!: string;

  @Field(() => Gender, { nullable: true })
  @IsEnum(Gender)
  gender?: Gender;

  @Field(() => String, { nullable: true, description: "YYYY-MM-DD" })
  birthDate?: string;

  @Field({ description: "13 digits; dashes and spaces are ignored" })
  nationalId!: string;

  @Field({ nullable: true, description: "Thai formats: 081-234-5678, +66 81 234 5678, 02-123-4567" })
  phone?: string;

  @Field({ nullable: true })
  @Length(1, 100)
  communityRole?: string;

  @Field(() => ID)
  @IsTambonCode()
  tambonCode!: string;

  @Field(() => Int, { nullable: true })
  @IsInt()
  @Min(1)
  @Max(99)
  villageNo?: number;

  @Field(() => Int, { description: "Fiscal year (BE), e.g. 2564" })
  @IsInt()
  @Min(2500, { message: "cohortYear is a Buddhist Era year such as 2564" })
  @Max(2700, { message: "cohortYear is a Buddhist Era year such as 2564" })
  cohortYear!: number;

  @Field(() => LeaderStatus, { nullable: true, defaultValue: LeaderStatus.ACTIVE })
  @IsEnum(LeaderStatus)
  status?: LeaderStatus;
}

@InputType({ description: "Changes to a leader; fields left out keep their value" })
export class LeaderUpdateInput {
  @Field({ nullable: true })
  @Length(1, 50)
  title?: string;

  @Field({ nullable: true })
  @Length(1, 100)
  firstName?: string;

  @Field({ nullable: true })
  @Length(1, 100)
  lastName?: string;

  @Field(() => Gender, { nullable: true })
  @IsEnum(Gender)
  gender?: Gender;

  @Field(() => String, { nullable: true })
  birthDate?: string;

  @Field({ nullable: true })
  nationalId?: string;

  @Field({ nullable: true })
  phone?: string;

  @Field({ nullable: true })
  @Length(1, 100)
  communityRole?: string;

  @Field(() => ID, { nullable: true })
  @IsTambonCode()
  tambonCode?: string;

  @Field(() => Int, { nullable: true })
  @IsInt()
  @Min(1)
  @Max(99)
  villageNo?: number;

  @Field(() => Int, { nullable: true })
  @IsInt()
  @Min(2500, { message: "cohortYear is a Buddhist Era year such as 2564" })
  @Max(2700, { message: "cohortYear is a Buddhist Era year such as 2564" })
  cohortYear?: number;

  @Field(() => LeaderStatus, { nullable: true })
  @IsEnum(LeaderStatus)
  status?: LeaderStatus;
}

@InputType({ description: "Narrows a list of leaders" })
export class LeaderFilter {
  @Field(() => ID, { nullable: true })
  @IsProvinceCode()
  provinceCode?: string;

  @Field(() => ID, { nullable: true })
  @IsDistrictCode()
  districtCode?: string;

  @Field(() => ID, { nullable: true })
  @IsTambonCode()
  tambonCode?: string;

  @Field(() => [ID], { nullable: true, description: "Leaders of any of these tambons (an event's target tambons): at most 2,000" })
  @ArrayMaxSize(2000)
  @IsTambonCode({ each: true })
  tambonCodes?: string[];

  @Field(() => Int, { nullable: true })
  @IsInt()
  @IsFiscalYear()
  cohortYear?: number;

  @Field(() => LeaderStatus, { nullable: true })
  @IsEnum(LeaderStatus)
  status?: LeaderStatus;

  @Field({ nullable: true, description: "The start of a first or last name (uses an index)" })
  @Length(1, 100)
  search?: string;
}

export enum SortDirection {
  ASC = "ASC",
  DESC = "DESC",
}
registerEnumType(SortDirection, { name: "SortDirection" });

export const LEADER_SORT_FIELDS = ["lastName", "firstName", "createdAt", "updatedAt", "cohortYear", "tambonCode"] as const;

@InputType({ description: "The order of a list: a field name and a direction" })
export class SortInput {
  @Field({ description: "For leaders: lastName (default), firstName, createdAt, updatedAt, cohortYear, tambonCode" })
  @IsIn(LEADER_SORT_FIELDS as unknown as string[], { message: `field is one of ${LEADER_SORT_FIELDS.join(", ")}` })
  field!: string;

  @Field(() => SortDirection, { nullable: true, defaultValue: SortDirection.ASC })
  @IsEnum(SortDirection)
  direction?: SortDirection;
}

@ObjectType()
export class LeaderPage extends PageType(Leader) {
  @Field(() => String, {
    nullable: true,
    description: "Send as page.after for the next page (found by index however deep, unlike offset); null on the last page and when sorted by a date",
  })
  nextCursor?: string | null;

  /** Counts the whole list when totalCount is asked (LeaderPageResolver): a partner paging by cursor need not pay for it. */
  count?: () => Promise<number>;
}

@ObjectType({ description: "One thing wrong with one row of an import" })
export class ImportRowError {
  @Field(() => Int, { description: "The line of the CSV file or the row of the worksheet, the header being 1" })
  row!: number;

  @Field({ description: "The field at fault (its English name)" })
  field!: string;

  @Field({ description: "What is wrong, in English" })
  message!: string;

  @Field({ description: "What is wrong and what to type instead, in Thai (for the person who fixes the file)" })
  messageTh!: string;
}

@ObjectType({ description: "What an import did, or would do on a dry run" })
export class ImportReport {
  @Field()
  dryRun!: boolean;

  @Field({ description: "True when every row is valid (and, unless a dry run, written)" })
  ok!: boolean;

  @Field(() => Int, { description: "Data rows read" })
  rowCount!: number;

  @Field(() => Int, { description: "Leaders written (0 on a dry run or when any row is wrong)" })
  createdCount!: number;

  @Field(() => [ID], { description: "The ids of the leaders written, in the file's row order (none on a dry run or when any row is wrong)" })
  leaderIds!: string[];

  @Field(() => ID, {
    nullable: true,
    description: "The import record written (leaderImport(id): who, when, the file's SHA-256); null on a dry run or when any row is wrong",
  })
  importId!: string | null;

  @Field(() => Int)
  errorCount!: number;

  @Field(() => [ImportRowError], { description: "The first 1,000 errors, by row" })
  errors!: ImportRowError[];
}
