import { type EntityManager, type EntityTarget, type ObjectLiteral, type SelectQueryBuilder, In } from "typeorm";
import type { RequestContext } from "./context";
import type { Page, PageInput } from "./pagination";

export interface ChildPageSpec<E extends ObjectLiteral> {
  entity: EntityTarget<E>;
  /** The property that holds the parent's key (e.g. `tambonCode`). */
  parentProperty: keyof E & string;
  /** Properties to order each parent's children by; the primary key breaks ties. */
  orderBy: { property: keyof E & string; direction?: "ASC" | "DESC" }[];
  /** Or an SQL expression to order by, over what `where` joins (e.g. `event.starts_at DESC`). */
  orderExpression?: string;
  /** Extra conditions or joins on the children (alias `child`). */
  where?: (query: SelectQueryBuilder<E>) => SelectQueryBuilder<E>;
}

/**
 * One page of child keys for each of many parents in two statements, however many parents and rows:
 * the counts grouped by parent, then the keys of each parent's page ranked with ROW_NUMBER()
 * (SQLite ≥ 3.25, MySQL 8, MariaDB 10.2). The key is the primary key unless `keyProperty` says otherwise.
 */
export async function loadChildKeyPages<E extends ObjectLiteral>(
  manager: EntityManager,
  spec: ChildPageSpec<E> & { keyProperty?: keyof E & string },
  parents: readonly string[],
  page: PageInput,
): Promise<{ totalCount: number; keys: string[] }[]> {
  const metadata = manager.connection.getMetadata(spec.entity);
  const primary = metadata.primaryColumns[0];
  const keyProperty = spec.keyProperty ?? primary.propertyName;
  const parentColumn = metadata.findColumnWithPropertyName(spec.parentProperty);
  if (!parentColumn) throw new Error(`${metadata.name} has no property ${spec.parentProperty}`);
  const base = () => {
    const query = manager
      .createQueryBuilder<E>(spec.entity, "child")
      .where(`child.${spec.parentProperty} IN (:...parents)`, { parents: [...parents] });
    return spec.where ? spec.where(query) : query;
  };

  const counts = await base()
    .select(`child.${spec.parentProperty}`, "parent")
    .addSelect("COUNT(*)", "total")
    .groupBy(`child.${spec.parentProperty}`)
    .getRawMany<{ parent: string; total: string | number }>();
  const totals = new Map(counts.map((row) => [String(row.parent), Number(row.total)]));

  const keys = new Map<string, string[]>();
  const wanted = parents.filter((parent) => (totals.get(parent) ?? 0) > page.offset);
  if (page.limit > 0 && wanted.length > 0) {
    const escape = (name: string) => manager.connection.driver.escape(name);
    const order = (spec.orderExpression ? [] : spec.orderBy)
      .map((o) => `${escape("child")}.${escape(metadata.findColumnWithPropertyName(o.property)!.databaseName)} ${o.direction ?? "ASC"}`)
      .concat(spec.orderExpression ? [spec.orderExpression] : [])
      .concat(metadata.primaryColumns.map((column) => `${escape("child")}.${escape(column.databaseName)} ASC`))
      .join(", ");
    const ranked = base()
      .select(`child.${keyProperty}`, "pk")
      .addSelect(`child.${spec.parentProperty}`, "parent")
      .addSelect(`ROW_NUMBER() OVER (PARTITION BY ${escape("child")}.${escape(parentColumn.databaseName)} ORDER BY ${order})`, "rn")
      .setParameter("parents", wanted);
    const [sql, parameters] = ranked.getQueryAndParameters();
    const rows: { pk: unknown; parent: string }[] = await manager.query(
      `SELECT ranked.pk AS pk, ranked.parent AS parent FROM (${sql}) ranked WHERE ranked.rn > ? AND ranked.rn <= ? ORDER BY ranked.parent, ranked.rn`,
      [...parameters, page.offset, page.offset + page.limit],
    );
    for (const row of rows) {
      const list = keys.get(String(row.parent)) ?? [];
      list.push(String(row.pk));
      keys.set(String(row.parent), list);
    }
  }
  return parents.map((parent) => ({ totalCount: totals.get(parent) ?? 0, keys: keys.get(parent) ?? [] }));
}

/** One page of children (whole rows) for each of many parents in three statements. */
export async function loadChildPages<E extends ObjectLiteral>(
  manager: EntityManager,
  spec: ChildPageSpec<E>,
  parents: readonly string[],
  page: PageInput,
): Promise<Page<E>[]> {
  const primary = manager.connection.getMetadata(spec.entity).primaryColumns[0].propertyName;
  const pages = await loadChildKeyPages(manager, spec, parents, page);
  const allKeys = pages.flatMap((p) => p.keys);
  const entities = allKeys.length ? await manager.find(spec.entity, { where: { [primary]: In(allKeys) } as never }) : [];
  const byId = new Map(entities.map((entity) => [String(entity[primary]), entity]));
  return pages.map((p) => ({
    totalCount: p.totalCount,
    nodes: p.keys.map((key) => byId.get(key)).filter((e): e is E => e !== undefined),
  }));
}

/**
 * The rows GraphQL gets to complete in one turn of the event loop. One statement still fetches the
 * pages of every parent of a batch (the statement-count tests hold at any number of parents), but a
 * batch of more rows is handed back a slice per turn, so that a small request answers between the
 * slices of a heavy one: the heaviest document the cost limit lets through (500 tambons × 15 leaders)
 * is fifteen slices instead of one block of 7,500 leaders. Measured in gateway-load.test.ts.
 */
export const CHILD_ROWS_PER_TURN = 500;

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * The pages of one batch with every slice after the first `CHILD_ROWS_PER_TURN` rows as a promise of
 * a later turn. DataLoader resolves each key with what it is given, and a promise is followed, so the
 * caller of `load` still receives the page itself.
 */
function handedBackInTurns<E>(pages: Page<E>[]): (Page<E> | Promise<Page<E>>)[] {
  let rows = 0;
  let turn: Promise<void> | undefined;
  return pages.map((page) => {
    rows += page.nodes.length;
    if (rows > CHILD_ROWS_PER_TURN) {
      rows = page.nodes.length;
      turn = (turn ?? Promise.resolve()).then(nextTurn);
    }
    return turn ? turn.then(() => page) : page;
  });
}

/** A per-request DataLoader of child pages, one per field and page asked for. */
export function childPageLoader<E extends ObjectLiteral>(ctx: RequestContext, name: string, spec: ChildPageSpec<E>, page: PageInput) {
  return ctx.loaders.get<string, Page<E>>(
    `${name}:${page.limit}:${page.offset}`,
    async (parents) => handedBackInTurns(await loadChildPages(ctx.dataSource.manager, spec, parents, page)) as Page<E>[],
  );
}

/** A per-request DataLoader of child key pages (e.g. the event ids of each tambon's page). */
export function childKeyPageLoader<E extends ObjectLiteral>(
  ctx: RequestContext,
  name: string,
  spec: ChildPageSpec<E> & { keyProperty?: keyof E & string },
  page: PageInput,
) {
  return ctx.loaders.get<string, { totalCount: number; keys: string[] }>(`${name}:${page.limit}:${page.offset}`, (parents) =>
    loadChildKeyPages(ctx.dataSource.manager, spec, parents, page),
  );
}
