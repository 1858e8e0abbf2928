import { buildSubgraphSchema } from "@apollo/subgraph";
import { printSchemaWithDirectives } from "@graphql-tools/utils";
import { type GraphQLSchema, parse } from "graphql";
import { type BuildSchemaOptions, buildSchema, createResolversMap } from "type-graphql";
import { authChecker } from "./auth";
import { DateTimeScalar } from "./scalars";
import { validateArgument } from "./validation";

const FEDERATION_LINK =
  'extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "@shareable", "@external", "@requires"])';

/** `__resolveReference` (and other extra resolvers) per type name. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type ReferenceResolvers = Record<string, Record<string, (...args: any[]) => unknown>>;

/**
 * Builds a Federation 2 subgraph schema from type-graphql classes: type-graphql builds the schema,
 * its SDL is printed with the `@key` directives kept, and @apollo/subgraph adds the federation fields.
 * Every subgraph gets the same defaults: `Date` as `DateTime`, `@Authorized` through `authChecker`,
 * and input validation that names the field at fault.
 */
export async function buildFederatedSchema(
  options: Omit<BuildSchemaOptions, "skipCheck">,
  references: ReferenceResolvers = {},
): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
    authChecker,
    validateFn: validateArgument,
    ...options,
    skipCheck: true,
  });
  const resolvers = createResolversMap(schema) as ReferenceResolvers;
  for (const [typeName, extra] of Object.entries(references)) {
    resolvers[typeName] = { ...(resolvers[typeName] ?? {}), ...extra };
  }
  return buildSubgraphSchema({
    typeDefs: parse(`${FEDERATION_LINK}\n${printSchemaWithDirectives(schema)}`),
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    resolvers: resolvers as any,
  });
}
