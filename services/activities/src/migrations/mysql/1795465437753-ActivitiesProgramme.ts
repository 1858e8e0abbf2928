import type { MigrationInterface, QueryRunner } from "typeorm";

export class ActivitiesProgramme1795465437753 implements MigrationInterface {
  name = "ActivitiesProgramme1795465437753";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `engagement_post` (`id` varchar(36) NOT NULL, `channel` varchar(16) NOT NULL, `url` varchar(500) NOT NULL, `title` varchar(300) NULL, `tambon_code` varchar(6) NOT NULL, `province_code` varchar(2) NOT NULL, `leader_id` varchar(36) NULL, `event_id` varchar(36) NULL, `posted_at` datetime(3) NOT NULL, `created_at` datetime(3) NOT NULL, INDEX `idx_engagement_post_leader` (`leader_id`), INDEX `idx_engagement_post_province` (`province_code`, `posted_at`), INDEX `idx_engagement_post_tambon` (`tambon_code`, `posted_at`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `engagement_sample` (`id` varchar(36) NOT NULL, `post_id` varchar(36) NOT NULL, `likes` int NOT NULL, `follows` int NOT NULL, `shares` int NOT NULL, `sampled_at` datetime(3) NOT NULL, `sampled_by` varchar(128) NOT NULL, `sampled_by_id` varchar(64) NULL, INDEX `idx_engagement_sample_post` (`post_id`, `sampled_at`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `engagement_draw` (`id` varchar(36) NOT NULL, `filter` text NOT NULL, `province_code` varchar(2) NULL, `size` int NOT NULL, `seed` varchar(200) NOT NULL, `population_count` int NOT NULL, `post_ids` text NOT NULL, `drawn_at` datetime(3) NOT NULL, `drawn_by` varchar(128) NOT NULL, `drawn_by_id` varchar(64) NULL, INDEX `idx_engagement_draw_province` (`province_code`, `drawn_at`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `participation` (`id` varchar(36) NOT NULL, `event_id` varchar(36) NOT NULL, `leader_id` varchar(36) NOT NULL, `tambon_code` varchar(6) NOT NULL, `province_code` varchar(2) NOT NULL, `registered_at` datetime(3) NOT NULL, `attended` tinyint NOT NULL DEFAULT 0, `attendance_recorded_at` datetime(3) NULL, `version` int NOT NULL, INDEX `idx_participation_event_tambon` (`event_id`, `tambon_code`), INDEX `idx_participation_leader` (`leader_id`, `registered_at`), UNIQUE INDEX `uq_participation_event_leader` (`event_id`, `leader_id`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `progress_indicator` (`code` varchar(40) NOT NULL, `name_th` varchar(200) NOT NULL, `name_en` varchar(200) NOT NULL, `unit_th` varchar(50) NOT NULL, `unit_en` varchar(50) NOT NULL, `kind` varchar(16) NOT NULL, `sort_order` int NOT NULL DEFAULT '0', `active` tinyint NOT NULL DEFAULT 1, PRIMARY KEY (`code`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `progress_report` (`id` varchar(36) NOT NULL, `tambon_code` varchar(6) NOT NULL, `province_code` varchar(2) NOT NULL, `event_id` varchar(36) NULL, `fiscal_year` int NOT NULL, `period_start` date NOT NULL, `period_end` date NOT NULL, `narrative` text NOT NULL, `evidence_links` text NOT NULL, `status` varchar(16) NOT NULL, `return_reason` varchar(1000) NULL, `submitted_at` datetime(3) NULL, `decided_at` datetime(3) NULL, `decided_by` varchar(128) NULL, `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `updated_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), `version` int NOT NULL, INDEX `idx_progress_report_tambon` (`tambon_code`, `period_start`), INDEX `idx_progress_report_province` (`province_code`, `fiscal_year`, `status`), UNIQUE INDEX `uq_progress_report_tambon_period` (`tambon_code`, `period_start`, `period_end`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `progress_report_value` (`report_id` varchar(36) NOT NULL, `indicator_code` varchar(40) NOT NULL, `quantity` bigint NULL, `amount_satang` bigint NULL, PRIMARY KEY (`report_id`, `indicator_code`)) ENGINE=InnoDB");
    await queryRunner.query("ALTER TABLE `event` ADD `cancel_reason` varchar(500) NULL");
    await queryRunner.query("ALTER TABLE `event` ADD `joined_province_codes` text NULL");
    await queryRunner.query("ALTER TABLE `event` ADD `updated_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6)");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `event` DROP COLUMN `updated_at`");
    await queryRunner.query("ALTER TABLE `event` DROP COLUMN `joined_province_codes`");
    await queryRunner.query("ALTER TABLE `event` DROP COLUMN `cancel_reason`");
    await queryRunner.query("DROP TABLE `progress_report_value`");
    await queryRunner.query("DROP INDEX `uq_progress_report_tambon_period` ON `progress_report`");
    await queryRunner.query("DROP INDEX `idx_progress_report_province` ON `progress_report`");
    await queryRunner.query("DROP INDEX `idx_progress_report_tambon` ON `progress_report`");
    await queryRunner.query("DROP TABLE `progress_report`");
    await queryRunner.query("DROP TABLE `progress_indicator`");
    await queryRunner.query("DROP INDEX `uq_participation_event_leader` ON `participation`");
    await queryRunner.query("DROP INDEX `idx_participation_leader` ON `participation`");
    await queryRunner.query("DROP INDEX `idx_participation_event_tambon` ON `participation`");
    await queryRunner.query("DROP TABLE `participation`");
    await queryRunner.query("DROP INDEX `idx_engagement_draw_province` ON `engagement_draw`");
    await queryRunner.query("DROP TABLE `engagement_draw`");
    await queryRunner.query("DROP INDEX `idx_engagement_sample_post` ON `engagement_sample`");
    await queryRunner.query("DROP TABLE `engagement_sample`");
    await queryRunner.query("DROP INDEX `idx_engagement_post_tambon` ON `engagement_post`");
    await queryRunner.query("DROP INDEX `idx_engagement_post_province` ON `engagement_post`");
    await queryRunner.query("DROP INDEX `idx_engagement_post_leader` ON `engagement_post`");
    await queryRunner.query("DROP TABLE `engagement_post`");
  }
}
