import type { MigrationInterface, QueryRunner } from "typeorm";

export class InspectionRegionsPerYear1796567905965 implements MigrationInterface {
  name = "InspectionRegionsPerYear1796567905965";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"temporary_inspection_region\" (\"fiscal_year\" integer NOT NULL, \"code\" varchar(16) NOT NULL, \"name_th\" varchar(200) NOT NULL, \"name_en\" varchar(200) NOT NULL DEFAULT (''), \"retired_at\" datetime(3), PRIMARY KEY (\"fiscal_year\", \"code\"))");
    await queryRunner.query("INSERT INTO \"temporary_inspection_region\"(\"fiscal_year\", \"code\", \"name_th\") SELECT \"fiscal_year\", \"code\", \"name_th\" FROM \"inspection_region\"");
    await queryRunner.query("DROP TABLE \"inspection_region\"");
    await queryRunner.query("ALTER TABLE \"temporary_inspection_region\" RENAME TO \"inspection_region\"");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_inspector_account_year\" ON \"inspector\" (\"fiscal_year\", \"account_id\") ");
    // Regions saved before English names existed get the name the shipped FY 2564 table gives.
    await queryRunner.query("UPDATE \"inspection_region\" SET \"name_en\" = 'Inspection Region ' || \"code\" WHERE \"name_en\" = ''");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"uq_inspector_account_year\"");
    await queryRunner.query("ALTER TABLE \"inspection_region\" RENAME TO \"temporary_inspection_region\"");
    await queryRunner.query("CREATE TABLE \"inspection_region\" (\"fiscal_year\" integer NOT NULL, \"code\" varchar(16) NOT NULL, \"name_th\" varchar(200) NOT NULL, PRIMARY KEY (\"fiscal_year\", \"code\"))");
    await queryRunner.query("INSERT INTO \"inspection_region\"(\"fiscal_year\", \"code\", \"name_th\") SELECT \"fiscal_year\", \"code\", \"name_th\" FROM \"temporary_inspection_region\"");
    await queryRunner.query("DROP TABLE \"temporary_inspection_region\"");
  }
}
