import { Max, Min } from "class-validator";
import { type ClassType, Field, InputType, Int, ObjectType } from "type-graphql";

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
}

/** A page as services compute it. */
export interface Page<T> {
  nodes: T[];
  totalCount: number;
}

export const DEFAULT_PAGE: Readonly<PageInput> = Object.freeze({ limit: 25, offset: 0 });

/** The page a caller asked for, or the default one. */
export function pageOf(page?: PageInput | null): PageInput {
  return { limit: page?.limit ?? DEFAULT_PAGE.limit, offset: page?.offset ?? DEFAULT_PAGE.offset };
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
