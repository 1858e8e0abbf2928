import type { MigrationInterface, QueryRunner } from "typeorm";

export class LeadersStaffKeys1795465924063 implements MigrationInterface {
  name = "LeadersStaffKeys1795465924063";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"api_key\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"name\" varchar(200) NOT NULL, \"prefix\" varchar(16) NOT NULL, \"key_hash\" varchar(64) NOT NULL, \"created_at\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"created_by\" varchar(64), \"revoked_at\" datetime(3), CONSTRAINT \"UQ_3c9751d2a6011ba13e27838105e\" UNIQUE (\"key_hash\"))");
    await queryRunner.query("CREATE TABLE \"access_log\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"actor_id\" varchar(64) NOT NULL, \"actor_name\" varchar(128) NOT NULL, \"actor_role\" varchar(32) NOT NULL, \"request_id\" varchar(64), \"leader_id\" varchar(36) NOT NULL, \"fields\" varchar(64) NOT NULL, \"at\" datetime(3) NOT NULL)");
    await queryRunner.query("CREATE INDEX \"idx_access_log_actor\" ON \"access_log\" (\"actor_id\", \"at\") ");
    await queryRunner.query("CREATE INDEX \"idx_access_log_leader\" ON \"access_log\" (\"leader_id\", \"at\") ");
    await queryRunner.query("CREATE TABLE \"leader\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"title\" varchar(50) NOT NULL, \"first_name\" varchar(100) NOT NULL, \"last_name\" varchar(100) NOT NULL, \"first_name_key\" varchar(100) NOT NULL, \"last_name_key\" varchar(100) NOT NULL, \"gender\" varchar(16), \"birth_date\" varchar(10), \"national_id\" varchar(13) NOT NULL, \"phone\" varchar(10), \"community_role\" varchar(100), \"tambon_code\" varchar(6) NOT NULL, \"district_code\" varchar(4) NOT NULL, \"province_code\" varchar(2) NOT NULL, \"village_no\" integer, \"cohort_year\" integer NOT NULL, \"status\" varchar(16) NOT NULL, \"version\" integer NOT NULL, \"created_at\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"updated_at\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"deleted_at\" datetime(3), \"deletion_marker\" varchar(36) NOT NULL DEFAULT (''))");
    await queryRunner.query("CREATE INDEX \"idx_leader_cohort\" ON \"leader\" (\"cohort_year\", \"last_name_key\") ");
    await queryRunner.query("CREATE INDEX \"idx_leader_last_name\" ON \"leader\" (\"last_name_key\") ");
    await queryRunner.query("CREATE INDEX \"idx_leader_first_name\" ON \"leader\" (\"first_name_key\") ");
    await queryRunner.query("CREATE INDEX \"idx_leader_province\" ON \"leader\" (\"province_code\", \"last_name_key\") ");
    await queryRunner.query("CREATE INDEX \"idx_leader_district\" ON \"leader\" (\"district_code\", \"last_name_key\") ");
    await queryRunner.query("CREATE INDEX \"idx_leader_tambon\" ON \"leader\" (\"tambon_code\", \"last_name_key\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_leader_national_id_cohort\" ON \"leader\" (\"national_id\", \"cohort_year\", \"deletion_marker\") ");
    await queryRunner.query("CREATE TABLE \"inspection_region\" (\"fiscal_year\" integer NOT NULL, \"code\" varchar(16) NOT NULL, \"name_th\" varchar(200) NOT NULL, PRIMARY KEY (\"fiscal_year\", \"code\"))");
    await queryRunner.query("CREATE TABLE \"inspection_region_province\" (\"fiscal_year\" integer NOT NULL, \"province_code\" varchar(2) NOT NULL, \"region_code\" varchar(16) NOT NULL, PRIMARY KEY (\"fiscal_year\", \"province_code\"))");
    await queryRunner.query("CREATE INDEX \"idx_inspection_region_province_region\" ON \"inspection_region_province\" (\"fiscal_year\", \"region_code\") ");
    await queryRunner.query("CREATE TABLE \"inspector\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"title\" varchar(50) NOT NULL, \"first_name\" varchar(100) NOT NULL, \"last_name\" varchar(100) NOT NULL, \"position\" varchar(200) NOT NULL, \"fiscal_year\" integer NOT NULL, \"region_code\" varchar(16) NOT NULL, \"account_id\" varchar(36))");
    await queryRunner.query("CREATE INDEX \"idx_inspector_region\" ON \"inspector\" (\"fiscal_year\", \"region_code\") ");
    await queryRunner.query("CREATE TABLE \"officer\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"title\" varchar(50) NOT NULL, \"first_name\" varchar(100) NOT NULL, \"last_name\" varchar(100) NOT NULL, \"position\" varchar(200) NOT NULL, \"office_level\" varchar(16) NOT NULL, \"province_code\" varchar(2) NOT NULL, \"district_code\" varchar(4), \"account_id\" varchar(36))");
    await queryRunner.query("CREATE INDEX \"idx_officer_province\" ON \"officer\" (\"province_code\", \"last_name\") ");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"idx_officer_province\"");
    await queryRunner.query("DROP TABLE \"officer\"");
    await queryRunner.query("DROP INDEX \"idx_inspector_region\"");
    await queryRunner.query("DROP TABLE \"inspector\"");
    await queryRunner.query("DROP INDEX \"idx_inspection_region_province_region\"");
    await queryRunner.query("DROP TABLE \"inspection_region_province\"");
    await queryRunner.query("DROP TABLE \"inspection_region\"");
    await queryRunner.query("DROP INDEX \"uq_leader_national_id_cohort\"");
    await queryRunner.query("DROP INDEX \"idx_leader_tambon\"");
    await queryRunner.query("DROP INDEX \"idx_leader_district\"");
    await queryRunner.query("DROP INDEX \"idx_leader_province\"");
    await queryRunner.query("DROP INDEX \"idx_leader_first_name\"");
    await queryRunner.query("DROP INDEX \"idx_leader_last_name\"");
    await queryRunner.query("DROP INDEX \"idx_leader_cohort\"");
    await queryRunner.query("DROP TABLE \"leader\"");
    await queryRunner.query("DROP INDEX \"idx_access_log_leader\"");
    await queryRunner.query("DROP INDEX \"idx_access_log_actor\"");
    await queryRunner.query("DROP TABLE \"access_log\"");
    await queryRunner.query("DROP TABLE \"api_key\"");
  }
}
