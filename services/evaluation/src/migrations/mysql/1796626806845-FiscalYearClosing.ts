import type { MigrationInterface, QueryRunner } from "typeorm";

export class FiscalYearClosing1796626806845 implements MigrationInterface {
  name = "FiscalYearClosing1796626806845";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `fiscal_year` (`fiscal_year` int NOT NULL, `status` varchar(8) NOT NULL, `closed_at` datetime(6) NULL, `closed_by` varchar(36) NULL, PRIMARY KEY (`fiscal_year`)) ENGINE=InnoDB");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP TABLE `fiscal_year`");
  }
}
