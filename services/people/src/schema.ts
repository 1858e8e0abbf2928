import {
  type RequestContext,
  DateTimeScalar,
  authChecker,
  authenticatedReference,
  buildFederatedSchema,
  validateArgument,
} from "@change-leaders/common";
import type { GraphQLSchema } from "graphql";
import { AccountResolver } from "./account/account.resolver";
import { accountService } from "./account/account.service";
import { DistrictResolver, ProvinceResolver, TambonResolver } from "./geography/geography.resolver";
import { geographyReferences } from "./geography/geography.reference";

/** The people subgraph's schema: geography, accounts (and, with later issues, leaders and staff). */
export function buildPeopleSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    {
      resolvers: [ProvinceResolver, DistrictResolver, TambonResolver, AccountResolver],
      scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
      authChecker,
      validateFn: validateArgument,
    },
    {
      ...geographyReferences,
      Account: { __resolveReference: authenticatedReference((ref: { id: string }, ctx: RequestContext) => accountService.byId(ctx, ref.id)) },
    },
  );
}
