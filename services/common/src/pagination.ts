import { IsOptional, MaxLength, Max, Min } from "class-validator";
import { type ClassType, Field, InputType, Int, ObjectType } from "type-graphql";
import { badInput } from "./errors";

export const MAX_PAGE_SIZE = 500;

/** `page: PageInput` on every list (SPEC section 6): at most 500 at a time. */
@InputType({ description: "Which part of a list to return; limit at most 500" })
export class PageInput {
  @Field(() => Int, { defaultValue: 25 })
  @Min(0)
  @Max(MAX_PAGE_SIZE)
  limit: number = 25;

  @Field(() => Int, { defaultValue: 0 })
  @Min(0)
  offset: number = 0;

  @Field(() => String, {
    nullable: true,
    description: "The nextCursor of the previous page: the page after it, found by index however deep (lists that give nextCursor; offset stays 0)",
  })
  @IsOptional()
  @MaxLength(2000)
  after?: string | null;
}

/** A page as services compute it. */
export interface Page<T> {
  nodes: T[];
  totalCount: number;
}

export const DEFAULT_PAGE: Readonly<PageInput> = Object.freeze({ limit: 25, offset: 0 });

/**
 * The page a caller asked for, or the default one. `after` is refused (BAD_USER_INPUT on page.after)
 * unless the list pages by cursor (`{ cursor: true }`), and then refused together with an offset.
 */
export function pageOf(page?: PageInput | null, { cursor = false } = {}): PageInput {
  const limit = page?.limit ?? DEFAULT_PAGE.limit;
  const offset = page?.offset ?? DEFAULT_PAGE.offset;
  if (page?.after === undefined || page.after === null) return { limit, offset };
  if (!cursor) throw badInput("page.after", "This list pages by offset only; page.after is for lists that give nextCursor");
  if (offset !== 0) throw badInput("page.offset", "Send either page.offset or page.after, not both");
  return { limit, offset, after: page.after };
}

/** A keyset cursor: the sort values of a page's last row, opaque to the caller (base64url of JSON). */
export function encodeCursor(values: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(values), "utf8").toString("base64url");
}

/** The sort values in a cursor, `count` of them, each a string or a number; BAD_USER_INPUT on page.after otherwise. */
export function decodeCursor(after: string, count: number): (string | number)[] {
  let values: unknown;
  try {
    values = JSON.parse(Buffer.from(after, "base64url").toString("utf8"));
  } catch {
    values = undefined;
  }
  if (!Array.isArray(values) || values.length !== count || !values.every((v) => typeof v === "string" || typeof v === "number")) {
    throw badInput("page.after", "Not a cursor of this list and sort: send the nextCursor of the previous page");
  }
  return values as (string | number)[];
}

/** One column of a keyset: the SQL expression and its direction. */
export interface KeysetColumn {
  expression: string;
  direction: "ASC" | "DESC";
}

/**
 * The WHERE of "rows after these sort values" for an ORDER BY over `columns` (the last one unique),
 * written out as `a > :a OR (a = :a AND (b > :b OR …))` behind a leading `a >= :a`, so that SQLite and
 * MariaDB/MySQL both seek the index on the sort columns instead of scanning from the start.
 */
export function keysetCondition(columns: readonly KeysetColumn[], values: readonly (string | number)[], prefix = "keyset") {
  const params: Record<string, string | number> = {};
  const name = (i: number) => `${prefix}${i}`;
  columns.forEach((_, i) => (params[name(i)] = values[i]));
  const after = (i: number): string => {
    const { expression, direction } = columns[i];
    const beyond = `${expression} ${direction === "ASC" ? ">" : "<"} :${name(i)}`;
    return i === columns.length - 1 ? beyond : `(${beyond} OR (${expression} = :${name(i)} AND ${after(i + 1)}))`;
  };
  const first = columns[0];
  return { sql: `${first.expression} ${first.direction === "ASC" ? ">=" : "<="} :${name(0)} AND ${after(0)}`, params };
}

/** The GraphQL type `{ nodes: [T!]! totalCount: Int! }` of a list of T. */
export function PageType<T extends object>(itemType: ClassType<T>) {
  @ObjectType()
  abstract class PageClass implements Page<T> {
    @Field(() => [itemType])
    nodes!: T[];

    @Field(() => Int)
    totalCount!: number;
  }
  return PageClass;
}

/** A LIKE pattern for "starts with `text`", escaped with `!` (portable: `LIKE :p ESCAPE '!'` on SQLite and MySQL). */
export const likePrefix = (text: string) => `${text.replace(/[!%_]/g, (c) => `!${c}`)}%`;
