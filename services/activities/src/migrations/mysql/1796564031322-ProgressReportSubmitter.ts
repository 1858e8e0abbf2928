import type { MigrationInterface, QueryRunner } from "typeorm";

export class ProgressReportSubmitter1796564031322 implements MigrationInterface {
  name = "ProgressReportSubmitter1796564031322";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `progress_report` ADD `submitted_by` varchar(36) NULL");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `progress_report` DROP COLUMN `submitted_by`");
  }
}
