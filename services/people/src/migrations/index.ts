import type { MigrationSet } from "@change-leaders/common";
import { Initial1795462673356 as sqliteInitial1795462673356 } from "./sqlite/1795462673356-Initial";
import { LeadersStaffKeys1795465924063 as sqliteLeadersStaffKeys1795465924063 } from "./sqlite/1795465924063-LeadersStaffKeys";
import { LeaderNameOrderIndex1795473520772 as sqliteLeaderNameOrderIndex1795473520772 } from "./sqlite/1795473520772-LeaderNameOrderIndex";
import { LeaderRetention1795474236292 as sqliteLeaderRetention1795474236292 } from "./sqlite/1795474236292-LeaderRetention";
import { AccountSessions1796389806216 as sqliteAccountSessions1796389806216 } from "./sqlite/1796389806216-AccountSessions";
import { LoginFailures1796390377585 as sqliteLoginFailures1796390377585 } from "./sqlite/1796390377585-LoginFailures";
import { InspectionRegionsPerYear1796567905965 as sqliteInspectionRegionsPerYear1796567905965 } from "./sqlite/1796567905965-InspectionRegionsPerYear";
import { NeedToKnow1796640967085 as sqliteNeedToKnow1796640967085 } from "./sqlite/1796640967085-NeedToKnow";
import { LeaderImports1796686169960 as sqliteLeaderImports1796686169960 } from "./sqlite/1796686169960-LeaderImports";
import { Initial1795462673356 as mysqlInitial1795462673356 } from "./mysql/1795462673356-Initial";
import { LeadersStaffKeys1795465924063 as mysqlLeadersStaffKeys1795465924063 } from "./mysql/1795465924063-LeadersStaffKeys";
import { LeaderNameOrderIndex1795473520772 as mysqlLeaderNameOrderIndex1795473520772 } from "./mysql/1795473520772-LeaderNameOrderIndex";
import { LeaderRetention1795474236292 as mysqlLeaderRetention1795474236292 } from "./mysql/1795474236292-LeaderRetention";
import { AccountSessions1796389806216 as mysqlAccountSessions1796389806216 } from "./mysql/1796389806216-AccountSessions";
import { LoginFailures1796390377585 as mysqlLoginFailures1796390377585 } from "./mysql/1796390377585-LoginFailures";
import { InspectionRegionsPerYear1796567905965 as mysqlInspectionRegionsPerYear1796567905965 } from "./mysql/1796567905965-InspectionRegionsPerYear";
import { NeedToKnow1796640967085 as mysqlNeedToKnow1796640967085 } from "./mysql/1796640967085-NeedToKnow";
import { LeaderImports1796686169960 as mysqlLeaderImports1796686169960 } from "./mysql/1796686169960-LeaderImports";

/** The people store's migrations, one list per dialect, oldest first (written by `npm run migration:generate`). */
export const peopleMigrations: MigrationSet = {
  sqlite: [
    sqliteInitial1795462673356,
    sqliteLeadersStaffKeys1795465924063,
    sqliteLeaderNameOrderIndex1795473520772,
    sqliteLeaderRetention1795474236292,
    sqliteAccountSessions1796389806216,
    sqliteLoginFailures1796390377585,
    sqliteInspectionRegionsPerYear1796567905965,
    sqliteNeedToKnow1796640967085,
    sqliteLeaderImports1796686169960,
  ],
  mysql: [
    mysqlInitial1795462673356,
    mysqlLeadersStaffKeys1795465924063,
    mysqlLeaderNameOrderIndex1795473520772,
    mysqlLeaderRetention1795474236292,
    mysqlAccountSessions1796389806216,
    mysqlLoginFailures1796390377585,
    mysqlInspectionRegionsPerYear1796567905965,
    mysqlNeedToKnow1796640967085,
    mysqlLeaderImports1796686169960,
  ],
};
