import type { MigrationInterface, QueryRunner } from "typeorm";

export class ContestAwardsLedger1795465235752 implements MigrationInterface {
  name = "ContestAwardsLedger1795465235752";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `award` (`id` varchar(36) NOT NULL, `tambon_code` varchar(6) NOT NULL, `province_code` varchar(2) NOT NULL, `fiscal_year` int NOT NULL, `level` varchar(16) NOT NULL, `rank` int NULL, `amount_satang` bigint NOT NULL, `disbursed_satang` bigint NOT NULL DEFAULT '0', `plaque_awarded_at` varchar(10) NULL, `nomination_id` varchar(36) NULL, `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `version` int NOT NULL DEFAULT '1', INDEX `idx_award_year_province` (`fiscal_year`, `province_code`), UNIQUE INDEX `uq_award_tambon_level_year` (`tambon_code`, `level`, `fiscal_year`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `award_amount` (`fiscal_year` int NOT NULL, `level` varchar(16) NOT NULL, `amount_satang` bigint NOT NULL, PRIMARY KEY (`fiscal_year`, `level`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `disbursement` (`id` varchar(36) NOT NULL, `award_id` varchar(36) NOT NULL, `amount_satang` bigint NOT NULL, `purpose` varchar(500) NOT NULL, `reference` varchar(100) NOT NULL, `evidence` text NOT NULL, `idempotency_key` varchar(100) NOT NULL, `status` varchar(16) NOT NULL DEFAULT 'RECORDED', `cancel_reason` text NULL, `recorded_by` varchar(64) NULL, `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `approved_at` datetime(6) NULL, `paid_at` datetime(6) NULL, `cancelled_at` datetime(6) NULL, `version` int NOT NULL DEFAULT '1', UNIQUE INDEX `uq_disbursement_idempotency_key` (`idempotency_key`), INDEX `idx_disbursement_award` (`award_id`, `created_at`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `lesson_summary` (`id` varchar(36) NOT NULL, `tambon_code` varchar(6) NOT NULL, `province_code` varchar(2) NOT NULL, `fiscal_year` int NOT NULL, `award_id` varchar(36) NOT NULL, `title` varchar(300) NOT NULL, `success_factors` text NOT NULL, `challenges` text NOT NULL, `lessons` text NOT NULL, `recommendations` text NOT NULL, `status` varchar(16) NOT NULL DEFAULT 'DRAFT', `published_at` datetime(6) NULL, `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `updated_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), `version` int NOT NULL DEFAULT '1', INDEX `idx_lesson_summary_year_status` (`fiscal_year`, `status`), UNIQUE INDEX `uq_lesson_summary_tambon_year` (`tambon_code`, `fiscal_year`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `review` (`id` varchar(36) NOT NULL, `nomination_id` varchar(36) NOT NULL, `reviewer_id` varchar(64) NOT NULL, `reviewer_name` varchar(200) NOT NULL, `reviewer_role` varchar(32) NOT NULL, `recommendation` varchar(16) NOT NULL, `comment` text NOT NULL, `comment_confidential` tinyint NOT NULL DEFAULT 0, `total_hundredths` int NOT NULL, `locked` tinyint NOT NULL DEFAULT 1, `submitted_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), UNIQUE INDEX `uq_review_nomination_reviewer` (`nomination_id`, `reviewer_id`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `review_score` (`review_id` varchar(36) NOT NULL, `criterion_code` varchar(32) NOT NULL, `score` int NOT NULL, INDEX `idx_review_score_review` (`review_id`), PRIMARY KEY (`review_id`, `criterion_code`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `rubric` (`id` varchar(36) NOT NULL, `fiscal_year` int NOT NULL, `round` varchar(16) NOT NULL, `name_th` varchar(300) NOT NULL, `name_en` varchar(300) NOT NULL, `example` tinyint NOT NULL DEFAULT 0, UNIQUE INDEX `uq_rubric_year_round` (`fiscal_year`, `round`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `rubric_criterion` (`id` varchar(36) NOT NULL, `rubric_id` varchar(36) NOT NULL, `code` varchar(32) NOT NULL, `position` int NOT NULL, `name_th` varchar(300) NOT NULL, `name_en` varchar(300) NOT NULL, `weight` int NOT NULL, `max_score` int NOT NULL, INDEX `idx_rubric_criterion_rubric` (`rubric_id`, `position`), UNIQUE INDEX `uq_rubric_criterion_code` (`rubric_id`, `code`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("ALTER TABLE `nomination` ADD `evidence_links` text NULL");
    await queryRunner.query("ALTER TABLE `nomination` ADD `status_reason` text NULL");
    await queryRunner.query("ALTER TABLE `nomination` ADD `decided_at` datetime(6) NULL");
    await queryRunner.query("ALTER TABLE `nomination` ADD `decided_by` varchar(64) NULL");
    await queryRunner.query("ALTER TABLE `nomination` ADD `previous_nomination_id` varchar(36) NULL");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `nomination` DROP COLUMN `previous_nomination_id`");
    await queryRunner.query("ALTER TABLE `nomination` DROP COLUMN `decided_by`");
    await queryRunner.query("ALTER TABLE `nomination` DROP COLUMN `decided_at`");
    await queryRunner.query("ALTER TABLE `nomination` DROP COLUMN `status_reason`");
    await queryRunner.query("ALTER TABLE `nomination` DROP COLUMN `evidence_links`");
    await queryRunner.query("DROP INDEX `uq_rubric_criterion_code` ON `rubric_criterion`");
    await queryRunner.query("DROP INDEX `idx_rubric_criterion_rubric` ON `rubric_criterion`");
    await queryRunner.query("DROP TABLE `rubric_criterion`");
    await queryRunner.query("DROP INDEX `uq_rubric_year_round` ON `rubric`");
    await queryRunner.query("DROP TABLE `rubric`");
    await queryRunner.query("DROP INDEX `idx_review_score_review` ON `review_score`");
    await queryRunner.query("DROP TABLE `review_score`");
    await queryRunner.query("DROP INDEX `uq_review_nomination_reviewer` ON `review`");
    await queryRunner.query("DROP TABLE `review`");
    await queryRunner.query("DROP INDEX `uq_lesson_summary_tambon_year` ON `lesson_summary`");
    await queryRunner.query("DROP INDEX `idx_lesson_summary_year_status` ON `lesson_summary`");
    await queryRunner.query("DROP TABLE `lesson_summary`");
    await queryRunner.query("DROP INDEX `idx_disbursement_award` ON `disbursement`");
    await queryRunner.query("DROP INDEX `uq_disbursement_idempotency_key` ON `disbursement`");
    await queryRunner.query("DROP TABLE `disbursement`");
    await queryRunner.query("DROP TABLE `award_amount`");
    await queryRunner.query("DROP INDEX `uq_award_tambon_level_year` ON `award`");
    await queryRunner.query("DROP INDEX `idx_award_year_province` ON `award`");
    await queryRunner.query("DROP TABLE `award`");
  }
}
