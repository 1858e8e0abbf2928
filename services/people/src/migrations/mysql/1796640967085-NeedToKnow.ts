import type { MigrationInterface, QueryRunner } from "typeorm";

export class NeedToKnow1796640967085 implements MigrationInterface {
  name = "NeedToKnow1796640967085";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `api_key` ADD `scope` varchar(16) NOT NULL DEFAULT 'AGGREGATE'");
    await queryRunner.query("ALTER TABLE `api_key` ADD `purpose` varchar(500) NOT NULL DEFAULT ''");
    await queryRunner.query("ALTER TABLE `api_key` ADD `expires_at` datetime(3) NULL");
    await queryRunner.query("ALTER TABLE `access_log` ADD `operation` varchar(128) NULL");
    await queryRunner.query("ALTER TABLE `access_log` ADD `purpose` varchar(500) NULL");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `access_log` DROP COLUMN `purpose`");
    await queryRunner.query("ALTER TABLE `access_log` DROP COLUMN `operation`");
    await queryRunner.query("ALTER TABLE `api_key` DROP COLUMN `expires_at`");
    await queryRunner.query("ALTER TABLE `api_key` DROP COLUMN `purpose`");
    await queryRunner.query("ALTER TABLE `api_key` DROP COLUMN `scope`");
  }
}
