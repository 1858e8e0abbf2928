import type { MigrationInterface, QueryRunner } from "typeorm";

/** The same key as `referenceKey()` of the disbursement (copied: a migration does not change with the code). */
const keyOf = (reference: string) =>
  reference
    .normalize("NFC")
    .replace(/[\s\u200b-\u200d\u2060\ufeff]+/gu, "")
    .toUpperCase();

const COLUMNS =
  '"id", "award_id", "amount_satang", "purpose", "reference", "evidence", "idempotency_key", "status", "cancel_reason", "recorded_by", "created_at", "approved_at", "paid_at", "cancelled_at", "version", "payment_reference", "approved_by"';
const TABLE = (name: string, extra: string) =>
  `CREATE TABLE "${name}" ("id" varchar(36) PRIMARY KEY NOT NULL, "award_id" varchar(36) NOT NULL, "amount_satang" bigint NOT NULL, "purpose" varchar(500) NOT NULL, "reference" varchar(100) NOT NULL, "evidence" text NOT NULL, "idempotency_key" varchar(100) NOT NULL, "status" varchar(16) NOT NULL DEFAULT ('RECORDED'), "cancel_reason" text, "recorded_by" varchar(64), "created_at" datetime(6) NOT NULL DEFAULT (datetime('now')), "approved_at" datetime(6), "paid_at" datetime(6), "cancelled_at" datetime(6), "version" integer NOT NULL DEFAULT (1), "payment_reference" varchar(100), "approved_by" varchar(64)${extra})`;

/**
 * A voucher reference is used once per fiscal year: each disbursement carries its award's fiscal year and its
 * reference's comparison key under a UNIQUE index. Refuses to run (naming them) while a year holds a reference twice.
 */
export class DisbursementReferencePerYear1796800000000 implements MigrationInterface {
  name = "DisbursementReferencePerYear1796800000000";

  public async up(queryRunner: QueryRunner): Promise<void> {
    const rows: { id: string; reference: string; fiscal_year: number | null }[] = await queryRunner.query(
      'SELECT "d"."id", "d"."reference", "a"."fiscal_year" FROM "disbursement" "d" LEFT JOIN "award" "a" ON "a"."id" = "d"."award_id"',
    );
    const seen = new Map<string, string>();
    for (const row of rows) {
      const slot = `${row.fiscal_year}|${keyOf(row.reference)}`;
      const taken = seen.get(slot);
      if (taken) throw new Error(`Disbursements ${taken} and ${row.id} share the reference ${row.reference} in fiscal year ${row.fiscal_year}: renumber one first`);
      seen.set(slot, row.id);
    }
    await queryRunner.query('DROP INDEX "idx_disbursement_award"');
    await queryRunner.query('DROP INDEX "uq_disbursement_recorder_key"');
    await queryRunner.query(TABLE("temporary_disbursement", ', "fiscal_year" integer NOT NULL, "reference_key" varchar(100) NOT NULL'));
    // The key starts as the id (unique) and is set from the reference below, row by row.
    await queryRunner.query(
      `INSERT INTO "temporary_disbursement"(${COLUMNS}, "fiscal_year", "reference_key") SELECT ${COLUMNS.replace(/"(\w+)"/g, '"d"."$1"')}, "a"."fiscal_year", "d"."id" FROM "disbursement" "d" INNER JOIN "award" "a" ON "a"."id" = "d"."award_id"`,
    );
    for (const row of rows) await queryRunner.query('UPDATE "temporary_disbursement" SET "reference_key" = ? WHERE "id" = ?', [keyOf(row.reference), row.id]);
    await queryRunner.query('DROP TABLE "disbursement"');
    await queryRunner.query('ALTER TABLE "temporary_disbursement" RENAME TO "disbursement"');
    await queryRunner.query('CREATE INDEX "idx_disbursement_award" ON "disbursement" ("award_id", "created_at") ');
    await queryRunner.query('CREATE UNIQUE INDEX "uq_disbursement_recorder_key" ON "disbursement" ("recorded_by", "idempotency_key") ');
    await queryRunner.query('CREATE UNIQUE INDEX "uq_disbursement_year_reference" ON "disbursement" ("fiscal_year", "reference_key") ');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "uq_disbursement_year_reference"');
    await queryRunner.query('DROP INDEX "uq_disbursement_recorder_key"');
    await queryRunner.query('DROP INDEX "idx_disbursement_award"');
    await queryRunner.query('ALTER TABLE "disbursement" RENAME TO "temporary_disbursement"');
    await queryRunner.query(TABLE("disbursement", ""));
    await queryRunner.query(`INSERT INTO "disbursement"(${COLUMNS}) SELECT ${COLUMNS} FROM "temporary_disbursement"`);
    await queryRunner.query('DROP TABLE "temporary_disbursement"');
    await queryRunner.query('CREATE INDEX "idx_disbursement_award" ON "disbursement" ("award_id", "created_at") ');
    await queryRunner.query('CREATE UNIQUE INDEX "uq_disbursement_recorder_key" ON "disbursement" ("recorded_by", "idempotency_key") ');
  }
}
