import type { MigrationInterface, QueryRunner } from "typeorm";

export class LessonWriter1796620909865 implements MigrationInterface {
  name = "LessonWriter1796620909865";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"idx_lesson_summary_year_status\"");
    await queryRunner.query("CREATE TABLE \"temporary_lesson_summary\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"tambon_code\" varchar(6) NOT NULL, \"province_code\" varchar(2) NOT NULL, \"fiscal_year\" integer NOT NULL, \"award_id\" varchar(36) NOT NULL, \"title\" varchar(300) NOT NULL, \"success_factors\" text NOT NULL, \"challenges\" text NOT NULL, \"lessons\" text NOT NULL, \"recommendations\" text NOT NULL, \"status\" varchar(16) NOT NULL DEFAULT ('DRAFT'), \"published_at\" datetime(6), \"created_at\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"updated_at\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"version\" integer NOT NULL DEFAULT (1), \"written_by\" varchar(64), CONSTRAINT \"uq_lesson_summary_tambon_year\" UNIQUE (\"tambon_code\", \"fiscal_year\"))");
    await queryRunner.query("INSERT INTO \"temporary_lesson_summary\"(\"id\", \"tambon_code\", \"province_code\", \"fiscal_year\", \"award_id\", \"title\", \"success_factors\", \"challenges\", \"lessons\", \"recommendations\", \"status\", \"published_at\", \"created_at\", \"updated_at\", \"version\") SELECT \"id\", \"tambon_code\", \"province_code\", \"fiscal_year\", \"award_id\", \"title\", \"success_factors\", \"challenges\", \"lessons\", \"recommendations\", \"status\", \"published_at\", \"created_at\", \"updated_at\", \"version\" FROM \"lesson_summary\"");
    await queryRunner.query("DROP TABLE \"lesson_summary\"");
    await queryRunner.query("ALTER TABLE \"temporary_lesson_summary\" RENAME TO \"lesson_summary\"");
    await queryRunner.query("CREATE INDEX \"idx_lesson_summary_year_status\" ON \"lesson_summary\" (\"fiscal_year\", \"status\") ");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"idx_lesson_summary_year_status\"");
    await queryRunner.query("ALTER TABLE \"lesson_summary\" RENAME TO \"temporary_lesson_summary\"");
    await queryRunner.query("CREATE TABLE \"lesson_summary\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"tambon_code\" varchar(6) NOT NULL, \"province_code\" varchar(2) NOT NULL, \"fiscal_year\" integer NOT NULL, \"award_id\" varchar(36) NOT NULL, \"title\" varchar(300) NOT NULL, \"success_factors\" text NOT NULL, \"challenges\" text NOT NULL, \"lessons\" text NOT NULL, \"recommendations\" text NOT NULL, \"status\" varchar(16) NOT NULL DEFAULT ('DRAFT'), \"published_at\" datetime(6), \"created_at\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"updated_at\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"version\" integer NOT NULL DEFAULT (1), CONSTRAINT \"uq_lesson_summary_tambon_year\" UNIQUE (\"tambon_code\", \"fiscal_year\"))");
    await queryRunner.query("INSERT INTO \"lesson_summary\"(\"id\", \"tambon_code\", \"province_code\", \"fiscal_year\", \"award_id\", \"title\", \"success_factors\", \"challenges\", \"lessons\", \"recommendations\", \"status\", \"published_at\", \"created_at\", \"updated_at\", \"version\") SELECT \"id\", \"tambon_code\", \"province_code\", \"fiscal_year\", \"award_id\", \"title\", \"success_factors\", \"challenges\", \"lessons\", \"recommendations\", \"status\", \"published_at\", \"created_at\", \"updated_at\", \"version\" FROM \"temporary_lesson_summary\"");
    await queryRunner.query("DROP TABLE \"temporary_lesson_summary\"");
    await queryRunner.query("CREATE INDEX \"idx_lesson_summary_year_status\" ON \"lesson_summary\" (\"fiscal_year\", \"status\") ");
  }
}
