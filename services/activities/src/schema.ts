import { ActivityAttachmentResolver, EventAttachmentsResolver, ProgressReportAttachmentsResolver } from "./attachment/attachment.resolver";
import { AttachmentResolver, type RequestContext, authenticatedReference, buildFederatedSchema } from "@change-leaders/common";
import type { GraphQLSchema } from "graphql";
import { EngagementDrawResolver, EngagementPostResolver, TambonEngagementResolver } from "./engagement/engagement.resolver";
import { EventResolver, TambonEventsResolver } from "./event/event.resolver";
import { eventService } from "./event/event.service";
import { ActivityHistoryResolver } from "./history/history.resolver";
import { LeaderDataExportPart, LeaderDataExportResolver, leaderDataExportReference } from "./data-subject/leader-data-export";
import { LeaderParticipationsResolver, ParticipationResolver } from "./participation/participation.resolver";
import { ActivitiesYearSetupResolver } from "./fiscal-year/activities-year-setup.resolver";
import { ProgressIndicatorResolver } from "./progress/progress-indicator.resolver";
import { ProgressReportResolver, ProgressReportValueResolver, TambonProgressReportsResolver } from "./progress/progress-report.resolver";
import { EventPaperworkResolver } from "./paperwork/paperwork.resolver";
import { ProgrammeFiguresResolver } from "./figures/programme-figures.resolver";

/** The activities subgraph's schema: the seven activities' records, and what it adds to Tambon and Leader. */
export function buildActivitiesSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    {
      resolvers: [
        EventResolver,
        TambonEventsResolver,
        ParticipationResolver,
        LeaderParticipationsResolver,
        ProgressReportResolver,
        ProgressReportValueResolver,
        ProgressIndicatorResolver,
        TambonProgressReportsResolver,
        EngagementPostResolver,
        EngagementDrawResolver,
        TambonEngagementResolver,
        ActivityHistoryResolver,
        ActivitiesYearSetupResolver,
        LeaderDataExportResolver,
        ActivityAttachmentResolver,
        EventAttachmentsResolver,
        ProgressReportAttachmentsResolver,
        AttachmentResolver,
        EventPaperworkResolver,
        ProgrammeFiguresResolver,
      ],
      // Reached only through people's leaderDataExport: named so that the entity is in this subgraph's schema.
      orphanedTypes: [LeaderDataExportPart],
    },
    {
      Event: { __resolveReference: authenticatedReference((ref: { id: string }, ctx: RequestContext) => eventService.findReadable(ctx, ref.id)) },
      Tambon: { __resolveReference: (ref: { code: string }) => ({ code: ref.code }) },
      Leader: { __resolveReference: (ref: { id: string }) => ({ id: ref.id }) },
      Province: { __resolveReference: (ref: { code: string }) => ({ code: ref.code }) },
      ...leaderDataExportReference,
    },
  );
}
