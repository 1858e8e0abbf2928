import type { MigrationInterface, QueryRunner } from "typeorm";

export class InspectionRegionsPerYear1796567905965 implements MigrationInterface {
  name = "InspectionRegionsPerYear1796567905965";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `inspection_region` ADD `name_en` varchar(200) NOT NULL DEFAULT ''");
    await queryRunner.query("ALTER TABLE `inspection_region` ADD `retired_at` datetime(3) NULL");
    await queryRunner.query("CREATE UNIQUE INDEX `uq_inspector_account_year` ON `inspector` (`fiscal_year`, `account_id`)");
    // Regions saved before English names existed get the name the shipped FY 2564 table gives.
    await queryRunner.query("UPDATE `inspection_region` SET `name_en` = CONCAT('Inspection Region ', `code`) WHERE `name_en` = ''");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `uq_inspector_account_year` ON `inspector`");
    await queryRunner.query("ALTER TABLE `inspection_region` DROP COLUMN `retired_at`");
    await queryRunner.query("ALTER TABLE `inspection_region` DROP COLUMN `name_en`");
  }
}
