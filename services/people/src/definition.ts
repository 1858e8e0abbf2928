import { HistoryEntry, type SubgraphDefinition } from "@change-leaders/common";
import { Account } from "./account/account.entity";
import { District } from "./geography/district.entity";
import { Province } from "./geography/province.entity";
import { Tambon } from "./geography/tambon.entity";
import { peopleMigrations } from "./migrations";
import { buildPeopleSchema } from "./schema";
import { seedPeople } from "./seed/seed";

export const peopleSubgraph: SubgraphDefinition = {
  name: "people",
  dataSource: { service: "people", entities: [Province, District, Tambon, Account, HistoryEntry], migrations: peopleMigrations },
  buildSchema: buildPeopleSchema,
  seed: seedPeople,
};
