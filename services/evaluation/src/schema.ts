import {
  type RequestContext,
  DateTimeScalar,
  authChecker,
  authenticatedReference,
  buildFederatedSchema,
  validateArgument,
} from "@change-leaders/common";
import type { GraphQLSchema } from "graphql";
import { NominationResolver, TambonNominationsResolver } from "./nomination/nomination.resolver";
import { nominationService } from "./nomination/nomination.service";

/** The evaluation subgraph's schema: the contest, and what it adds to Tambon. */
export function buildEvaluationSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    {
      resolvers: [NominationResolver, TambonNominationsResolver],
      scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
      authChecker,
      validateFn: validateArgument,
    },
    {
      Nomination: { __resolveReference: authenticatedReference((ref: { id: string }, ctx: RequestContext) => nominationService.byId(ctx, ref.id)) },
      Tambon: { __resolveReference: (ref: { code: string }) => ({ code: ref.code }) },
    },
  );
}
