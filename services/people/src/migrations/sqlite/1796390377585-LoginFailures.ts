import type { MigrationInterface, QueryRunner } from "typeorm";

export class LoginFailures1796390377585 implements MigrationInterface {
  name = "LoginFailures1796390377585";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"login_failure\" (\"attempt_key\" varchar(64) PRIMARY KEY NOT NULL, \"failures\" integer NOT NULL, \"window_started_at\" bigint NOT NULL)");
    await queryRunner.query("CREATE INDEX \"idx_login_failure_window\" ON \"login_failure\" (\"window_started_at\") ");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"idx_login_failure_window\"");
    await queryRunner.query("DROP TABLE \"login_failure\"");
  }
}
