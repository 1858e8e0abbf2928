import "reflect-metadata";

export { activitiesSubgraph } from "./definition";
export { buildActivitiesSchema } from "./schema";
export { DEMO_EVENT_IDS } from "./seed/seed";
export { seedNationalActivities } from "./seed/national";
