import type { MigrationInterface, QueryRunner } from "typeorm";

export class Initial1795462673356 implements MigrationInterface {
  name = "Initial1795462673356";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"history_entry\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"entity_name\" varchar(64) NOT NULL, \"entity_id\" varchar(64) NOT NULL, \"action\" varchar(32) NOT NULL, \"actor_id\" varchar(64), \"actor_name\" varchar(128), \"actor_role\" varchar(32), \"request_id\" varchar(64), \"at\" datetime(3) NOT NULL, \"before\" text, \"after\" text)");
    await queryRunner.query("CREATE INDEX \"idx_history_entry_record\" ON \"history_entry\" (\"entity_name\", \"entity_id\", \"at\") ");
    await queryRunner.query("CREATE TABLE \"event\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"kind\" varchar(32) NOT NULL, \"title\" varchar(300) NOT NULL, \"starts_at\" datetime(3) NOT NULL, \"ends_at\" datetime(3) NOT NULL, \"mode\" varchar(16) NOT NULL, \"venue\" varchar(300), \"meeting_url\" varchar(500), \"fiscal_year\" integer NOT NULL, \"organiser_province_code\" varchar(2), \"target_leaders_per_tambon\" integer NOT NULL DEFAULT (15), \"status\" varchar(16) NOT NULL DEFAULT ('SCHEDULED'), \"created_at\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"version\" integer NOT NULL)");
    await queryRunner.query("CREATE INDEX \"idx_event_province\" ON \"event\" (\"organiser_province_code\", \"starts_at\") ");
    await queryRunner.query("CREATE INDEX \"idx_event_year_kind\" ON \"event\" (\"fiscal_year\", \"kind\", \"starts_at\") ");
    await queryRunner.query("CREATE TABLE \"event_tambon\" (\"event_id\" varchar(36) NOT NULL, \"tambon_code\" varchar(6) NOT NULL, PRIMARY KEY (\"event_id\", \"tambon_code\"))");
    await queryRunner.query("CREATE INDEX \"idx_event_tambon_tambon\" ON \"event_tambon\" (\"tambon_code\", \"event_id\") ");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"idx_event_tambon_tambon\"");
    await queryRunner.query("DROP TABLE \"event_tambon\"");
    await queryRunner.query("DROP INDEX \"idx_event_year_kind\"");
    await queryRunner.query("DROP INDEX \"idx_event_province\"");
    await queryRunner.query("DROP TABLE \"event\"");
    await queryRunner.query("DROP INDEX \"idx_history_entry_record\"");
    await queryRunner.query("DROP TABLE \"history_entry\"");
  }
}
