import "reflect-metadata";

export { peopleSubgraph } from "./definition";
export { buildPeopleSchema } from "./schema";
export { loadGeography } from "./geography/geography.source";
export { DEMO_ACCOUNTS } from "./seed/seed";
export { seedNationalPeople } from "./seed/national";
