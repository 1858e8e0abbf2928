import type { MigrationInterface, QueryRunner } from "typeorm";

/** The same key as `referenceKey()` of the disbursement (copied: a migration does not change with the code). */
const keyOf = (reference: string) =>
  reference
    .normalize("NFC")
    .replace(/[\s\u200b-\u200d\u2060\ufeff]+/gu, "")
    .toUpperCase();

/**
 * A voucher reference is used once per fiscal year: each disbursement carries its award's fiscal year and its
 * reference's comparison key under a UNIQUE index. Refuses to run (naming them) while a year holds a reference twice.
 */
export class DisbursementReferencePerYear1796800000000 implements MigrationInterface {
  name = "DisbursementReferencePerYear1796800000000";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `disbursement` ADD `fiscal_year` int NULL");
    await queryRunner.query("ALTER TABLE `disbursement` ADD `reference_key` varchar(100) NULL");
    await queryRunner.query("UPDATE `disbursement` `d` INNER JOIN `award` `a` ON `a`.`id` = `d`.`award_id` SET `d`.`fiscal_year` = `a`.`fiscal_year`");
    const rows: { id: string; reference: string; fiscal_year: number }[] = await queryRunner.query("SELECT `id`, `reference`, `fiscal_year` FROM `disbursement`");
    const seen = new Map<string, string>();
    for (const row of rows) {
      const key = keyOf(row.reference);
      const taken = seen.get(`${row.fiscal_year}|${key}`);
      if (taken) throw new Error(`Disbursements ${taken} and ${row.id} share the reference ${row.reference} in fiscal year ${row.fiscal_year}: renumber one first`);
      seen.set(`${row.fiscal_year}|${key}`, row.id);
      await queryRunner.query("UPDATE `disbursement` SET `reference_key` = ? WHERE `id` = ?", [key, row.id]);
    }
    await queryRunner.query("ALTER TABLE `disbursement` MODIFY `fiscal_year` int NOT NULL");
    await queryRunner.query("ALTER TABLE `disbursement` MODIFY `reference_key` varchar(100) NOT NULL");
    await queryRunner.query("CREATE UNIQUE INDEX `uq_disbursement_year_reference` ON `disbursement` (`fiscal_year`, `reference_key`)");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `uq_disbursement_year_reference` ON `disbursement`");
    await queryRunner.query("ALTER TABLE `disbursement` DROP COLUMN `reference_key`");
    await queryRunner.query("ALTER TABLE `disbursement` DROP COLUMN `fiscal_year`");
  }
}
