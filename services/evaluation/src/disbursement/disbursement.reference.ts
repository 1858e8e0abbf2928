import { type RequestContext, conflict } from "@change-leaders/common";
import type { EntityManager } from "typeorm";
import { Disbursement } from "./disbursement.entity";

/**
 * A voucher reference as compared for uniqueness: Unicode NFC, without spaces or zero-width characters, in capitals,
 * so that "ร.อ.-2570/0001" and "ร.อ. -2570/0001 " are one reference (the same on SQLite and MariaDB, whatever the collation).
 */
export function referenceKey(reference: string): string {
  return reference
    .normalize("NFC")
    .replace(/[\s\u200b-\u200d\u2060\ufeff]+/gu, "")
    .toUpperCase();
}

/** CONFLICT on `input.reference` (reason REFERENCE_TAKEN), in Thai words naming the reference and the year. */
export function referenceTaken(reference: string, fiscalYear: number, existingId?: string) {
  return conflict(`Reference ${reference} is already used by a disbursement of fiscal year ${fiscalYear}`, {
    field: "input.reference",
    reason: "REFERENCE_TAKEN",
    ...(existingId ? { disbursementId: existingId } : {}),
    messageTh: `เลขที่อ้างอิง "${reference}" ถูกใช้กับรายการเบิกจ่ายอื่นในปีงบประมาณ ${fiscalYear} แล้ว กรุณาตรวจสอบเลขที่ใบสำคัญ`,
  });
}

/** Refuses a reference already held in the fiscal year (a cancelled entry keeps its number); the unique index settles races. */
export async function requireFreeReference(manager: EntityManager, reference: string, fiscalYear: number): Promise<void> {
  const holder = await manager.findOne(Disbursement, { where: { fiscalYear, referenceKey: referenceKey(reference) }, select: { id: true } });
  if (holder) throw referenceTaken(reference, fiscalYear, holder.id);
}

/** After a rolled-back insert hit a unique index: the reference's holder of the year, if that was the index. */
export async function referenceHolder(ctx: RequestContext, reference: string, fiscalYear: number | undefined): Promise<Disbursement | null> {
  if (fiscalYear === undefined) return null;
  return ctx.dataSource.manager.findOne(Disbursement, { where: { fiscalYear, referenceKey: referenceKey(reference) }, select: { id: true } });
}
