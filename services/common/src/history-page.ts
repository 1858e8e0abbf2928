import { Field, ID, ObjectType } from "type-graphql";
import type { EntityManager } from "typeorm";
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
 * An entry that opens a record's history without being a row of `history_entry`: made by the subgraph
 * from a record of its own (people: a leader's bulk import, from `leader_import`), null when none.
 */
export type HistoryOpening = (manager: EntityManager, entityName: string, entityId: string) => Promise<HistoryEntry | null>;

/**
 * The one way a subgraph reads its own history (`history`, `activityHistory`, `evaluationHistory`):
 * the caller's role and the kind of record checked against the subgraph's rule, then one page of
 * the record's entries, oldest first. `field` names the argument that carries the kind. An
 * `opening` entry, when the subgraph gives one, comes first and counts as one of the entries;
 * every entry's snapshots are disclosed by the same rule.
 */
export async function readHistory(
  ctx: RequestContext,
  rule: HistoryRule,
  entityName: string,
  entityId: string,
  page: PageInput | typeof WHOLE_HISTORY | undefined,
  field = "entityName",
  opening?: HistoryOpening,
): Promise<{ nodes: HistoryEntry[]; totalCount: number }> {
  requireRole(ctx, ...rule.roles);
  if (!rule.entities.includes(entityName))
    throw badInput(field, `${field} is one of ${rule.entities.join(", ")}`, {
      messageTh: `ชนิดของระเบียน (${field}) ต้องเป็นหนึ่งใน ${rule.entities.join(", ")}`,
    });
  const where = { entityName, entityId };
  const order = { at: "ASC", id: "ASC" } as const;
  const manager = ctx.dataSource.manager;
  const first = opening ? await opening(manager, entityName, entityId) : null;
  const lead = first ? [first] : [];
  if (page === WHOLE_HISTORY) {
    const nodes = [...lead, ...(await manager.find(HistoryEntry, { where, order }))];
    return { nodes: nodes.map((entry) => disclosed(ctx, entry)), totalCount: nodes.length };
  }
  const { limit, offset } = pageOf(page);
  // the opening entry is entry 0: a page from offset 0 carries it and one row fewer of the table
  const opens = lead.length > 0 && offset === 0 && limit > 0;
  const take = opens ? limit - 1 : limit;
  const skip = Math.max(0, offset - lead.length);
  const [rows, count] =
    take > 0 ? await manager.findAndCount(HistoryEntry, { where, order, skip, take }) : [[], await manager.count(HistoryEntry, { where })];
  const nodes = opens ? [first!, ...rows] : rows;
  return { nodes: nodes.map((entry) => disclosed(ctx, entry)), totalCount: count + lead.length };
}

/** An entry with its snapshots as the need-to-know rule lets the caller read them (personal fields masked or removed). */
function disclosed(ctx: RequestContext, entry: HistoryEntry): HistoryEntry {
  entry.before = discloseSnapshot(ctx.identity, entry.before);
  entry.after = discloseSnapshot(ctx.identity, entry.after);
  return entry;
}
