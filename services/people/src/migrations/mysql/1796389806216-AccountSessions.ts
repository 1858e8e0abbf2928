import type { MigrationInterface, QueryRunner } from "typeorm";

export class AccountSessions1796389806216 implements MigrationInterface {
  name = "AccountSessions1796389806216";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `account` ADD `session_version` int NOT NULL DEFAULT '0'");
    // One spelling per login (attack audit finding 3): the case- and accent-blind utf8mb4_unicode_ci
    // found `júdge` and `ju\u200bdge` as `judge`; usernames compare byte for byte, as on SQLite.
    await queryRunner.query("ALTER TABLE `account` MODIFY `username` varchar(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `account` MODIFY `username` varchar(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci NOT NULL");
    await queryRunner.query("ALTER TABLE `account` DROP COLUMN `session_version`");
  }
}
