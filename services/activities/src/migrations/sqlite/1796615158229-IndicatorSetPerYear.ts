import type { MigrationInterface, QueryRunner } from "typeorm";

export class IndicatorSetPerYear1796615158229 implements MigrationInterface {
  name = "IndicatorSetPerYear1796615158229";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"progress_indicator_year\" (\"fiscal_year\" integer NOT NULL, \"indicator_code\" varchar(40) NOT NULL, \"sort_order\" integer NOT NULL DEFAULT (0), \"retired_at\" datetime(3), PRIMARY KEY (\"fiscal_year\", \"indicator_code\"))");
    await queryRunner.query("CREATE INDEX \"idx_progress_indicator_year_code\" ON \"progress_indicator_year\" (\"indicator_code\") ");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"idx_progress_indicator_year_code\"");
    await queryRunner.query("DROP TABLE \"progress_indicator_year\"");
  }
}
