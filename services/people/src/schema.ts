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
import { ApiKeyResolver } from "./apikey/apikey.resolver";
import { AuditResolver, LeaderImportResolver } from "./audit/history.resolver";
import { DataSubjectResolver } from "./data-subject/data-subject.resolver";
import { FiscalYearSetupResolver } from "./fiscal-year/fiscal-year-setup.resolver";
import { DistrictResolver, ProvinceResolver, TambonResolver } from "./geography/geography.resolver";
import { geographyReferences } from "./geography/geography.reference";
import { leaderReferences } from "./leader/leader.reference";
import { LeaderPageResolver, LeaderResolver, TambonLeadersResolver } from "./leader/leader.resolver";
import { InspectionRegionResolver } from "./region/region.resolver";
import { RetentionResolver } from "./retention/retention.resolver";
import { Inspector } from "./staff/inspector.entity";
import { Officer } from "./staff/officer.entity";
import { AccountStaffResolver, InspectorResolver, OfficerResolver, RegionInspectorsResolver } from "./staff/staff.resolver";
import { staffService } from "./staff/staff.service";

/** The people subgraph's schema: geography, leaders, staff, accounts, API keys, audit. */
export function buildPeopleSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    {
      resolvers: [
        ProvinceResolver,
        DistrictResolver,
        TambonResolver,
        TambonLeadersResolver,
        LeaderResolver,
        LeaderPageResolver,
        InspectionRegionResolver,
        RegionInspectorsResolver,
        OfficerResolver,
        InspectorResolver,
        AccountStaffResolver,
        AccountResolver,
        ApiKeyResolver,
        AuditResolver,
        LeaderImportResolver,
        RetentionResolver,
        DataSubjectResolver,
        FiscalYearSetupResolver,
      ],
      scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
      authChecker,
      validateFn: validateArgument,
    },
    {
      ...geographyReferences,
      ...leaderReferences,
      Account: { __resolveReference: authenticatedReference((ref: { id: string }, ctx: RequestContext) => accountService.findReadable(ctx, ref.id)) },
      Officer: {
        __resolveReference: authenticatedReference((ref: { id: string }, ctx: RequestContext) => staffService.findReadable(ctx, Officer, ref.id)),
      },
      Inspector: {
        __resolveReference: authenticatedReference((ref: { id: string }, ctx: RequestContext) => staffService.findReadable(ctx, Inspector, ref.id)),
      },
    },
  );
}
