import { Field, ID, ObjectType } from "type-graphql";
import { discloseSnapshot } from "./need-to-know";
import { type RequestContext, requireRole } from "./context";
import { badInput } from "./errors";
import type { Role } from "./identity";
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

  @Field(() => String, { nullable: true, description: "The account (or API key) that made the change; staffNames gives its display name" })
  actorId!: string | null;

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

/** Who may read a subgraph's history, and of which kinds of record: one rule per subgraph. */
export interface HistoryRule {
  /** The kinds of record whose changes this subgraph audits (`Leader`, `Award`, `Event`…). */
  entities: readonly string[];
  /** The roles that may read them. */
  roles: readonly Role[];
}

/** Every entry of a record's history, for the one list that is not paged (people's `history`). */
export const WHOLE_HISTORY = "whole";

/**
 * The one way a subgraph reads its own history (`history`, `activityHistory`, `evaluationHistory`):
 * the caller's role and the kind of record checked against the subgraph's rule, then one page of
 * the record's entries, oldest first. `field` names the argument that carries the kind.
 */
export async function readHistory(
  ctx: RequestContext,
  rule: HistoryRule,
  entityName: string,
  entityId: string,
  page: PageInput | typeof WHOLE_HISTORY | undefined,
  field = "entityName",
): Promise<{ nodes: HistoryEntry[]; totalCount: number }> {
  requireRole(ctx, ...rule.roles);
  if (!rule.entities.includes(entityName))
    throw badInput(field, `${field} is one of ${rule.entities.join(", ")}`, {
      messageTh: `ชนิดของระเบียน (${field}) ต้องเป็นหนึ่งใน ${rule.entities.join(", ")}`,
    });
  const where = { entityName, entityId };
  const order = { at: "ASC", id: "ASC" } as const;
  if (page === WHOLE_HISTORY) {
    const nodes = await ctx.dataSource.manager.find(HistoryEntry, { where, order });
    return { nodes: nodes.map((entry) => disclosed(ctx, entry)), totalCount: nodes.length };
  }
  const { limit, offset } = pageOf(page);
  const [nodes, totalCount] = await ctx.dataSource.manager.findAndCount(HistoryEntry, { where, order, skip: offset, take: limit });
  return { nodes: nodes.map((entry) => disclosed(ctx, entry)), totalCount };
}

/** An entry with its snapshots as the need-to-know rule lets the caller read them (personal fields masked or removed). */
function disclosed(ctx: RequestContext, entry: HistoryEntry): HistoryEntry {
  entry.before = discloseSnapshot(ctx.identity, entry.before);
  entry.after = discloseSnapshot(ctx.identity, entry.after);
  return entry;
}
