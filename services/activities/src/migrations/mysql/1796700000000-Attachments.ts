import type { MigrationInterface, QueryRunner } from "typeorm";

export class Attachments1796700000000 implements MigrationInterface {
  name = "Attachments1796700000000";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `attachment` (`id` varchar(36) NOT NULL, `entity_name` varchar(64) NOT NULL, `record_id` varchar(64) NOT NULL, `kind` varchar(16) NOT NULL, `name` varchar(200) NOT NULL, `content_type` varchar(100) NOT NULL, `size` int NOT NULL, `sha256` varchar(64) NOT NULL, `uploaded_by` varchar(64) NOT NULL, `uploaded_by_name` varchar(128) NOT NULL, `uploaded_at` datetime(3) NOT NULL, `attached_by` varchar(64) NOT NULL, `attached_at` datetime(3) NOT NULL, INDEX `idx_attachment_record` (`entity_name`, `record_id`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `idx_attachment_record` ON `attachment`");
    await queryRunner.query("DROP TABLE `attachment`");
  }
}
