import type { MigrationInterface, QueryRunner } from "typeorm";

export class ProgressReportSubmitter1796564031322 implements MigrationInterface {
  name = "ProgressReportSubmitter1796564031322";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"idx_progress_report_province\"");
    await queryRunner.query("DROP INDEX \"idx_progress_report_tambon\"");
    await queryRunner.query("CREATE TABLE \"temporary_progress_report\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"tambon_code\" varchar(6) NOT NULL, \"province_code\" varchar(2) NOT NULL, \"event_id\" varchar(36), \"fiscal_year\" integer NOT NULL, \"period_start\" date NOT NULL, \"period_end\" date NOT NULL, \"narrative\" text NOT NULL, \"evidence_links\" text NOT NULL, \"status\" varchar(16) NOT NULL, \"return_reason\" varchar(1000), \"submitted_at\" datetime(3), \"decided_at\" datetime(3), \"decided_by\" varchar(128), \"created_at\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"updated_at\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"version\" integer NOT NULL, \"submitted_by\" varchar(36), CONSTRAINT \"uq_progress_report_tambon_period\" UNIQUE (\"tambon_code\", \"period_start\", \"period_end\"))");
    await queryRunner.query("INSERT INTO \"temporary_progress_report\"(\"id\", \"tambon_code\", \"province_code\", \"event_id\", \"fiscal_year\", \"period_start\", \"period_end\", \"narrative\", \"evidence_links\", \"status\", \"return_reason\", \"submitted_at\", \"decided_at\", \"decided_by\", \"created_at\", \"updated_at\", \"version\") SELECT \"id\", \"tambon_code\", \"province_code\", \"event_id\", \"fiscal_year\", \"period_start\", \"period_end\", \"narrative\", \"evidence_links\", \"status\", \"return_reason\", \"submitted_at\", \"decided_at\", \"decided_by\", \"created_at\", \"updated_at\", \"version\" FROM \"progress_report\"");
    await queryRunner.query("DROP TABLE \"progress_report\"");
    await queryRunner.query("ALTER TABLE \"temporary_progress_report\" RENAME TO \"progress_report\"");
    await queryRunner.query("CREATE INDEX \"idx_progress_report_province\" ON \"progress_report\" (\"province_code\", \"fiscal_year\", \"status\") ");
    await queryRunner.query("CREATE INDEX \"idx_progress_report_tambon\" ON \"progress_report\" (\"tambon_code\", \"period_start\") ");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"idx_progress_report_tambon\"");
    await queryRunner.query("DROP INDEX \"idx_progress_report_province\"");
    await queryRunner.query("ALTER TABLE \"progress_report\" RENAME TO \"temporary_progress_report\"");
    await queryRunner.query("CREATE TABLE \"progress_report\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"tambon_code\" varchar(6) NOT NULL, \"province_code\" varchar(2) NOT NULL, \"event_id\" varchar(36), \"fiscal_year\" integer NOT NULL, \"period_start\" date NOT NULL, \"period_end\" date NOT NULL, \"narrative\" text NOT NULL, \"evidence_links\" text NOT NULL, \"status\" varchar(16) NOT NULL, \"return_reason\" varchar(1000), \"submitted_at\" datetime(3), \"decided_at\" datetime(3), \"decided_by\" varchar(128), \"created_at\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"updated_at\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"version\" integer NOT NULL, CONSTRAINT \"uq_progress_report_tambon_period\" UNIQUE (\"tambon_code\", \"period_start\", \"period_end\"))");
    await queryRunner.query("INSERT INTO \"progress_report\"(\"id\", \"tambon_code\", \"province_code\", \"event_id\", \"fiscal_year\", \"period_start\", \"period_end\", \"narrative\", \"evidence_links\", \"status\", \"return_reason\", \"submitted_at\", \"decided_at\", \"decided_by\", \"created_at\", \"updated_at\", \"version\") SELECT \"id\", \"tambon_code\", \"province_code\", \"event_id\", \"fiscal_year\", \"period_start\", \"period_end\", \"narrative\", \"evidence_links\", \"status\", \"return_reason\", \"submitted_at\", \"decided_at\", \"decided_by\", \"created_at\", \"updated_at\", \"version\" FROM \"temporary_progress_report\"");
    await queryRunner.query("DROP TABLE \"temporary_progress_report\"");
    await queryRunner.query("CREATE INDEX \"idx_progress_report_tambon\" ON \"progress_report\" (\"tambon_code\", \"period_start\") ");
    await queryRunner.query("CREATE INDEX \"idx_progress_report_province\" ON \"progress_report\" (\"province_code\", \"fiscal_year\", \"status\") ");
  }
}
