import { PageType } from "@change-leaders/common";
import { IsEnum, Matches, Max, Min } from "class-validator";
import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { Event, EventKind } from "./event.entity";

@InputType({ description: "Narrows a list of events" })
export class EventFilter {
  @Field(() => EventKind, { nullable: true })
  @IsEnum(EventKind)
  kind?: EventKind;

  @Field(() => Int, { nullable: true, description: "Buddhist-Era fiscal year, e.g. 2564" })
  @Min(2500)
  @Max(2700)
  fiscalYear?: number;

  @Field(() => ID, { nullable: true, description: "The organising province" })
  @Matches(/^\d{2}$/, { message: "provinceCode is two digits" })
  provinceCode?: string;

  @Field(() => ID, { nullable: true, description: "Events that target this tambon" })
  @Matches(/^\d{6}$/, { message: "tambonCode is six digits" })
  tambonCode?: string;

  @Field({ nullable: true, description: "Events that end at or after this instant" })
  from?: Date;

  @Field({ nullable: true, description: "Events that start before this instant" })
  to?: Date;
}

@ObjectType()
export class EventPage extends PageType(Event) {}
