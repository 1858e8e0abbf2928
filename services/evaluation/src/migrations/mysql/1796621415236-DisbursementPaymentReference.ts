import type { MigrationInterface, QueryRunner } from "typeorm";

export class DisbursementPaymentReference1796621415236 implements MigrationInterface {
  name = "DisbursementPaymentReference1796621415236";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `disbursement` ADD `payment_reference` varchar(100) NULL");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `disbursement` DROP COLUMN `payment_reference`");
  }
}
