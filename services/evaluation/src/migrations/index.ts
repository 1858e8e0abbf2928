import type { MigrationSet } from "@change-leaders/common";
import { Initial1795462673356 as sqliteInitial1795462673356 } from "./sqlite/1795462673356-Initial";
import { ContestAwardsLedger1795465235752 as sqliteContestAwardsLedger1795465235752 } from "./sqlite/1795465235752-ContestAwardsLedger";
import { AwardAmountsFy25641795465235753 as sqliteAwardAmountsFy25641795465235753 } from "./sqlite/1795465235753-AwardAmountsFy2564";
import { DisbursementKeyPerRecorder1796423489764 as sqliteDisbursementKeyPerRecorder1796423489764 } from "./sqlite/1796423489764-DisbursementKeyPerRecorder";
import { LessonWriter1796620909865 as sqliteLessonWriter1796620909865 } from "./sqlite/1796620909865-LessonWriter";
import { DisbursementPaymentReference1796621415236 as sqliteDisbursementPaymentReference1796621415236 } from "./sqlite/1796621415236-DisbursementPaymentReference";
import { FiscalYearClosing1796626806845 as sqliteFiscalYearClosing1796626806845 } from "./sqlite/1796626806845-FiscalYearClosing";
import { Initial1795462673356 as mysqlInitial1795462673356 } from "./mysql/1795462673356-Initial";
import { ContestAwardsLedger1795465235752 as mysqlContestAwardsLedger1795465235752 } from "./mysql/1795465235752-ContestAwardsLedger";
import { AwardAmountsFy25641795465235753 as mysqlAwardAmountsFy25641795465235753 } from "./mysql/1795465235753-AwardAmountsFy2564";
import { DisbursementKeyPerRecorder1796423489764 as mysqlDisbursementKeyPerRecorder1796423489764 } from "./mysql/1796423489764-DisbursementKeyPerRecorder";
import { LessonWriter1796620909865 as mysqlLessonWriter1796620909865 } from "./mysql/1796620909865-LessonWriter";
import { DisbursementPaymentReference1796621415236 as mysqlDisbursementPaymentReference1796621415236 } from "./mysql/1796621415236-DisbursementPaymentReference";
import { FiscalYearClosing1796626806845 as mysqlFiscalYearClosing1796626806845 } from "./mysql/1796626806845-FiscalYearClosing";
import { Attachments1796700000000 as sqliteAttachments1796700000000 } from "./sqlite/1796700000000-Attachments";
import { Attachments1796700000000 as mysqlAttachments1796700000000 } from "./mysql/1796700000000-Attachments";
import { DisbursementReferencePerYear1796800000000 as sqliteDisbursementReferencePerYear1796800000000 } from "./sqlite/1796800000000-DisbursementReferencePerYear";
import { DisbursementReferencePerYear1796800000000 as mysqlDisbursementReferencePerYear1796800000000 } from "./mysql/1796800000000-DisbursementReferencePerYear";

/** The evaluation store's migrations, one list per dialect, oldest first (written by `npm run migration:generate`). */
export const evaluationMigrations: MigrationSet = {
  sqlite: [
    sqliteInitial1795462673356,
    sqliteContestAwardsLedger1795465235752,
    sqliteAwardAmountsFy25641795465235753,
    sqliteDisbursementKeyPerRecorder1796423489764,
    sqliteLessonWriter1796620909865,
    sqliteDisbursementPaymentReference1796621415236,
    sqliteFiscalYearClosing1796626806845,
    sqliteAttachments1796700000000,
    sqliteDisbursementReferencePerYear1796800000000,
  ],
  mysql: [
    mysqlInitial1795462673356,
    mysqlContestAwardsLedger1795465235752,
    mysqlAwardAmountsFy25641795465235753,
    mysqlDisbursementKeyPerRecorder1796423489764,
    mysqlLessonWriter1796620909865,
    mysqlDisbursementPaymentReference1796621415236,
    mysqlFiscalYearClosing1796626806845,
    mysqlAttachments1796700000000,
    mysqlDisbursementReferencePerYear1796800000000,
  ],
};
