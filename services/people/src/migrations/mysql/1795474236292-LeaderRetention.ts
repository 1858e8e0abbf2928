import type { MigrationInterface, QueryRunner } from "typeorm";

export class LeaderRetention1795474236292 implements MigrationInterface {
  name = "LeaderRetention1795474236292";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `leader` ADD `withdrawn_at` datetime(3) NULL");
    await queryRunner.query("ALTER TABLE `leader` ADD `anonymised_at` datetime(3) NULL");
    await queryRunner.query("CREATE INDEX `idx_leader_withdrawn` ON `leader` (`status`, `anonymised_at`, `withdrawn_at`)");
    // Leaders withdrawn before the column existed: their withdrawal counts from their last change.
    await queryRunner.query("UPDATE `leader` SET `withdrawn_at` = `updated_at` WHERE `status` = 'WITHDRAWN'");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `idx_leader_withdrawn` ON `leader`");
    await queryRunner.query("ALTER TABLE `leader` DROP COLUMN `anonymised_at`");
    await queryRunner.query("ALTER TABLE `leader` DROP COLUMN `withdrawn_at`");
  }
}
