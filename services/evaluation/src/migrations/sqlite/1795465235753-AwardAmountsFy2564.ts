import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Data, not schema: the budget of each award level in FY 2564 (SPEC section 1). An excellent (ดีเลิศ)
 * tambon receives 1,000,000.00 baht (100,000,000 satang); an outstanding (ดีเด่น) tambon an honour
 * without a budget of its own. Later years are set with `setAwardAmount`.
 */
export class AwardAmountsFy25641795465235753 implements MigrationInterface {
  name = "AwardAmountsFy25641795465235753";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("INSERT INTO award_amount (fiscal_year, level, amount_satang) VALUES (2564, 'EXCELLENT', 100000000), (2564, 'OUTSTANDING', 0)");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DELETE FROM award_amount WHERE fiscal_year = 2564");
  }
}
