import type { MigrationInterface, QueryRunner } from "typeorm";

export class LeaderImports1796686169960 implements MigrationInterface {
  name = "LeaderImports1796686169960";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"leader_import\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"actor_id\" varchar(64), \"actor_name\" varchar(128), \"actor_role\" varchar(32), \"request_id\" varchar(64), \"at\" datetime(3) NOT NULL, \"file_kind\" varchar(8) NOT NULL, \"file_sha256\" varchar(64) NOT NULL, \"row_count\" integer NOT NULL, \"created_count\" integer NOT NULL)");
    await queryRunner.query("CREATE INDEX \"idx_leader_import_at\" ON \"leader_import\" (\"at\") ");
    await queryRunner.query("DROP INDEX \"idx_leader_withdrawn\"");
    await queryRunner.query("DROP INDEX \"idx_leader_cohort\"");
    await queryRunner.query("DROP INDEX \"idx_leader_first_name\"");
    await queryRunner.query("DROP INDEX \"idx_leader_province\"");
    await queryRunner.query("DROP INDEX \"idx_leader_district\"");
    await queryRunner.query("DROP INDEX \"idx_leader_tambon\"");
    await queryRunner.query("DROP INDEX \"uq_leader_national_id_cohort\"");
    await queryRunner.query("DROP INDEX \"idx_leader_name_order\"");
    await queryRunner.query("CREATE TABLE \"temporary_leader\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"title\" varchar(50) NOT NULL, \"first_name\" varchar(100) NOT NULL, \"last_name\" varchar(100) NOT NULL, \"first_name_key\" varchar(100) NOT NULL, \"last_name_key\" varchar(100) NOT NULL, \"gender\" varchar(16), \"birth_date\" varchar(10), \"national_id\" varchar(13) NOT NULL, \"phone\" varchar(10), \"community_role\" varchar(100), \"tambon_code\" varchar(6) NOT NULL, \"district_code\" varchar(4) NOT NULL, \"province_code\" varchar(2) NOT NULL, \"village_no\" integer, \"cohort_year\" integer NOT NULL, \"status\" varchar(16) NOT NULL, \"version\" integer NOT NULL, \"created_at\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"updated_at\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"deleted_at\" datetime(3), \"deletion_marker\" varchar(36) NOT NULL DEFAULT (''), \"withdrawn_at\" datetime(3), \"anonymised_at\" datetime(3), \"import_id\" varchar(36))");
    await queryRunner.query("INSERT INTO \"temporary_leader\"(\"id\", \"title\", \"first_name\", \"last_name\", \"first_name_key\", \"last_name_key\", \"gender\", \"birth_date\", \"national_id\", \"phone\", \"community_role\", \"tambon_code\", \"district_code\", \"province_code\", \"village_no\", \"cohort_year\", \"status\", \"version\", \"created_at\", \"updated_at\", \"deleted_at\", \"deletion_marker\", \"withdrawn_at\", \"anonymised_at\") SELECT \"id\", \"title\", \"first_name\", \"last_name\", \"first_name_key\", \"last_name_key\", \"gender\", \"birth_date\", \"national_id\", \"phone\", \"community_role\", \"tambon_code\", \"district_code\", \"province_code\", \"village_no\", \"cohort_year\", \"status\", \"version\", \"created_at\", \"updated_at\", \"deleted_at\", \"deletion_marker\", \"withdrawn_at\", \"anonymised_at\" FROM \"leader\"");
    await queryRunner.query("DROP TABLE \"leader\"");
    await queryRunner.query("ALTER TABLE \"temporary_leader\" RENAME TO \"leader\"");
    await queryRunner.query("CREATE INDEX \"idx_leader_withdrawn\" ON \"leader\" (\"status\", \"anonymised_at\", \"withdrawn_at\") ");
    await queryRunner.query("CREATE INDEX \"idx_leader_cohort\" ON \"leader\" (\"cohort_year\", \"last_name_key\") ");
    await queryRunner.query("CREATE INDEX \"idx_leader_first_name\" ON \"leader\" (\"first_name_key\") ");
    await queryRunner.query("CREATE INDEX \"idx_leader_province\" ON \"leader\" (\"province_code\", \"last_name_key\") ");
    await queryRunner.query("CREATE INDEX \"idx_leader_district\" ON \"leader\" (\"district_code\", \"last_name_key\") ");
    await queryRunner.query("CREATE INDEX \"idx_leader_tambon\" ON \"leader\" (\"tambon_code\", \"last_name_key\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_leader_national_id_cohort\" ON \"leader\" (\"national_id\", \"cohort_year\", \"deletion_marker\") ");
    await queryRunner.query("CREATE INDEX \"idx_leader_name_order\" ON \"leader\" (\"last_name_key\", \"first_name_key\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"idx_leader_import\" ON \"leader\" (\"import_id\") ");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX \"idx_leader_import\"");
    await queryRunner.query("DROP INDEX \"idx_leader_name_order\"");
    await queryRunner.query("DROP INDEX \"uq_leader_national_id_cohort\"");
    await queryRunner.query("DROP INDEX \"idx_leader_tambon\"");
    await queryRunner.query("DROP INDEX \"idx_leader_district\"");
    await queryRunner.query("DROP INDEX \"idx_leader_province\"");
    await queryRunner.query("DROP INDEX \"idx_leader_first_name\"");
    await queryRunner.query("DROP INDEX \"idx_leader_cohort\"");
    await queryRunner.query("DROP INDEX \"idx_leader_withdrawn\"");
    await queryRunner.query("ALTER TABLE \"leader\" RENAME TO \"temporary_leader\"");
    await queryRunner.query("CREATE TABLE \"leader\" (\"id\" varchar(36) PRIMARY KEY NOT NULL, \"title\" varchar(50) NOT NULL, \"first_name\" varchar(100) NOT NULL, \"last_name\" varchar(100) NOT NULL, \"first_name_key\" varchar(100) NOT NULL, \"last_name_key\" varchar(100) NOT NULL, \"gender\" varchar(16), \"birth_date\" varchar(10), \"national_id\" varchar(13) NOT NULL, \"phone\" varchar(10), \"community_role\" varchar(100), \"tambon_code\" varchar(6) NOT NULL, \"district_code\" varchar(4) NOT NULL, \"province_code\" varchar(2) NOT NULL, \"village_no\" integer, \"cohort_year\" integer NOT NULL, \"status\" varchar(16) NOT NULL, \"version\" integer NOT NULL, \"created_at\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"updated_at\" datetime(6) NOT NULL DEFAULT (datetime('now')), \"deleted_at\" datetime(3), \"deletion_marker\" varchar(36) NOT NULL DEFAULT (''), \"withdrawn_at\" datetime(3), \"anonymised_at\" datetime(3))");
    await queryRunner.query("INSERT INTO \"leader\"(\"id\", \"title\", \"first_name\", \"last_name\", \"first_name_key\", \"last_name_key\", \"gender\", \"birth_date\", \"national_id\", \"phone\", \"community_role\", \"tambon_code\", \"district_code\", \"province_code\", \"village_no\", \"cohort_year\", \"status\", \"version\", \"created_at\", \"updated_at\", \"deleted_at\", \"deletion_marker\", \"withdrawn_at\", \"anonymised_at\") SELECT \"id\", \"title\", \"first_name\", \"last_name\", \"first_name_key\", \"last_name_key\", \"gender\", \"birth_date\", \"national_id\", \"phone\", \"community_role\", \"tambon_code\", \"district_code\", \"province_code\", \"village_no\", \"cohort_year\", \"status\", \"version\", \"created_at\", \"updated_at\", \"deleted_at\", \"deletion_marker\", \"withdrawn_at\", \"anonymised_at\" FROM \"temporary_leader\"");
    await queryRunner.query("DROP TABLE \"temporary_leader\"");
    await queryRunner.query("CREATE INDEX \"idx_leader_name_order\" ON \"leader\" (\"last_name_key\", \"first_name_key\", \"id\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"uq_leader_national_id_cohort\" ON \"leader\" (\"national_id\", \"cohort_year\", \"deletion_marker\") ");
    await queryRunner.query("CREATE INDEX \"idx_leader_tambon\" ON \"leader\" (\"tambon_code\", \"last_name_key\") ");
    await queryRunner.query("CREATE INDEX \"idx_leader_district\" ON \"leader\" (\"district_code\", \"last_name_key\") ");
    await queryRunner.query("CREATE INDEX \"idx_leader_province\" ON \"leader\" (\"province_code\", \"last_name_key\") ");
    await queryRunner.query("CREATE INDEX \"idx_leader_first_name\" ON \"leader\" (\"first_name_key\") ");
    await queryRunner.query("CREATE INDEX \"idx_leader_cohort\" ON \"leader\" (\"cohort_year\", \"last_name_key\") ");
    await queryRunner.query("CREATE INDEX \"idx_leader_withdrawn\" ON \"leader\" (\"status\", \"anonymised_at\", \"withdrawn_at\") ");
    await queryRunner.query("DROP INDEX \"idx_leader_import_at\"");
    await queryRunner.query("DROP TABLE \"leader_import\"");
  }
}
