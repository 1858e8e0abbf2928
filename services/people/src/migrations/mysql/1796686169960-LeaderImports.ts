import type { MigrationInterface, QueryRunner } from "typeorm";

export class LeaderImports1796686169960 implements MigrationInterface {
  name = "LeaderImports1796686169960";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `leader_import` (`id` varchar(36) NOT NULL, `actor_id` varchar(64) NULL, `actor_name` varchar(128) NULL, `actor_role` varchar(32) NULL, `request_id` varchar(64) NULL, `at` datetime(3) NOT NULL, `file_kind` varchar(8) NOT NULL, `file_sha256` varchar(64) NOT NULL, `row_count` int NOT NULL, `created_count` int NOT NULL, INDEX `idx_leader_import_at` (`at`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query("ALTER TABLE `leader` ADD `import_id` varchar(36) NULL");
    await queryRunner.query("CREATE INDEX `idx_leader_import` ON `leader` (`import_id`)");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `idx_leader_import` ON `leader`");
    await queryRunner.query("ALTER TABLE `leader` DROP COLUMN `import_id`");
    await queryRunner.query("DROP INDEX `idx_leader_import_at` ON `leader_import`");
    await queryRunner.query("DROP TABLE `leader_import`");
  }
}
