import type { MigrationInterface, QueryRunner } from "typeorm";

export class ActivitiesProgramme1795465437753 implements MigrationInterface {
  name = "ActivitiesProgramme1795465437753";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"engagement_post\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"channel\" varchar(16) NOT NULL, \"url\" varchar(500) NOT NULL, \"title\" varchar(300), \"tambon_code\" varchar(6) NOT NULL, \"province_code\" varchar(2) NOT NULL, \"leader_id\" varchar(36), \"event_id\" varchar(36), \"posted_at\" datetime(3) NOT NULL, \"created_at\" datetime(3) NOT NULL)");
    await queryRunner.query("CREATE INDEX \"idx_engagement_post_leader\" ON \"engagement_post\" (\"leader_id\") ");
    await queryRunner.query("CREATE INDEX \"idx_engagement_post_province\" ON \"engagement_post\" (\"province_code\", \"posted_at\") ");
    await queryRunner.query("CREATE INDEX \"idx_engagement_post_tambon\" ON \"engagement_post\" (\"tambon_code\", \"posted_at\") ");
    await queryRunner.query("CREATE TABLE \"engagement_sample\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"post_id\" varchar(36) NOT NULL, \"likes\" integer NOT NULL, \"follows\" integer NOT NULL, \"shares\" integer NOT NULL, \"sampled_at\" datetime(3) NOT NULL, \"sampled_by\" varchar(128) NOT NULL, \"sampled_by_id\" varchar(64))");
    await queryRunner.query("CREATE INDEX \"idx_engagement_sample_post\" ON \"engagement_sample\" (\"post_id\", \"sampled_at\") ");
    await queryRunner.query("CREATE TABLE \"engagement_draw\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"filter\" text NOT NULL, \"province_code\" varchar(2), \"size\" integer NOT NULL, \"seed\" varchar(200) NOT NULL, \"population_count\" integer NOT NULL, \"post_ids\" text NOT NULL, \"drawn_at\" datetime(3) NOT NULL, \"drawn_by\" varchar(128) NOT NULL, \"drawn_by_id\" varchar(64))");
    await queryRunner.query("CREATE INDEX \"idx_engagement_draw_province\" ON \"engagement_draw\" (\"province_code\", \"drawn_at\") ");
    await queryRunner.query("CREATE TABLE \"participation\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"event_id\" varchar(36) NOT NULL, \"leader_id\" varchar(36) NOT NULL, \"tambon_code\" varchar(6) NOT NULL, \"province_code\" varchar(2) NOT NULL, \"registered_at\" datetime(3) NOT NULL, \"attended\" boolean NOT NULL DEFAULT (0), \"attendance_recorded_at\" datetime(3), \"version\" integer NOT NULL, CONSTRAINT \"uq_participation_event_leader\" UNIQUE (\"event_id\", \"leader_id\"))");
    await queryRunner.query("CREATE INDEX \"idx_participation_event_tambon\" ON \"participation\" (\"event_id\", \"tambon_code\") ");
    await queryRunner.query("CREATE INDEX \"idx_participation_leader\" ON \"participation\" (\"leader_id\", \"registered_at\") ");
    await queryRunner.query("CREATE TABLE \"progress_indicator\" (\"code\" varchar(40) PRIMARY KEY NOT NULL, \"name_th\" varchar(200) NOT NULL, \"name_en\" varchar(200) NOT NULL, \"unit_th\" varchar(50) NOT NULL, \"unit_en\" varchar(50) NOT NULL, \"kind\" varchar(16) NOT NULL, \"sort_order\" integer NOT NULL DEFAULT (0), \"active\" boolean NOT NULL DEFAULT (1))");
    await queryRunner.query("CREATE TABLE \"progress_report\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"tambon_code\" varchar(6) NOT NULL, \"province_code\" varchar(2) NOT NULL, \"event_id\" varchar(36), \"fiscal_year\" integer NOT NULL, \"period_start\" date NOT NULL, \"period_end\" date NOT NULL, \"narrative\" text NOT NULL, \"evidence_links\" text NOT NULL, \"status\" varchar(16) NOT NULL, \"return_reason\" varchar(1000), \"submitted_at\" datetime(3), \"decided_at\" datetime(3), \"decided_by\" varchar(128), \"created_at\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"updated_at\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"version\" integer NOT NULL, CONSTRAINT \"uq_progress_report_tambon_period\" UNIQUE (\"tambon_code\", \"period_start\", \"period_end\"))");
    await queryRunner.query("CREATE INDEX \"idx_progress_report_tambon\" ON \"progress_report\" (\"tambon_code\", \"period_start\") ");
    await queryRunner.query("CREATE INDEX \"idx_progress_report_province\" ON \"progress_report\" (\"province_code\", \"fiscal_year\", \"status\") ");
    await queryRunner.query("CREATE TABLE \"progress_report_value\" (\"report_id\" varchar(36) NOT NULL, \"indicator_code\" varchar(40) NOT NULL, \"quantity\" bigint, \"amount_satang\" bigint, PRIMARY KEY (\"report_id\", \"indicator_code\"))");
    await queryRunner.query("DROP INDEX \"idx_event_year_kind\"");
    await queryRunner.query("DROP INDEX \"idx_event_province\"");
    await queryRunner.query("CREATE TABLE \"temporary_event\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"kind\" varchar(32) NOT NULL, \"title\" varchar(300) NOT NULL, \"starts_at\" datetime(3) NOT NULL, \"ends_at\" datetime(3) NOT NULL, \"mode\" varchar(16) NOT NULL, \"venue\" varchar(300), \"meeting_url\" varchar(500), \"fiscal_year\" integer NOT NULL, \"organiser_province_code\" varchar(2), \"target_leaders_per_tambon\" integer NOT NULL DEFAULT (15), \"status\" varchar(16) NOT NULL DEFAULT ('SCHEDULED'), \"created_at\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"version\" integer NOT NULL, \"cancel_reason\" varchar(500), \"joined_province_codes\" text, \"updated_at\" datetime(6) NOT NULL DEFAULT (datetime('now')))");
    await queryRunner.query("INSERT INTO \"temporary_event\"(\"id\", \"kind\", \"title\", \"starts_at\", \"ends_at\", \"mode\", \"venue\", \"meeting_url\", \"fiscal_year\", \"organiser_province_code\", \"target_leaders_per_tambon\", \"status\", \"created_at\", \"version\") SELECT \"id\", \"kind\", \"title\", \"starts_at\", \"ends_at\", \"mode\", \"venue\", \"meeting_url\", \"fiscal_year\", \"organiser_province_code\", \"target_leaders_per_tambon\", \"status\", \"created_at\", \"version\" FROM \"event\"");
    await queryRunner.query("DROP TABLE \"event\"");
    await queryRunner.query("ALTER TABLE \"temporary_event\" RENAME TO \"event\"");
    await queryRunner.query("CREATE INDEX \"idx_event_year_kind\" ON \"event\" (\"fiscal_year\", \"kind\", \"starts_at\") ");
    await queryRunner.query("CREATE INDEX \"idx_event_province\" ON \"event\" (\"organiser_province_code\", \"starts_at\") ");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"idx_event_province\"");
    await queryRunner.query("DROP INDEX \"idx_event_year_kind\"");
    await queryRunner.query("ALTER TABLE \"event\" RENAME TO \"temporary_event\"");
    await queryRunner.query("CREATE TABLE \"event\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"kind\" varchar(32) NOT NULL, \"title\" varchar(300) NOT NULL, \"starts_at\" datetime(3) NOT NULL, \"ends_at\" datetime(3) NOT NULL, \"mode\" varchar(16) NOT NULL, \"venue\" varchar(300), \"meeting_url\" varchar(500), \"fiscal_year\" integer NOT NULL, \"organiser_province_code\" varchar(2), \"target_leaders_per_tambon\" integer NOT NULL DEFAULT (15), \"status\" varchar(16) NOT NULL DEFAULT ('SCHEDULED'), \"created_at\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"version\" integer NOT NULL)");
    await queryRunner.query("INSERT INTO \"event\"(\"id\", \"kind\", \"title\", \"starts_at\", \"ends_at\", \"mode\", \"venue\", \"meeting_url\", \"fiscal_year\", \"organiser_province_code\", \"target_leaders_per_tambon\", \"status\", \"created_at\", \"version\") SELECT \"id\", \"kind\", \"title\", \"starts_at\", \"ends_at\", \"mode\", \"venue\", \"meeting_url\", \"fiscal_year\", \"organiser_province_code\", \"target_leaders_per_tambon\", \"status\", \"created_at\", \"version\" FROM \"temporary_event\"");
    await queryRunner.query("DROP TABLE \"temporary_event\"");
    await queryRunner.query("CREATE INDEX \"idx_event_province\" ON \"event\" (\"organiser_province_code\", \"starts_at\") ");
    await queryRunner.query("CREATE INDEX \"idx_event_year_kind\" ON \"event\" (\"fiscal_year\", \"kind\", \"starts_at\") ");
    await queryRunner.query("DROP TABLE \"progress_report_value\"");
    await queryRunner.query("DROP INDEX \"idx_progress_report_province\"");
    await queryRunner.query("DROP INDEX \"idx_progress_report_tambon\"");
    await queryRunner.query("DROP TABLE \"progress_report\"");
    await queryRunner.query("DROP TABLE \"progress_indicator\"");
    await queryRunner.query("DROP INDEX \"idx_participation_leader\"");
    await queryRunner.query("DROP INDEX \"idx_participation_event_tambon\"");
    await queryRunner.query("DROP TABLE \"participation\"");
    await queryRunner.query("DROP INDEX \"idx_engagement_draw_province\"");
    await queryRunner.query("DROP TABLE \"engagement_draw\"");
    await queryRunner.query("DROP INDEX \"idx_engagement_sample_post\"");
    await queryRunner.query("DROP TABLE \"engagement_sample\"");
    await queryRunner.query("DROP INDEX \"idx_engagement_post_tambon\"");
    await queryRunner.query("DROP INDEX \"idx_engagement_post_province\"");
    await queryRunner.query("DROP INDEX \"idx_engagement_post_leader\"");
    await queryRunner.query("DROP TABLE \"engagement_post\"");
  }
}
