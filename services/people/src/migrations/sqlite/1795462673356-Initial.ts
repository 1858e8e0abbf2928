import type { MigrationInterface, QueryRunner } from "typeorm";

export class Initial1795462673356 implements MigrationInterface {
  name = "Initial1795462673356";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"history_entry\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"entity_name\" varchar(64) NOT NULL, \"entity_id\" varchar(64) NOT NULL, \"action\" varchar(32) NOT NULL, \"actor_id\" varchar(64), \"actor_name\" varchar(128), \"actor_role\" varchar(32), \"request_id\" varchar(64), \"at\" datetime(3) NOT NULL, \"before\" text, \"after\" text)");
    await queryRunner.query("CREATE INDEX \"idx_history_entry_record\" ON \"history_entry\" (\"entity_name\", \"entity_id\", \"at\") ");
    await queryRunner.query("CREATE TABLE \"account\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"username\" varchar(64) NOT NULL, \"password_hash\" varchar(100) NOT NULL, \"display_name\" varchar(200) NOT NULL, \"role\" varchar(32) NOT NULL, \"province_code\" varchar(2), \"region_code\" varchar(16), \"active\" boolean NOT NULL DEFAULT (1), \"created_at\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"updated_at\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"version\" integer NOT NULL, CONSTRAINT \"UQ_41dfcb70af895ddf9a53094515b\" UNIQUE (\"username\"))");
    await queryRunner.query("CREATE TABLE \"district\" (\"code\" varchar(4) PRIMARY KEY NOT NULL, \"province_code\" varchar(2) NOT NULL, \"name_th\" varchar(100) NOT NULL, \"name_en\" varchar(100) NOT NULL)");
    await queryRunner.query("CREATE INDEX \"idx_district_province\" ON \"district\" (\"province_code\", \"code\") ");
    await queryRunner.query("CREATE TABLE \"province\" (\"code\" varchar(2) PRIMARY KEY NOT NULL, \"name_th\" varchar(100) NOT NULL, \"name_en\" varchar(100) NOT NULL)");
    await queryRunner.query("CREATE TABLE \"tambon\" (\"code\" varchar(6) PRIMARY KEY NOT NULL, \"district_code\" varchar(4) NOT NULL, \"province_code\" varchar(2) NOT NULL, \"name_th\" varchar(100) NOT NULL, \"name_en\" varchar(100) NOT NULL, \"postal_code\" varchar(5))");
    await queryRunner.query("CREATE INDEX \"idx_tambon_name_en\" ON \"tambon\" (\"name_en\") ");
    await queryRunner.query("CREATE INDEX \"idx_tambon_name_th\" ON \"tambon\" (\"name_th\") ");
    await queryRunner.query("CREATE INDEX \"idx_tambon_province\" ON \"tambon\" (\"province_code\", \"code\") ");
    await queryRunner.query("CREATE INDEX \"idx_tambon_district\" ON \"tambon\" (\"district_code\", \"code\") ");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"idx_tambon_district\"");
    await queryRunner.query("DROP INDEX \"idx_tambon_province\"");
    await queryRunner.query("DROP INDEX \"idx_tambon_name_th\"");
    await queryRunner.query("DROP INDEX \"idx_tambon_name_en\"");
    await queryRunner.query("DROP TABLE \"tambon\"");
    await queryRunner.query("DROP TABLE \"province\"");
    await queryRunner.query("DROP INDEX \"idx_district_province\"");
    await queryRunner.query("DROP TABLE \"district\"");
    await queryRunner.query("DROP TABLE \"account\"");
    await queryRunner.query("DROP INDEX \"idx_history_entry_record\"");
    await queryRunner.query("DROP TABLE \"history_entry\"");
  }
}
