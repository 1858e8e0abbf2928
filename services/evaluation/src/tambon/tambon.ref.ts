import { Directive, Field, ID, ObjectType } from "type-graphql";

/** The people subgraph's Tambon, as this subgraph knows it: its code, to hang nominations and awards on. */
@Directive('@key(fields: "code")')
@ObjectType("Tambon")
export class TambonRef {
  @Field(() => ID)
  code!: string;
}
