import { Attachment, HistoryEntry, type SubgraphDefinition } from "@change-leaders/common";
import { EngagementDraw, EngagementPost, EngagementSample } from "./engagement/engagement.entity";
import { EventOffice } from "./event/event-office.entity";
import { Event, EventTambon } from "./event/event.entity";
import { activitiesMigrations } from "./migrations";
import { Participation } from "./participation/participation.entity";
import { ProgressIndicator, ProgressIndicatorYear } from "./progress/progress-indicator.entity";
import { ProgressReport, ProgressReportValue } from "./progress/progress-report.entity";
import { buildActivitiesSchema } from "./schema";
import { seedActivities } from "./seed/seed";

export const activitiesSubgraph: SubgraphDefinition = {
  name: "activities",
  dataSource: {
    service: "activities",
    entities: [
      Event,
      EventTambon,
      EventOffice,
      Participation,
      ProgressIndicator,
      ProgressIndicatorYear,
      ProgressReport,
      ProgressReportValue,
      EngagementPost,
      EngagementSample,
      EngagementDraw,
      HistoryEntry,
      Attachment,
    ],
    migrations: activitiesMigrations,
  },
  buildSchema: buildActivitiesSchema,
  seed: seedActivities,
};
