import { PageType, IsFiscalYear, IsProvinceCode, IsTambonCode } from "@change-leaders/common";
import { ArrayMaxSize, IsEnum, IsOptional, Max, MaxLength, Min, MinLength } from "class-validator";
import { Field, Float, ID, InputType, Int, ObjectType } from "type-graphql";
import { TambonRef } from "../tambon/tambon.ref";
import { Event, EventKind, EventMode } from "./event.entity";

@InputType({ description: "Narrows a list of events" })
export class EventFilter {
  @Field(() => EventKind, { nullable: true })
  @IsEnum(EventKind)
  kind?: EventKind;

  @Field(() => Int, { nullable: true, description: "Buddhist-Era fiscal year, e.g. 2564" })
  @IsFiscalYear()
  fiscalYear?: number;

  @Field(() => ID, { nullable: true, description: "The organising province" })
  @IsProvinceCode()
  provinceCode?: string;

  @Field(() => ID, { nullable: true, description: "Events that target this tambon" })
  @IsTambonCode()
  tambonCode?: string;

  @Field({ nullable: true, description: "Events that end at or after this instant" })
  from?: Date;

  @Field({ nullable: true, description: "Events that start before this instant" })
  to?: Date;
}

@ObjectType()
export class EventPage extends PageType(Event) {}

/** The fields an event is created with; `updateEvent` takes the same, each optional. */
@InputType({ description: "A new event of one of the seven activities" })
export class EventInput {
  @Field(() => EventKind)
  @IsEnum(EventKind)
  kind!: EventKind;

  @Field()
  @MinLength(3)
  @MaxLength(300)
  title!: string;

  @Field()
  startsAt!: Date;

  @Field()
  endsAt!: Date;

  @Field(() => EventMode)
  @IsEnum(EventMode)
  mode!: EventMode;

  @Field(() => String, { nullable: true, description: "Required on site (ONSITE, HYBRID)" })
  @IsOptional()
  @MaxLength(300)
  venue?: string | null;

  @Field(() => String, { nullable: true, description: "Who chairs the meeting, e.g. อธิบดีกรมการพัฒนาชุมชน" })
  @IsOptional()
  @MaxLength(200)
  chair?: string | null;

  @Field(() => String, { nullable: true, description: "The video-conference link, http(s); required for ONLINE and HYBRID" })
  @IsOptional()
  @MaxLength(500)
  meetingUrl?: string | null;

  @Field(() => Int, { nullable: true, description: "Buddhist-Era fiscal year; by default the one the event starts in" })
  @IsOptional()
  @IsFiscalYear()
  fiscalYear?: number;

  @Field(() => ID, { nullable: true, description: "The organising province; omit for the department (admins only). Officers organise in their own." })
  @IsOptional()
  @IsProvinceCode()
  organiserProvinceCode?: string | null;

  @Field(() => [ID], { defaultValue: [], description: "The target tambons (six-digit codes); in the organising province when there is one" })
  @ArrayMaxSize(2000)
  @IsTambonCode({ each: true, message: "each tambon code is six digits" })
  tambonCodes!: string[];

  @Field(() => Int, { defaultValue: 15, description: "How many leaders each target tambon sends" })
  @Min(0)
  @Max(1000)
  targetLeadersPerTambon: number = 15;

  @Field(() => [ID], { defaultValue: [], description: "The provincial offices (province codes) that joined" })
  @ArrayMaxSize(77)
  @IsProvinceCode({ each: true, message: "each province code is two digits" })
  joinedProvinceCodes!: string[];
}

@InputType({ description: "Changes to an event; what is left out stays as it is" })
export class EventUpdateInput {
  @Field({ nullable: true })
  @MinLength(3)
  @MaxLength(300)
  title?: string;

  @Field({ nullable: true })
  startsAt?: Date;

  @Field({ nullable: true })
  endsAt?: Date;

  @Field(() => EventMode, { nullable: true })
  @IsEnum(EventMode)
  mode?: EventMode;

  @Field(() => String, { nullable: true })
  @MaxLength(300)
  venue?: string | null;

  @Field(() => String, { nullable: true })
  @MaxLength(200)
  chair?: string | null;

  @Field(() => String, { nullable: true })
  @MaxLength(500)
  meetingUrl?: string | null;

  @Field(() => Int, { nullable: true })
  @IsFiscalYear()
  fiscalYear?: number;

  @Field(() => [ID], { nullable: true })
  @ArrayMaxSize(2000)
  @IsTambonCode({ each: true, message: "each tambon code is six digits" })
  tambonCodes?: string[];

  @Field(() => Int, { nullable: true })
  @Min(0)
  @Max(1000)
  targetLeadersPerTambon?: number;

  @Field(() => [ID], { nullable: true })
  @ArrayMaxSize(77)
  @IsProvinceCode({ each: true, message: "each province code is two digits" })
  joinedProvinceCodes?: string[];
}

/** Registered, attended and target leaders, and the attendance rate. */
@ObjectType({ description: "Registered, attended and target leaders, and the attendance rate" })
export class Attendance {
  @Field(() => Int)
  registered!: number;

  @Field(() => Int)
  attended!: number;

  @Field(() => Int, { description: "Target tambons × target leaders per tambon" })
  target!: number;

  @Field(() => Float, { nullable: true, description: "attended ÷ target, 0 to 1 (4 decimals); null when there is no target" })
  rate!: number | null;
}

@ObjectType({ description: "The attendance of one target tambon at an event" })
export class TambonAttendance extends Attendance {
  @Field(() => ID)
  tambonCode!: string;

  @Field(() => TambonRef)
  tambon!: TambonRef;
}
