import { Field, ID, ObjectType } from "type-graphql";
import type { RequestContext } from "./context";
import { HistoryEntry } from "./history";
import { type PageInput, pageOf } from "./pagination";

/**
 * The GraphQL face of a history entry, shared by the subgraphs that page through their own history
 * (`activityHistory`, `evaluationHistory`): each names its own type and extends this one.
 */
@ObjectType()
export abstract class HistoryEntryView {
  @Field(() => ID)
  id!: string;

  @Field({ description: "The kind of record changed" })
  entityName!: string;

  @Field(() => ID)
  entityId!: string;

  @Field()
  action!: string;

  @Field(() => String, { nullable: true })
  actorName!: string | null;

  @Field(() => String, { nullable: true })
  actorRole!: string | null;

  @Field()
  at!: Date;

  @Field(() => String, { nullable: true, description: "The record before the change, as JSON" })
  before!: string | null;

  @Field(() => String, { nullable: true, description: "The record after the change, as JSON" })
  after!: string | null;
}

/** One page of a record's history, oldest first. */
export async function historyPage(ctx: RequestContext, entityName: string, entityId: string, page?: PageInput) {
  const { limit, offset } = pageOf(page);
  const [nodes, totalCount] = await ctx.dataSource.manager.findAndCount(HistoryEntry, {
    where: { entityName, entityId },
    order: { at: "ASC", id: "ASC" },
    skip: offset,
    take: limit,
  });
  return { nodes, totalCount };
}
