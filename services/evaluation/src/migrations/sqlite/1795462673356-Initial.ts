import type { MigrationInterface, QueryRunner } from "typeorm";

export class Initial1795462673356 implements MigrationInterface {
  name = "Initial1795462673356";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"history_entry\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"entity_name\" varchar(64) NOT NULL, \"entity_id\" varchar(64) NOT NULL, \"action\" varchar(32) NOT NULL, \"actor_id\" varchar(64), \"actor_name\" varchar(128), \"actor_role\" varchar(32), \"request_id\" varchar(64), \"at\" datetime(3) NOT NULL, \"before\" text, \"after\" text)");
    await queryRunner.query("CREATE INDEX \"idx_history_entry_record\" ON \"history_entry\" (\"entity_name\", \"entity_id\", \"at\") ");
    await queryRunner.query("CREATE TABLE \"nomination\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"tambon_code\" varchar(6) NOT NULL, \"province_code\" varchar(2) NOT NULL, \"fiscal_year\" integer NOT NULL, \"round\" varchar(16) NOT NULL, \"status\" varchar(16) NOT NULL DEFAULT ('DRAFT'), \"summary\" text NOT NULL, \"nominated_by\" varchar(64), \"created_at\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"version\" integer NOT NULL, CONSTRAINT \"uq_nomination_tambon_round_year\" UNIQUE (\"tambon_code\", \"round\", \"fiscal_year\"))");
    await queryRunner.query("CREATE INDEX \"idx_nomination_province\" ON \"nomination\" (\"province_code\", \"fiscal_year\") ");
    await queryRunner.query("CREATE INDEX \"idx_nomination_year_round\" ON \"nomination\" (\"fiscal_year\", \"round\", \"status\") ");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"idx_nomination_year_round\"");
    await queryRunner.query("DROP INDEX \"idx_nomination_province\"");
    await queryRunner.query("DROP TABLE \"nomination\"");
    await queryRunner.query("DROP INDEX \"idx_history_entry_record\"");
    await queryRunner.query("DROP TABLE \"history_entry\"");
  }
}
