import type { MigrationInterface, QueryRunner } from "typeorm";

export class LeadersStaffKeys1795465924063 implements MigrationInterface {
  name = "LeadersStaffKeys1795465924063";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `api_key` (`id` varchar(36) NOT NULL, `name` varchar(200) NOT NULL, `prefix` varchar(16) NOT NULL, `key_hash` varchar(64) NOT NULL, `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `created_by` varchar(64) NULL, `revoked_at` datetime(3) NULL, UNIQUE INDEX `IDX_3c9751d2a6011ba13e27838105` (`key_hash`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `access_log` (`id` varchar(36) NOT NULL, `actor_id` varchar(64) NOT NULL, `actor_name` varchar(128) NOT NULL, `actor_role` varchar(32) NOT NULL, `request_id` varchar(64) NULL, `leader_id` varchar(36) NOT NULL, `fields` varchar(64) NOT NULL, `at` datetime(3) NOT NULL, INDEX `idx_access_log_actor` (`actor_id`, `at`), INDEX `idx_access_log_leader` (`leader_id`, `at`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `leader` (`id` varchar(36) NOT NULL, `title` varchar(50) NOT NULL, `first_name` varchar(100) NOT NULL, `last_name` varchar(100) NOT NULL, `first_name_key` varchar(100) NOT NULL, `last_name_key` varchar(100) NOT NULL, `gender` varchar(16) NULL, `birth_date` varchar(10) NULL, `national_id` varchar(13) NOT NULL, `phone` varchar(10) NULL, `community_role` varchar(100) NULL, `tambon_code` varchar(6) NOT NULL, `district_code` varchar(4) NOT NULL, `province_code` varchar(2) NOT NULL, `village_no` int NULL, `cohort_year` int NOT NULL, `status` varchar(16) NOT NULL, `version` int NOT NULL, `created_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `updated_at` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), `deleted_at` datetime(3) NULL, `deletion_marker` varchar(36) NOT NULL DEFAULT '', INDEX `idx_leader_cohort` (`cohort_year`, `last_name_key`), INDEX `idx_leader_last_name` (`last_name_key`), INDEX `idx_leader_first_name` (`first_name_key`), INDEX `idx_leader_province` (`province_code`, `last_name_key`), INDEX `idx_leader_district` (`district_code`, `last_name_key`), INDEX `idx_leader_tambon` (`tambon_code`, `last_name_key`), UNIQUE INDEX `uq_leader_national_id_cohort` (`national_id`, `cohort_year`, `deletion_marker`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `inspection_region` (`fiscal_year` int NOT NULL, `code` varchar(16) NOT NULL, `name_th` varchar(200) NOT NULL, PRIMARY KEY (`fiscal_year`, `code`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `inspection_region_province` (`fiscal_year` int NOT NULL, `province_code` varchar(2) NOT NULL, `region_code` varchar(16) NOT NULL, INDEX `idx_inspection_region_province_region` (`fiscal_year`, `region_code`), PRIMARY KEY (`fiscal_year`, `province_code`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `inspector` (`id` varchar(36) NOT NULL, `title` varchar(50) NOT NULL, `first_name` varchar(100) NOT NULL, `last_name` varchar(100) NOT NULL, `position` varchar(200) NOT NULL, `fiscal_year` int NOT NULL, `region_code` varchar(16) NOT NULL, `account_id` varchar(36) NULL, INDEX `idx_inspector_region` (`fiscal_year`, `region_code`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `officer` (`id` varchar(36) NOT NULL, `title` varchar(50) NOT NULL, `first_name` varchar(100) NOT NULL, `last_name` varchar(100) NOT NULL, `position` varchar(200) NOT NULL, `office_level` varchar(16) NOT NULL, `province_code` varchar(2) NOT NULL, `district_code` varchar(4) NULL, `account_id` varchar(36) NULL, INDEX `idx_officer_province` (`province_code`, `last_name`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `idx_officer_province` ON `officer`");
    await queryRunner.query("DROP TABLE `officer`");
    await queryRunner.query("DROP INDEX `idx_inspector_region` ON `inspector`");
    await queryRunner.query("DROP TABLE `inspector`");
    await queryRunner.query("DROP INDEX `idx_inspection_region_province_region` ON `inspection_region_province`");
    await queryRunner.query("DROP TABLE `inspection_region_province`");
    await queryRunner.query("DROP TABLE `inspection_region`");
    await queryRunner.query("DROP INDEX `uq_leader_national_id_cohort` ON `leader`");
    await queryRunner.query("DROP INDEX `idx_leader_tambon` ON `leader`");
    await queryRunner.query("DROP INDEX `idx_leader_district` ON `leader`");
    await queryRunner.query("DROP INDEX `idx_leader_province` ON `leader`");
    await queryRunner.query("DROP INDEX `idx_leader_first_name` ON `leader`");
    await queryRunner.query("DROP INDEX `idx_leader_last_name` ON `leader`");
    await queryRunner.query("DROP INDEX `idx_leader_cohort` ON `leader`");
    await queryRunner.query("DROP TABLE `leader`");
    await queryRunner.query("DROP INDEX `idx_access_log_leader` ON `access_log`");
    await queryRunner.query("DROP INDEX `idx_access_log_actor` ON `access_log`");
    await queryRunner.query("DROP TABLE `access_log`");
    await queryRunner.query("DROP INDEX `IDX_3c9751d2a6011ba13e27838105` ON `api_key`");
    await queryRunner.query("DROP TABLE `api_key`");
  }
}
