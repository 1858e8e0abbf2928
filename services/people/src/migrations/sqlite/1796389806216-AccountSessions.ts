import type { MigrationInterface, QueryRunner } from "typeorm";

export class AccountSessions1796389806216 implements MigrationInterface {
  name = "AccountSessions1796389806216";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"temporary_account\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"username\" varchar(64) NOT NULL, \"password_hash\" varchar(100) NOT NULL, \"display_name\" varchar(200) NOT NULL, \"role\" varchar(32) NOT NULL, \"province_code\" varchar(2), \"region_code\" varchar(16), \"active\" boolean NOT NULL DEFAULT (1), \"created_at\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"updated_at\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"version\" integer NOT NULL, \"session_version\" integer NOT NULL DEFAULT (0), CONSTRAINT \"UQ_41dfcb70af895ddf9a53094515b\" UNIQUE (\"username\"))");
    await queryRunner.query("INSERT INTO \"temporary_account\"(\"id\", \"username\", \"password_hash\", \"display_name\", \"role\", \"province_code\", \"region_code\", \"active\", \"created_at\", \"updated_at\", \"version\") SELECT \"id\", \"username\", \"password_hash\", \"display_name\", \"role\", \"province_code\", \"region_code\", \"active\", \"created_at\", \"updated_at\", \"version\" FROM \"account\"");
    await queryRunner.query("DROP TABLE \"account\"");
    await queryRunner.query("ALTER TABLE \"temporary_account\" RENAME TO \"account\"");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"account\" RENAME TO \"temporary_account\"");
    await queryRunner.query("CREATE TABLE \"account\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"username\" varchar(64) NOT NULL, \"password_hash\" varchar(100) NOT NULL, \"display_name\" varchar(200) NOT NULL, \"role\" varchar(32) NOT NULL, \"province_code\" varchar(2), \"region_code\" varchar(16), \"active\" boolean NOT NULL DEFAULT (1), \"created_at\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"updated_at\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"version\" integer NOT NULL, CONSTRAINT \"UQ_41dfcb70af895ddf9a53094515b\" UNIQUE (\"username\"))");
    await queryRunner.query("INSERT INTO \"account\"(\"id\", \"username\", \"password_hash\", \"display_name\", \"role\", \"province_code\", \"region_code\", \"active\", \"created_at\", \"updated_at\", \"version\") SELECT \"id\", \"username\", \"password_hash\", \"display_name\", \"role\", \"province_code\", \"region_code\", \"active\", \"created_at\", \"updated_at\", \"version\" FROM \"temporary_account\"");
    await queryRunner.query("DROP TABLE \"temporary_account\"");
  }
}
