import type { MigrationInterface, QueryRunner } from "typeorm";

export class ContestAwardsLedger1795465235752 implements MigrationInterface {
  name = "ContestAwardsLedger1795465235752";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"award\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"tambon_code\" varchar(6) NOT NULL, \"province_code\" varchar(2) NOT NULL, \"fiscal_year\" integer NOT NULL, \"level\" varchar(16) NOT NULL, \"rank\" integer, \"amount_satang\" bigint NOT NULL, \"disbursed_satang\" bigint NOT NULL DEFAULT (0), \"plaque_awarded_at\" varchar(10), \"nomination_id\" varchar(36), \"created_at\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"version\" integer NOT NULL DEFAULT (1), CONSTRAINT \"uq_award_tambon_level_year\" UNIQUE (\"tambon_code\", \"level\", \"fiscal_year\"))");
    await queryRunner.query("CREATE INDEX \"idx_award_year_province\" ON \"award\" (\"fiscal_year\", \"province_code\") ");
    await queryRunner.query("CREATE TABLE \"award_amount\" (\"fiscal_year\" integer NOT NULL, \"level\" varchar(16) NOT NULL, \"amount_satang\" bigint NOT NULL, PRIMARY KEY (\"fiscal_year\", \"level\"))");
    await queryRunner.query("CREATE TABLE \"disbursement\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"award_id\" varchar(36) NOT NULL, \"amount_satang\" bigint NOT NULL, \"purpose\" varchar(500) NOT NULL, \"reference\" varchar(100) NOT NULL, \"evidence\" text NOT NULL, \"idempotency_key\" varchar(100) NOT NULL, \"status\" varchar(16) NOT NULL DEFAULT ('RECORDED'), \"cancel_reason\" text, \"recorded_by\" varchar(64), \"created_at\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"approved_at\" datetime(6), \"paid_at\" datetime(6), \"cancelled_at\" datetime(6), \"version\" integer NOT NULL DEFAULT (1))");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_disbursement_idempotency_key\" ON \"disbursement\" (\"idempotency_key\") ");
    await queryRunner.query("CREATE INDEX \"idx_disbursement_award\" ON \"disbursement\" (\"award_id\", \"created_at\") ");
    await queryRunner.query("CREATE TABLE \"lesson_summary\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"tambon_code\" varchar(6) NOT NULL, \"province_code\" varchar(2) NOT NULL, \"fiscal_year\" integer NOT NULL, \"award_id\" varchar(36) NOT NULL, \"title\" varchar(300) NOT NULL, \"success_factors\" text NOT NULL, \"challenges\" text NOT NULL, \"lessons\" text NOT NULL, \"recommendations\" text NOT NULL, \"status\" varchar(16) NOT NULL DEFAULT ('DRAFT'), \"published_at\" datetime(6), \"created_at\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"updated_at\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"version\" integer NOT NULL DEFAULT (1), CONSTRAINT \"uq_lesson_summary_tambon_year\" UNIQUE (\"tambon_code\", \"fiscal_year\"))");
    await queryRunner.query("CREATE INDEX \"idx_lesson_summary_year_status\" ON \"lesson_summary\" (\"fiscal_year\", \"status\") ");
    await queryRunner.query("CREATE TABLE \"review\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"nomination_id\" varchar(36) NOT NULL, \"reviewer_id\" varchar(64) NOT NULL, \"reviewer_name\" varchar(200) NOT NULL, \"reviewer_role\" varchar(32) NOT NULL, \"recommendation\" varchar(16) NOT NULL, \"comment\" text NOT NULL, \"comment_confidential\" boolean NOT NULL DEFAULT (0), \"total_hundredths\" integer NOT NULL, \"locked\" boolean NOT NULL DEFAULT (1), \"submitted_at\" datetime(6) NOT NULL DEFAULT (datetime('now')), CONSTRAINT \"uq_review_nomination_reviewer\" UNIQUE (\"nomination_id\", \"reviewer_id\"))");
    await queryRunner.query("CREATE TABLE \"review_score\" (\"review_id\" varchar(36) NOT NULL, \"criterion_code\" varchar(32) NOT NULL, \"score\" integer NOT NULL, PRIMARY KEY (\"review_id\", \"criterion_code\"))");
    await queryRunner.query("CREATE INDEX \"idx_review_score_review\" ON \"review_score\" (\"review_id\") ");
    await queryRunner.query("CREATE TABLE \"rubric\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"fiscal_year\" integer NOT NULL, \"round\" varchar(16) NOT NULL, \"name_th\" varchar(300) NOT NULL, \"name_en\" varchar(300) NOT NULL, \"example\" boolean NOT NULL DEFAULT (0), CONSTRAINT \"uq_rubric_year_round\" UNIQUE (\"fiscal_year\", \"round\"))");
    await queryRunner.query("CREATE TABLE \"rubric_criterion\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"rubric_id\" varchar(36) NOT NULL, \"code\" varchar(32) NOT NULL, \"position\" integer NOT NULL, \"name_th\" varchar(300) NOT NULL, \"name_en\" varchar(300) NOT NULL, \"weight\" integer NOT NULL, \"max_score\" integer NOT NULL, CONSTRAINT \"uq_rubric_criterion_code\" UNIQUE (\"rubric_id\", \"code\"))");
    await queryRunner.query("CREATE INDEX \"idx_rubric_criterion_rubric\" ON \"rubric_criterion\" (\"rubric_id\", \"position\") ");
    await queryRunner.query("DROP INDEX \"idx_nomination_year_round\"");
    await queryRunner.query("DROP INDEX \"idx_nomination_province\"");
    await queryRunner.query("CREATE TABLE \"temporary_nomination\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"tambon_code\" varchar(6) NOT NULL, \"province_code\" varchar(2) NOT NULL, \"fiscal_year\" integer NOT NULL, \"round\" varchar(16) NOT NULL, \"status\" varchar(16) NOT NULL DEFAULT ('DRAFT'), \"summary\" text NOT NULL, \"nominated_by\" varchar(64), \"created_at\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"version\" integer NOT NULL, \"evidence_links\" text, \"status_reason\" text, \"decided_at\" datetime(6), \"decided_by\" varchar(64), \"previous_nomination_id\" varchar(36), CONSTRAINT \"uq_nomination_tambon_round_year\" UNIQUE (\"tambon_code\", \"round\", \"fiscal_year\"))");
    await queryRunner.query("INSERT INTO \"temporary_nomination\"(\"id\", \"tambon_code\", \"province_code\", \"fiscal_year\", \"round\", \"status\", \"summary\", \"nominated_by\", \"created_at\", \"version\") SELECT \"id\", \"tambon_code\", \"province_code\", \"fiscal_year\", \"round\", \"status\", \"summary\", \"nominated_by\", \"created_at\", \"version\" FROM \"nomination\"");
    await queryRunner.query("DROP TABLE \"nomination\"");
    await queryRunner.query("ALTER TABLE \"temporary_nomination\" RENAME TO \"nomination\"");
    await queryRunner.query("CREATE INDEX \"idx_nomination_year_round\" ON \"nomination\" (\"fiscal_year\", \"round\", \"status\") ");
    await queryRunner.query("CREATE INDEX \"idx_nomination_province\" ON \"nomination\" (\"province_code\", \"fiscal_year\") ");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"idx_nomination_province\"");
    await queryRunner.query("DROP INDEX \"idx_nomination_year_round\"");
    await queryRunner.query("ALTER TABLE \"nomination\" RENAME TO \"temporary_nomination\"");
    await queryRunner.query("CREATE TABLE \"nomination\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"tambon_code\" varchar(6) NOT NULL, \"province_code\" varchar(2) NOT NULL, \"fiscal_year\" integer NOT NULL, \"round\" varchar(16) NOT NULL, \"status\" varchar(16) NOT NULL DEFAULT ('DRAFT'), \"summary\" text NOT NULL, \"nominated_by\" varchar(64), \"created_at\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"version\" integer NOT NULL, CONSTRAINT \"uq_nomination_tambon_round_year\" UNIQUE (\"tambon_code\", \"round\", \"fiscal_year\"))");
    await queryRunner.query("INSERT INTO \"nomination\"(\"id\", \"tambon_code\", \"province_code\", \"fiscal_year\", \"round\", \"status\", \"summary\", \"nominated_by\", \"created_at\", \"version\") SELECT \"id\", \"tambon_code\", \"province_code\", \"fiscal_year\", \"round\", \"status\", \"summary\", \"nominated_by\", \"created_at\", \"version\" FROM \"temporary_nomination\"");
    await queryRunner.query("DROP TABLE \"temporary_nomination\"");
    await queryRunner.query("CREATE INDEX \"idx_nomination_province\" ON \"nomination\" (\"province_code\", \"fiscal_year\") ");
    await queryRunner.query("CREATE INDEX \"idx_nomination_year_round\" ON \"nomination\" (\"fiscal_year\", \"round\", \"status\") ");
    await queryRunner.query("DROP INDEX \"idx_rubric_criterion_rubric\"");
    await queryRunner.query("DROP TABLE \"rubric_criterion\"");
    await queryRunner.query("DROP TABLE \"rubric\"");
    await queryRunner.query("DROP INDEX \"idx_review_score_review\"");
    await queryRunner.query("DROP TABLE \"review_score\"");
    await queryRunner.query("DROP TABLE \"review\"");
    await queryRunner.query("DROP INDEX \"idx_lesson_summary_year_status\"");
    await queryRunner.query("DROP TABLE \"lesson_summary\"");
    await queryRunner.query("DROP INDEX \"idx_disbursement_award\"");
    await queryRunner.query("DROP INDEX \"uq_disbursement_idempotency_key\"");
    await queryRunner.query("DROP TABLE \"disbursement\"");
    await queryRunner.query("DROP TABLE \"award_amount\"");
    await queryRunner.query("DROP INDEX \"idx_award_year_province\"");
    await queryRunner.query("DROP TABLE \"award\"");
  }
}
