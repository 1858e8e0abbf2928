import type { ApolloServerPlugin } from "@apollo/server";
import type { QueryLimits } from "@change-leaders/common";
import { ApolloArmor } from "@escape.tech/graphql-armor";
import type { GraphQLError, ValidationContext, ValidationRule } from "graphql";
import { type LimitCode, limitError } from "./codes";
import { CostAdmission } from "./admission";
import { costLimitPlugin } from "./cost";

/** Reports a refusal with its own code (graphql-armor's default reports every one as BAD_USER_INPUT). */
const refuseAs = (code: LimitCode) => ({
  propagateOnRejection: false,
  onReject: [
    (context: ValidationContext | null, error: GraphQLError) => context?.reportError(limitError(code, error.message.replace(/^Syntax Error: /, ""))),
  ],
});

export interface QueryLimitOptions {
  plugins: ApolloServerPlugin[];
  validationRules: ValidationRule[];
  parseOptions: { maxTokens: number };
}

/**
 * The gateway's limits on a GraphQL document, checked before any subgraph is asked: depth, aliases
 * and directives as graphql-armor validation rules, the cost by the gateway's own plugin (cost.ts),
 * each refused with its own code and HTTP 400; field suggestions ("Did you mean …") hidden in production. Tokens are counted by graphql-js's
 * own parser (`maxTokens`), which answers 400: graphql-armor's Apollo token plugin throws in a hook
 * and Apollo answers that with a 500.
 */
export function queryLimits(limits: QueryLimits, production: boolean, admission = new CostAdmission(limits.costInFlight)): QueryLimitOptions {
  const armor = new ApolloArmor({
    maxDepth: { n: limits.depth, ...refuseAs("QUERY_TOO_DEEP") },
    // The cost is the gateway's own (cost.ts): graphql-armor's does not multiply by page.limit.
    costLimit: { enabled: false },
    // `__typename` aliases count too (graphql-armor allows any number of them by default).
    maxAliases: { n: limits.aliases, allowList: [], ...refuseAs("TOO_MANY_ALIASES") },
    maxDirectives: { n: limits.directives, ...refuseAs("TOO_MANY_DIRECTIVES") },
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: production },
  });
  const { plugins, validationRules } = armor.protect();
  return { plugins: [...plugins, costLimitPlugin(limits.cost, admission)], validationRules, parseOptions: { maxTokens: limits.tokens } };
}
