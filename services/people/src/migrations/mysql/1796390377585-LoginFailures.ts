import type { MigrationInterface, QueryRunner } from "typeorm";

export class LoginFailures1796390377585 implements MigrationInterface {
  name = "LoginFailures1796390377585";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `login_failure` (`attempt_key` varchar(64) NOT NULL, `failures` int NOT NULL, `window_started_at` bigint NOT NULL, INDEX `idx_login_failure_window` (`window_started_at`), PRIMARY KEY (`attempt_key`)) ENGINE=InnoDB");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `idx_login_failure_window` ON `login_failure`");
    await queryRunner.query("DROP TABLE `login_failure`");
  }
}
