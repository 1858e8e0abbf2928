import type { MigrationInterface, QueryRunner } from "typeorm";

export class Initial1795462673356 implements MigrationInterface {
  name = "Initial1795462673356";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `history_entry` (`id` varchar(36) NOT NULL, `entity_name` varchar(64) NOT NULL, `entity_id` varchar(64) NOT NULL, `action` varchar(32) NOT NULL, `actor_id` varchar(64) NULL, `actor_name` varchar(128) NULL, `actor_role` varchar(32) NULL, `request_id` varchar(64) NULL, `at` datetime(3) NOT NULL, `before` text NULL, `after` text NULL, INDEX `idx_history_entry_record` (`entity_name`, `entity_id`, `at`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `account` (`id` varchar(36) NOT NULL, `username` varchar(64) NOT NULL, `password_hash` varchar(100) NOT NULL, `display_name` varchar(200) NOT NULL, `role` varchar(32) NOT NULL, `province_code` varchar(2) NULL, `region_code` varchar(16) NULL, `active` tinyint NOT NULL DEFAULT 1, `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `updated_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), `version` int NOT NULL, UNIQUE INDEX `IDX_41dfcb70af895ddf9a53094515` (`username`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `district` (`code` varchar(4) NOT NULL, `province_code` varchar(2) NOT NULL, `name_th` varchar(100) NOT NULL, `name_en` varchar(100) NOT NULL, INDEX `idx_district_province` (`province_code`, `code`), PRIMARY KEY (`code`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `province` (`code` varchar(2) NOT NULL, `name_th` varchar(100) NOT NULL, `name_en` varchar(100) NOT NULL, PRIMARY KEY (`code`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `tambon` (`code` varchar(6) NOT NULL, `district_code` varchar(4) NOT NULL, `province_code` varchar(2) NOT NULL, `name_th` varchar(100) NOT NULL, `name_en` varchar(100) NOT NULL, `postal_code` varchar(5) NULL, INDEX `idx_tambon_name_en` (`name_en`), INDEX `idx_tambon_name_th` (`name_th`), INDEX `idx_tambon_province` (`province_code`, `code`), INDEX `idx_tambon_district` (`district_code`, `code`), PRIMARY KEY (`code`)) ENGINE=InnoDB");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `idx_tambon_district` ON `tambon`");
    await queryRunner.query("DROP INDEX `idx_tambon_province` ON `tambon`");
    await queryRunner.query("DROP INDEX `idx_tambon_name_th` ON `tambon`");
    await queryRunner.query("DROP INDEX `idx_tambon_name_en` ON `tambon`");
    await queryRunner.query("DROP TABLE `tambon`");
    await queryRunner.query("DROP TABLE `province`");
    await queryRunner.query("DROP INDEX `idx_district_province` ON `district`");
    await queryRunner.query("DROP TABLE `district`");
    await queryRunner.query("DROP INDEX `IDX_41dfcb70af895ddf9a53094515` ON `account`");
    await queryRunner.query("DROP TABLE `account`");
    await queryRunner.query("DROP INDEX `idx_history_entry_record` ON `history_entry`");
    await queryRunner.query("DROP TABLE `history_entry`");
  }
}
