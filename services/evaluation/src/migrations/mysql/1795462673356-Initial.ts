import type { MigrationInterface, QueryRunner } from "typeorm";

export class Initial1795462673356 implements MigrationInterface {
  name = "Initial1795462673356";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `history_entry` (`id` varchar(36) NOT NULL, `entity_name` varchar(64) NOT NULL, `entity_id` varchar(64) NOT NULL, `action` varchar(32) NOT NULL, `actor_id` varchar(64) NULL, `actor_name` varchar(128) NULL, `actor_role` varchar(32) NULL, `request_id` varchar(64) NULL, `at` datetime(3) NOT NULL, `before` text NULL, `after` text NULL, INDEX `idx_history_entry_record` (`entity_name`, `entity_id`, `at`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `nomination` (`id` varchar(36) NOT NULL, `tambon_code` varchar(6) NOT NULL, `province_code` varchar(2) NOT NULL, `fiscal_year` int NOT NULL, `round` varchar(16) NOT NULL, `status` varchar(16) NOT NULL DEFAULT 'DRAFT', `summary` text NOT NULL, `nominated_by` varchar(64) NULL, `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `version` int NOT NULL, INDEX `idx_nomination_province` (`province_code`, `fiscal_year`), INDEX `idx_nomination_year_round` (`fiscal_year`, `round`, `status`), UNIQUE INDEX `uq_nomination_tambon_round_year` (`tambon_code`, `round`, `fiscal_year`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `uq_nomination_tambon_round_year` ON `nomination`");
    await queryRunner.query("DROP INDEX `idx_nomination_year_round` ON `nomination`");
    await queryRunner.query("DROP INDEX `idx_nomination_province` ON `nomination`");
    await queryRunner.query("DROP TABLE `nomination`");
    await queryRunner.query("DROP INDEX `idx_history_entry_record` ON `history_entry`");
    await queryRunner.query("DROP TABLE `history_entry`");
  }
}
