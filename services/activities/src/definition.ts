import { HistoryEntry, type SubgraphDefinition } from "@change-leaders/common";
import { Event, EventTambon } from "./event/event.entity";
import { activitiesMigrations } from "./migrations";
import { buildActivitiesSchema } from "./schema";
import { seedActivities } from "./seed/seed";

export const activitiesSubgraph: SubgraphDefinition = {
  name: "activities",
  dataSource: { service: "activities", entities: [Event, EventTambon, HistoryEntry], migrations: activitiesMigrations },
  buildSchema: buildActivitiesSchema,
  seed: seedActivities,
};
