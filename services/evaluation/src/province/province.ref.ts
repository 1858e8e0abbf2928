import { Directive, Field, ID, ObjectType } from "type-graphql";

/** The people subgraph's Province, as evaluation knows it: a code; the gateway adds its names. */
@Directive('@key(fields: "code")')
@ObjectType("Province")
export class ProvinceRef {
  @Field(() => ID)
  code!: string;
}
