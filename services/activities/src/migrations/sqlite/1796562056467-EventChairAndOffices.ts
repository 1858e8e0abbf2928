import type { MigrationInterface, QueryRunner } from "typeorm";

export class EventChairAndOffices1796562056467 implements MigrationInterface {
  name = "EventChairAndOffices1796562056467";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"event_office\" (\"event_id\" varchar(36) NOT NULL, \"province_code\" varchar(2) NOT NULL, \"room\" varchar(200) NOT NULL, \"recorded_by\" varchar(36) NOT NULL, \"recorded_at\" datetime(6) NOT NULL DEFAULT (datetime('now')), PRIMARY KEY (\"event_id\", \"province_code\"))");
    await queryRunner.query("DROP INDEX \"idx_event_province\"");
    await queryRunner.query("DROP INDEX \"idx_event_year_kind\"");
    await queryRunner.query("CREATE TABLE \"temporary_event\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"kind\" varchar(32) NOT NULL, \"title\" varchar(300) NOT NULL, \"starts_at\" datetime(3) NOT NULL, \"ends_at\" datetime(3) NOT NULL, \"mode\" varchar(16) NOT NULL, \"venue\" varchar(300), \"meeting_url\" varchar(500), \"fiscal_year\" integer NOT NULL, \"organiser_province_code\" varchar(2), \"target_leaders_per_tambon\" integer NOT NULL DEFAULT (15), \"status\" varchar(16) NOT NULL DEFAULT ('SCHEDULED'), \"created_at\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"version\" integer NOT NULL, \"cancel_reason\" varchar(500), \"joined_province_codes\" text, \"updated_at\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"chair\" varchar(200))");
    await queryRunner.query("INSERT INTO \"temporary_event\"(\"id\", \"kind\", \"title\", \"starts_at\", \"ends_at\", \"mode\", \"venue\", \"meeting_url\", \"fiscal_year\", \"organiser_province_code\", \"target_leaders_per_tambon\", \"status\", \"created_at\", \"version\", \"cancel_reason\", \"joined_province_codes\", \"updated_at\") SELECT \"id\", \"kind\", \"title\", \"starts_at\", \"ends_at\", \"mode\", \"venue\", \"meeting_url\", \"fiscal_year\", \"organiser_province_code\", \"target_leaders_per_tambon\", \"status\", \"created_at\", \"version\", \"cancel_reason\", \"joined_province_codes\", \"updated_at\" FROM \"event\"");
    await queryRunner.query("DROP TABLE \"event\"");
    await queryRunner.query("ALTER TABLE \"temporary_event\" RENAME TO \"event\"");
    await queryRunner.query("CREATE INDEX \"idx_event_province\" ON \"event\" (\"organiser_province_code\", \"starts_at\") ");
    await queryRunner.query("CREATE INDEX \"idx_event_year_kind\" ON \"event\" (\"fiscal_year\", \"kind\", \"starts_at\") ");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"idx_event_year_kind\"");
    await queryRunner.query("DROP INDEX \"idx_event_province\"");
    await queryRunner.query("ALTER TABLE \"event\" RENAME TO \"temporary_event\"");
    await queryRunner.query("CREATE TABLE \"event\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"kind\" varchar(32) NOT NULL, \"title\" varchar(300) NOT NULL, \"starts_at\" datetime(3) NOT NULL, \"ends_at\" datetime(3) NOT NULL, \"mode\" varchar(16) NOT NULL, \"venue\" varchar(300), \"meeting_url\" varchar(500), \"fiscal_year\" integer NOT NULL, \"organiser_province_code\" varchar(2), \"target_leaders_per_tambon\" integer NOT NULL DEFAULT (15), \"status\" varchar(16) NOT NULL DEFAULT ('SCHEDULED'), \"created_at\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"version\" integer NOT NULL, \"cancel_reason\" varchar(500), \"joined_province_codes\" text, \"updated_at\" datetime(6) NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("INSERT INTO \"event\"(\"id\", \"kind\", \"title\", \"starts_at\", \"ends_at\", \"mode\", \"venue\", \"meeting_url\", \"fiscal_year\", \"organiser_province_code\", \"target_leaders_per_tambon\", \"status\", \"created_at\", \"version\", \"cancel_reason\", \"joined_province_codes\", \"updated_at\") SELECT \"id\", \"kind\", \"title\", \"starts_at\", \"ends_at\", \"mode\", \"venue\", \"meeting_url\", \"fiscal_year\", \"organiser_province_code\", \"target_leaders_per_tambon\", \"status\", \"created_at\", \"version\", \"cancel_reason\", \"joined_province_codes\", \"updated_at\" FROM \"temporary_event\"");
    await queryRunner.query("DROP TABLE \"temporary_event\"");
    await queryRunner.query("CREATE INDEX \"idx_event_year_kind\" ON \"event\" (\"fiscal_year\", \"kind\", \"starts_at\") ");
    await queryRunner.query("CREATE INDEX \"idx_event_province\" ON \"event\" (\"organiser_province_code\", \"starts_at\") ");
    await queryRunner.query("DROP TABLE \"event_office\"");
  }
}
