import {
  type RequestContext,
  DateTimeScalar,
  authChecker,
  authenticatedReference,
  buildFederatedSchema,
  validateArgument,
} from "@change-leaders/common";
import type { GraphQLSchema } from "graphql";
import { EventResolver, TambonEventsResolver } from "./event/event.resolver";
import { eventService } from "./event/event.service";

/** The activities subgraph's schema: events and what it adds to Tambon. */
export function buildActivitiesSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    {
      resolvers: [EventResolver, TambonEventsResolver],
      scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
      authChecker,
      validateFn: validateArgument,
    },
    {
      Event: { __resolveReference: authenticatedReference((ref: { id: string }, ctx: RequestContext) => eventService.byId(ctx, ref.id)) },
      Tambon: { __resolveReference: (ref: { code: string }) => ({ code: ref.code }) },
    },
  );
}
