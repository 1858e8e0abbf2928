import type { MigrationInterface, QueryRunner } from "typeorm";

export class Initial1795462673356 implements MigrationInterface {
  name = "Initial1795462673356";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `history_entry` (`id` varchar(36) NOT NULL, `entity_name` varchar(64) NOT NULL, `entity_id` varchar(64) NOT NULL, `action` varchar(32) NOT NULL, `actor_id` varchar(64) NULL, `actor_name` varchar(128) NULL, `actor_role` varchar(32) NULL, `request_id` varchar(64) NULL, `at` datetime(3) NOT NULL, `before` text NULL, `after` text NULL, INDEX `idx_history_entry_record` (`entity_name`, `entity_id`, `at`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `event` (`id` varchar(36) NOT NULL, `kind` varchar(32) NOT NULL, `title` varchar(300) NOT NULL, `starts_at` datetime(3) NOT NULL, `ends_at` datetime(3) NOT NULL, `mode` varchar(16) NOT NULL, `venue` varchar(300) NULL, `meeting_url` varchar(500) NULL, `fiscal_year` int NOT NULL, `organiser_province_code` varchar(2) NULL, `target_leaders_per_tambon` int NOT NULL DEFAULT '15', `status` varchar(16) NOT NULL DEFAULT 'SCHEDULED', `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `version` int NOT NULL, INDEX `idx_event_province` (`organiser_province_code`, `starts_at`), INDEX `idx_event_year_kind` (`fiscal_year`, `kind`, `starts_at`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `event_tambon` (`event_id` varchar(36) NOT NULL, `tambon_code` varchar(6) NOT NULL, INDEX `idx_event_tambon_tambon` (`tambon_code`, `event_id`), PRIMARY KEY (`event_id`, `tambon_code`)) ENGINE=InnoDB");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `idx_event_tambon_tambon` ON `event_tambon`");
    await queryRunner.query("DROP TABLE `event_tambon`");
    await queryRunner.query("DROP INDEX `idx_event_year_kind` ON `event`");
    await queryRunner.query("DROP INDEX `idx_event_province` ON `event`");
    await queryRunner.query("DROP TABLE `event`");
    await queryRunner.query("DROP INDEX `idx_history_entry_record` ON `history_entry`");
    await queryRunner.query("DROP TABLE `history_entry`");
  }
}
