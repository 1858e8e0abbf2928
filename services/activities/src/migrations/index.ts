import type { MigrationSet } from "@change-leaders/common";
import { Initial1795462673356 as sqliteInitial1795462673356 } from "./sqlite/1795462673356-Initial";
import { ActivitiesProgramme1795465437753 as sqliteActivitiesProgramme1795465437753 } from "./sqlite/1795465437753-ActivitiesProgramme";
import { EventChairAndOffices1796562056467 as sqliteEventChairAndOffices1796562056467 } from "./sqlite/1796562056467-EventChairAndOffices";
import { ProgressReportSubmitter1796564031322 as sqliteProgressReportSubmitter1796564031322 } from "./sqlite/1796564031322-ProgressReportSubmitter";
import { IndicatorSetPerYear1796615158229 as sqliteIndicatorSetPerYear1796615158229 } from "./sqlite/1796615158229-IndicatorSetPerYear";
import { Initial1795462673356 as mysqlInitial1795462673356 } from "./mysql/1795462673356-Initial";
import { ActivitiesProgramme1795465437753 as mysqlActivitiesProgramme1795465437753 } from "./mysql/1795465437753-ActivitiesProgramme";
import { EventChairAndOffices1796562056467 as mysqlEventChairAndOffices1796562056467 } from "./mysql/1796562056467-EventChairAndOffices";
import { ProgressReportSubmitter1796564031322 as mysqlProgressReportSubmitter1796564031322 } from "./mysql/1796564031322-ProgressReportSubmitter";
import { IndicatorSetPerYear1796615158229 as mysqlIndicatorSetPerYear1796615158229 } from "./mysql/1796615158229-IndicatorSetPerYear";
import { Attachments1796700000000 as sqliteAttachments1796700000000 } from "./sqlite/1796700000000-Attachments";
import { Attachments1796700000000 as mysqlAttachments1796700000000 } from "./mysql/1796700000000-Attachments";

/** The activities store's migrations, one list per dialect, oldest first (written by `npm run migration:generate`). */
export const activitiesMigrations: MigrationSet = {
  sqlite: [
    sqliteInitial1795462673356,
    sqliteActivitiesProgramme1795465437753,
    sqliteEventChairAndOffices1796562056467,
    sqliteProgressReportSubmitter1796564031322,
    sqliteIndicatorSetPerYear1796615158229,
    sqliteAttachments1796700000000,
  ],
  mysql: [
    mysqlInitial1795462673356,
    mysqlActivitiesProgramme1795465437753,
    mysqlEventChairAndOffices1796562056467,
    mysqlProgressReportSubmitter1796564031322,
    mysqlIndicatorSetPerYear1796615158229,
    mysqlAttachments1796700000000,
  ],
};
