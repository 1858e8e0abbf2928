import type { MigrationInterface, QueryRunner } from "typeorm";

export class IndicatorSetPerYear1796615158229 implements MigrationInterface {
  name = "IndicatorSetPerYear1796615158229";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `progress_indicator_year` (`fiscal_year` int NOT NULL, `indicator_code` varchar(40) NOT NULL, `sort_order` int NOT NULL DEFAULT '0', `retired_at` datetime(3) NULL, INDEX `idx_progress_indicator_year_code` (`indicator_code`), PRIMARY KEY (`fiscal_year`, `indicator_code`)) ENGINE=InnoDB");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `idx_progress_indicator_year_code` ON `progress_indicator_year`");
    await queryRunner.query("DROP TABLE `progress_indicator_year`");
  }
}
