import { Directive, Field, ID, ObjectType } from "type-graphql";

/** The people subgraph's Account, as this subgraph knows it: the id of a reviewer or a nominator. */
@Directive('@key(fields: "id")')
@ObjectType("Account")
export class AccountRef {
  @Field(() => ID)
  id!: string;
}

/** A reference people resolves (to null when the id is not an account, e.g. a demo panel member). */
export const accountRef = (id: string | null | undefined): AccountRef | null => (id ? { id } : null);
