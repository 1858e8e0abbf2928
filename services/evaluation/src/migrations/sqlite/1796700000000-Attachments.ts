import type { MigrationInterface, QueryRunner } from "typeorm";

export class Attachments1796700000000 implements MigrationInterface {
  name = "Attachments1796700000000";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"attachment\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"entity_name\" varchar(64) NOT NULL, \"record_id\" varchar(64) NOT NULL, \"kind\" varchar(16) NOT NULL, \"name\" varchar(200) NOT NULL, \"content_type\" varchar(100) NOT NULL, \"size\" integer NOT NULL, \"sha256\" varchar(64) NOT NULL, \"uploaded_by\" varchar(64) NOT NULL, \"uploaded_by_name\" varchar(128) NOT NULL, \"uploaded_at\" datetime(3) NOT NULL, \"attached_by\" varchar(64) NOT NULL, \"attached_at\" datetime(3) NOT NULL)");
    await queryRunner.query("CREATE INDEX \"idx_attachment_record\" ON \"attachment\" (\"entity_name\", \"record_id\") ");
    await queryRunner.query("DROP INDEX \"idx_disbursement_award\"");
    await queryRunner.query("DROP INDEX \"uq_disbursement_recorder_key\"");
    await queryRunner.query("CREATE TABLE \"temporary_disbursement\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"award_id\" varchar(36) NOT NULL, \"amount_satang\" bigint NOT NULL, \"purpose\" varchar(500) NOT NULL, \"reference\" varchar(100) NOT NULL, \"evidence\" text NOT NULL, \"idempotency_key\" varchar(100) NOT NULL, \"status\" varchar(16) NOT NULL DEFAULT ('RECORDED'), \"cancel_reason\" text, \"recorded_by\" varchar(64), \"created_at\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"approved_at\" datetime(6), \"paid_at\" datetime(6), \"cancelled_at\" datetime(6), \"version\" integer NOT NULL DEFAULT (1), \"payment_reference\" varchar(100), \"approved_by\" varchar(64))");
    await queryRunner.query("INSERT INTO \"temporary_disbursement\"(\"id\", \"award_id\", \"amount_satang\", \"purpose\", \"reference\", \"evidence\", \"idempotency_key\", \"status\", \"cancel_reason\", \"recorded_by\", \"created_at\", \"approved_at\", \"paid_at\", \"cancelled_at\", \"version\", \"payment_reference\") SELECT \"id\", \"award_id\", \"amount_satang\", \"purpose\", \"reference\", \"evidence\", \"idempotency_key\", \"status\", \"cancel_reason\", \"recorded_by\", \"created_at\", \"approved_at\", \"paid_at\", \"cancelled_at\", \"version\", \"payment_reference\" FROM \"disbursement\"");
    await queryRunner.query("DROP TABLE \"disbursement\"");
    await queryRunner.query("ALTER TABLE \"temporary_disbursement\" RENAME TO \"disbursement\"");
    await queryRunner.query("CREATE INDEX \"idx_disbursement_award\" ON \"disbursement\" (\"award_id\", \"created_at\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_disbursement_recorder_key\" ON \"disbursement\" (\"recorded_by\", \"idempotency_key\") ");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"uq_disbursement_recorder_key\"");
    await queryRunner.query("DROP INDEX \"idx_disbursement_award\"");
    await queryRunner.query("ALTER TABLE \"disbursement\" RENAME TO \"temporary_disbursement\"");
    await queryRunner.query("CREATE TABLE \"disbursement\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"award_id\" varchar(36) NOT NULL, \"amount_satang\" bigint NOT NULL, \"purpose\" varchar(500) NOT NULL, \"reference\" varchar(100) NOT NULL, \"evidence\" text NOT NULL, \"idempotency_key\" varchar(100) NOT NULL, \"status\" varchar(16) NOT NULL DEFAULT ('RECORDED'), \"cancel_reason\" text, \"recorded_by\" varchar(64), \"created_at\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"approved_at\" datetime(6), \"paid_at\" datetime(6), \"cancelled_at\" datetime(6), \"version\" integer NOT NULL DEFAULT (1), \"payment_reference\" varchar(100))");
    await queryRunner.query("INSERT INTO \"disbursement\"(\"id\", \"award_id\", \"amount_satang\", \"purpose\", \"reference\", \"evidence\", \"idempotency_key\", \"status\", \"cancel_reason\", \"recorded_by\", \"created_at\", \"approved_at\", \"paid_at\", \"cancelled_at\", \"version\", \"payment_reference\") SELECT \"id\", \"award_id\", \"amount_satang\", \"purpose\", \"reference\", \"evidence\", \"idempotency_key\", \"status\", \"cancel_reason\", \"recorded_by\", \"created_at\", \"approved_at\", \"paid_at\", \"cancelled_at\", \"version\", \"payment_reference\" FROM \"temporary_disbursement\"");
    await queryRunner.query("DROP TABLE \"temporary_disbursement\"");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_disbursement_recorder_key\" ON \"disbursement\" (\"recorded_by\", \"idempotency_key\") ");
    await queryRunner.query("CREATE INDEX \"idx_disbursement_award\" ON \"disbursement\" (\"award_id\", \"created_at\") ");
    await queryRunner.query("DROP INDEX \"idx_attachment_record\"");
    await queryRunner.query("DROP TABLE \"attachment\"");
  }
}
