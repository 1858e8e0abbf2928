import { HistoryEntry, type SubgraphDefinition } from "@change-leaders/common";
import { Account } from "./account/account.entity";
import { LoginFailure } from "./account/login-failure.entity";
import { ApiKey } from "./apikey/apikey.entity";
import { AccessLogEntry } from "./audit/access-log.entity";
import { District } from "./geography/district.entity";
import { Province } from "./geography/province.entity";
import { Tambon } from "./geography/tambon.entity";
import { Leader } from "./leader/leader.entity";
import { LeaderImport } from "./leader/leader.import.entity";
import { peopleMigrations } from "./migrations";
import { InspectionRegion, InspectionRegionProvince } from "./region/region.entity";
import { buildPeopleSchema } from "./schema";
import { scheduleRetention } from "./retention/retention.schedule";
import { seedPeople } from "./seed/seed";
import { Inspector } from "./staff/inspector.entity";
import { Officer } from "./staff/officer.entity";

export const peopleSubgraph: SubgraphDefinition = {
  name: "people",
  dataSource: {
    service: "people",
    entities: [
      Province,
      District,
      Tambon,
      Account,
      HistoryEntry,
      InspectionRegion,
      InspectionRegionProvince,
      Leader,
      LeaderImport,
      Officer,
      Inspector,
      ApiKey,
      AccessLogEntry,
      LoginFailure,
    ],
    migrations: peopleMigrations,
  },
  buildSchema: buildPeopleSchema,
  seed: seedPeople,
  background: scheduleRetention,
};
