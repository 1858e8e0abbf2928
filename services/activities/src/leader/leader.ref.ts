import { Directive, Field, ID, ObjectType } from "type-graphql";

/** The people subgraph's Leader, as this subgraph knows it: an id to hang participations on. */
@Directive('@key(fields: "id")')
@ObjectType("Leader")
export class LeaderRef {
  @Field(() => ID)
  id!: string;
}
