import type { MigrationInterface, QueryRunner } from "typeorm";

export class DisbursementKeyPerRecorder1796423489764 implements MigrationInterface {
  name = "DisbursementKeyPerRecorder1796423489764";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `uq_disbursement_idempotency_key` ON `disbursement`");
    await queryRunner.query("CREATE UNIQUE INDEX `uq_disbursement_recorder_key` ON `disbursement` (`recorded_by`, `idempotency_key`)");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `uq_disbursement_recorder_key` ON `disbursement`");
    await queryRunner.query("CREATE UNIQUE INDEX `uq_disbursement_idempotency_key` ON `disbursement` (`idempotency_key`)");
  }
}
