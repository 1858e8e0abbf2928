import type { MigrationInterface, QueryRunner } from "typeorm";

export class LessonWriter1796620909865 implements MigrationInterface {
  name = "LessonWriter1796620909865";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `lesson_summary` ADD `written_by` varchar(64) NULL");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `lesson_summary` DROP COLUMN `written_by`");
  }
}
