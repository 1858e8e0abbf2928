import type { MigrationSet } from "@change-leaders/common";
import { Initial1795462673356 as sqliteInitial1795462673356 } from "./sqlite/1795462673356-Initial";
import { Initial1795462673356 as mysqlInitial1795462673356 } from "./mysql/1795462673356-Initial";

/** The evaluation store's migrations, one list per dialect, oldest first (written by `npm run migration:generate`). */
export const evaluationMigrations: MigrationSet = {
  sqlite: [sqliteInitial1795462673356],
  mysql: [mysqlInitial1795462673356],
};
