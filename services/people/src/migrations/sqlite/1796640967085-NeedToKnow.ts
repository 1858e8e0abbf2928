import type { MigrationInterface, QueryRunner } from "typeorm";

export class NeedToKnow1796640967085 implements MigrationInterface {
  name = "NeedToKnow1796640967085";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"temporary_api_key\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"name\" varchar(200) NOT NULL, \"prefix\" varchar(16) NOT NULL, \"key_hash\" varchar(64) NOT NULL, \"created_at\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"created_by\" varchar(64), \"revoked_at\" datetime(3), \"scope\" varchar(16) NOT NULL DEFAULT ('AGGREGATE'), \"purpose\" varchar(500) NOT NULL DEFAULT (''), \"expires_at\" datetime(3), CONSTRAINT \"UQ_3c9751d2a6011ba13e27838105e\" UNIQUE (\"key_hash\"))");
    await queryRunner.query("INSERT INTO \"temporary_api_key\"(\"id\", \"name\", \"prefix\", \"key_hash\", \"created_at\", \"created_by\", \"revoked_at\") SELECT \"id\", \"name\", \"prefix\", \"key_hash\", \"created_at\", \"created_by\", \"revoked_at\" FROM \"api_key\"");
    await queryRunner.query("DROP TABLE \"api_key\"");
    await queryRunner.query("ALTER TABLE \"temporary_api_key\" RENAME TO \"api_key\"");
    await queryRunner.query("DROP INDEX \"idx_access_log_leader\"");
    await queryRunner.query("DROP INDEX \"idx_access_log_actor\"");
    await queryRunner.query("CREATE TABLE \"temporary_access_log\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"actor_id\" varchar(64) NOT NULL, \"actor_name\" varchar(128) NOT NULL, \"actor_role\" varchar(32) NOT NULL, \"request_id\" varchar(64), \"leader_id\" varchar(36) NOT NULL, \"fields\" varchar(64) NOT NULL, \"at\" datetime(3) NOT NULL, \"operation\" varchar(128), \"purpose\" varchar(500))");
    await queryRunner.query("INSERT INTO \"temporary_access_log\"(\"id\", \"actor_id\", \"actor_name\", \"actor_role\", \"request_id\", \"leader_id\", \"fields\", \"at\") SELECT \"id\", \"actor_id\", \"actor_name\", \"actor_role\", \"request_id\", \"leader_id\", \"fields\", \"at\" FROM \"access_log\"");
    await queryRunner.query("DROP TABLE \"access_log\"");
    await queryRunner.query("ALTER TABLE \"temporary_access_log\" RENAME TO \"access_log\"");
    await queryRunner.query("CREATE INDEX \"idx_access_log_leader\" ON \"access_log\" (\"leader_id\", \"at\") ");
    await queryRunner.query("CREATE INDEX \"idx_access_log_actor\" ON \"access_log\" (\"actor_id\", \"at\") ");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"idx_access_log_actor\"");
    await queryRunner.query("DROP INDEX \"idx_access_log_leader\"");
    await queryRunner.query("ALTER TABLE \"access_log\" RENAME TO \"temporary_access_log\"");
    await queryRunner.query("CREATE TABLE \"access_log\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"actor_id\" varchar(64) NOT NULL, \"actor_name\" varchar(128) NOT NULL, \"actor_role\" varchar(32) NOT NULL, \"request_id\" varchar(64), \"leader_id\" varchar(36) NOT NULL, \"fields\" varchar(64) NOT NULL, \"at\" datetime(3) NOT NULL)");
    await queryRunner.query("INSERT INTO \"access_log\"(\"id\", \"actor_id\", \"actor_name\", \"actor_role\", \"request_id\", \"leader_id\", \"fields\", \"at\") SELECT \"id\", \"actor_id\", \"actor_name\", \"actor_role\", \"request_id\", \"leader_id\", \"fields\", \"at\" FROM \"temporary_access_log\"");
    await queryRunner.query("DROP TABLE \"temporary_access_log\"");
    await queryRunner.query("CREATE INDEX \"idx_access_log_actor\" ON \"access_log\" (\"actor_id\", \"at\") ");
    await queryRunner.query("CREATE INDEX \"idx_access_log_leader\" ON \"access_log\" (\"leader_id\", \"at\") ");
    await queryRunner.query("ALTER TABLE \"api_key\" RENAME TO \"temporary_api_key\"");
    await queryRunner.query("CREATE TABLE \"api_key\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"name\" varchar(200) NOT NULL, \"prefix\" varchar(16) NOT NULL, \"key_hash\" varchar(64) NOT NULL, \"created_at\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"created_by\" varchar(64), \"revoked_at\" datetime(3), CONSTRAINT \"UQ_3c9751d2a6011ba13e27838105e\" UNIQUE (\"key_hash\"))");
    await queryRunner.query("INSERT INTO \"api_key\"(\"id\", \"name\", \"prefix\", \"key_hash\", \"created_at\", \"created_by\", \"revoked_at\") SELECT \"id\", \"name\", \"prefix\", \"key_hash\", \"created_at\", \"created_by\", \"revoked_at\" FROM \"temporary_api_key\"");
    await queryRunner.query("DROP TABLE \"temporary_api_key\"");
  }
}
