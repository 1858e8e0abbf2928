import { Directive, Field, ID, ObjectType } from "type-graphql";

/** The people subgraph's Province, as this subgraph knows it: a code (e.g. the offices that joined a meeting). */
@Directive('@key(fields: "code")')
@ObjectType("Province")
export class ProvinceRef {
  @Field(() => ID)
  code!: string;
}
