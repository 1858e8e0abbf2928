import { PageType } from "@change-leaders/common";
import { Field, ID, InputType, ObjectType } from "type-graphql";
import { AccessLogEntry } from "./access-log.entity";

@InputType({ description: "Which reads of leaders' personal data to list; every condition optional" })
export class AccessLogFilter {
  @Field(() => ID, { nullable: true, description: "The account (or API key) that read" })
  actorId?: string | null;

  @Field(() => ID, { nullable: true, description: "The leader whose data was read" })
  leaderId?: string | null;

  @Field(() => Date, { nullable: true, description: "Reads at or after this moment" })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: "Reads before this moment" })
  to?: Date | null;
}

@ObjectType()
export class AccessLogPage extends PageType(AccessLogEntry) {}
