import type { Logger } from "typeorm";

/** A TypeORM logger that counts the SQL statements a data source runs (for the statements-per-request rule). */
export class StatementCounter implements Logger {
  count = 0;
  statements: string[] = [];
  logQuery(query: string) {
    this.count += 1;
    this.statements.push(query);
  }
  logQueryError() {}
  logQuerySlow() {}
  logSchemaBuild() {}
  logMigration() {}
  log() {}
  reset() {
    this.count = 0;
    this.statements = [];
  }
}
