import crypto from "node:crypto";
import {
  AttachmentKind,
  requireAttachment,
  type Page,
  type PageInput,
  type RequestContext,
  DomainError,
  badInput,
  byKey,
  childPageLoader,
  conflict,
  fromSatang,
  isUniqueViolation,
  notFound,
  recordHistory,
  requireIdentity,
  writeTransaction,
  requiredReason,
  requireSecondPerson,
} from "@change-leaders/common";
import { In } from "typeorm";
import { Award } from "../award/award.entity";
import { awardService } from "../award/award.service";
import { Disbursement, DisbursementStatus } from "./disbursement.entity";
import type { DisbursementInput } from "./disbursement.inputs";
import { referenceHolder, referenceKey, referenceTaken, requireFreeReference } from "./disbursement.reference";
import { type DisbursementAction, nextDisbursementStatus } from "./disbursement.transitions";
import { requireOpenYear } from "../fiscal-year/fiscal-year.service";

/** Thrown inside the transaction when the award's conditional UPDATE matched no row: rolled back, then explained. */
class NothingReserved extends Error {}

const isDeadlock = (error: unknown) => {
  const e = error as { code?: string; driverError?: { code?: string } };
  return e?.code === "ER_LOCK_DEADLOCK" || e?.driverError?.code === "ER_LOCK_DEADLOCK";
};

/** Satang as a driver parameter: a whole number (at most 10¹⁴, exact in a JS number), never a baht float. */
function satangParameter(satang: bigint): number {
  const value = Number(satang);
  if (!Number.isSafeInteger(value)) throw badInput("input.amount", "The amount is too large");
  return value;
}

const APPROVING = {
  step: "approve",
  firstStep: "recorded",
  messageTh: "หลักการสี่ตา: ผู้บันทึกรายการเบิกจ่ายอนุมัติเองไม่ได้ ต้องให้เจ้าหน้าที่การเงินอีกคนหนึ่งหรือผู้บริหารเป็นผู้อนุมัติ",
};

export const disbursementService = {
  /** A disbursement by id, batched over the request; no access rules (the resolver's roles are the rule). */
  find(ctx: RequestContext, id: string): Promise<Disbursement | null> {
    return ctx.loaders
      .get<string, Disbursement | null>("disbursement", async (ids) =>
        byKey(ids, await ctx.dataSource.manager.findBy(Disbursement, { id: In([...ids]) }), (d) => d.id),
      )
      .load(id);
  },

  /** A page of an award's disbursements, latest first, batched over every award of the request. */
  ofAward(ctx: RequestContext, awardId: string, page: PageInput): Promise<Page<Disbursement>> {
    return childPageLoader(
      ctx,
      "disbursementsOfAward",
      { entity: Disbursement, parentProperty: "awardId", orderBy: [{ property: "createdAt", direction: "DESC" }] },
      page,
    ).load(awardId);
  },

  /**
   * Records a disbursement. The budget check and the reservation are ONE conditional UPDATE the
   * database runs atomically (`disbursed + amount <= amount`, checked by affected rows), in the same
   * transaction as the INSERT of the disbursement and its history: a request that does not fit changes
   * nothing, and no interleaving of requests, on MySQL or SQLite, can spend more than the award. The
   * UNIQUE index on (recorder, idempotency key) makes a retried request resolve to the one row that
   * exists; a key is the caller's own, so another account sending the same key records its own.
   */
  async record(ctx: RequestContext, input: DisbursementInput): Promise<Disbursement> {
    const identity = requireIdentity(ctx);
    const satang = input.amount;
    if (satang <= 0n) throw badInput("input.amount", "A disbursement amount must be more than 0.00");
    const amount = satangParameter(satang);
    const sent = { recordedBy: identity.id, idempotencyKey: input.idempotencyKey };
    const known = await ctx.dataSource.manager.findOneBy(Disbursement, sent);
    if (known) return this.sameRequest(known, input);
    const reference = input.reference.trim();
    let fiscalYear: number | undefined;

    for (let attempt = 1; ; attempt++) {
      try {
        return await writeTransaction(ctx.dataSource, async (manager) => {
          const target = await manager.findOne(Award, { where: { id: input.awardId }, select: { id: true, fiscalYear: true } });
          // No award: rolled back and explained (NOT_FOUND on input.awardId) like a budget that does not fit.
          if (!target) throw new NothingReserved();
          fiscalYear = target.fiscalYear;
          await requireOpenYear(manager, target.fiscalYear);
          await requireFreeReference(manager, reference, target.fiscalYear);
          const reserved = await manager
            .createQueryBuilder()
            .update(Award)
            .set({ disbursedTotal: () => "disbursed_satang + :amount", version: () => "version + 1" })
            .where("id = :awardId AND disbursed_satang + :amount <= amount_satang", { awardId: input.awardId, amount })
            .execute();
          if (reserved.affected !== 1) throw new NothingReserved();
          const disbursement = manager.create(Disbursement, {
            id: crypto.randomUUID(),
            awardId: input.awardId,
            amount: satang,
            purpose: input.purpose.trim(),
            reference,
            fiscalYear: target.fiscalYear,
            referenceKey: referenceKey(reference),
            evidence: input.evidence ?? [],
            idempotencyKey: input.idempotencyKey,
            status: DisbursementStatus.RECORDED,
            cancelReason: null,
            recordedBy: identity.id,
            approvedAt: null,
            paidAt: null,
            cancelledAt: null,
            version: 1,
          });
          await manager.insert(Disbursement, disbursement);
          const award = await manager.findOneByOrFail(Award, { id: input.awardId });
          await recordHistory(manager, ctx, { entityName: "Disbursement", entityId: disbursement.id, action: "record", after: disbursement });
          await recordHistory(manager, ctx, {
            entityName: "Award",
            entityId: award.id,
            action: "disburse",
            before: { disbursedTotal: award.disbursedTotal - satang },
            after: { disbursedTotal: award.disbursedTotal, disbursementId: disbursement.id },
          });
          return manager.findOneByOrFail(Disbursement, { id: disbursement.id });
        });
      } catch (error) {
        // Rolled back. A concurrent request with the same key may have won: answer with its row.
        const winner = await ctx.dataSource.manager.findOneBy(Disbursement, sent);
        if (winner) return this.sameRequest(winner, input);
        if (error instanceof NothingReserved) throw await this.whyNotReserved(ctx, input.awardId, satang);
        // Two requests with one reference at once: the index let one in; the other is told whose reference it is.
        const holder = isUniqueViolation(error) ? await referenceHolder(ctx, reference, fiscalYear) : null;
        if (holder && fiscalYear !== undefined) throw referenceTaken(reference, fiscalYear, holder.id);
        if (isUniqueViolation(error))
          throw conflict(`Idempotency key ${input.idempotencyKey} is being used by another request`, { field: "input.idempotencyKey" });
        if (isDeadlock(error) && attempt < 3) continue;
        throw error;
      }
    }
  },

  /** The same key answers the same disbursement; the same key for another amount or award is refused. */
  sameRequest(existing: Disbursement, input: DisbursementInput): Disbursement {
    if (existing.awardId !== input.awardId || existing.amount !== input.amount) {
      throw conflict(`Idempotency key ${input.idempotencyKey} was already used for ${fromSatang(existing.amount)} baht to another request`, {
        field: "input.idempotencyKey",
        disbursementId: existing.id,
      });
    }
    return existing;
  },

  async whyNotReserved(ctx: RequestContext, awardId: string, satang: bigint): Promise<DomainError> {
    const award = await ctx.dataSource.manager.findOneBy(Award, { id: awardId });
    if (!award) return new DomainError("NOT_FOUND", `Award ${awardId} not found`, { id: awardId, field: "input.awardId" });
    const remaining = fromSatang(awardService.remaining(award));
    return new DomainError("BUDGET_EXCEEDED", `${fromSatang(satang)} baht exceeds the ${remaining} baht that remain of the award`, {
      field: "input.amount",
      remaining,
    });
  },

  approve(ctx: RequestContext, id: string): Promise<Disbursement> {
    return this.move(ctx, id, "approve");
  },

  /** Marks an approved disbursement paid, with the payment's reference (trimmed, 1–100 characters). */
  markPaid(ctx: RequestContext, id: string, paymentReference: string): Promise<Disbursement> {
    const reference = paymentReference.trim();
    if (!reference || reference.length > 100) {
      throw badInput("paymentReference", "A payment reference of 1–100 characters is required to mark a disbursement paid", {
        messageTh: "กรุณาระบุเลขที่อ้างอิงการจ่ายเงิน (เลขที่โอนหรือเลขที่เช็ค) ไม่เกิน 100 ตัวอักษร",
      });
    }
    return this.move(ctx, id, "pay", reference);
  },

  /** Cancels a disbursement not yet paid and gives its money back to the award, in one transaction. */
  cancel(ctx: RequestContext, id: string, reason: string): Promise<Disbursement> {
    return this.move(ctx, id, "cancel", requiredReason(reason, "A reason is required to cancel a disbursement"));
  },

  /** One step of a disbursement; `note` is the payment reference of "pay" and the reason of "cancel". */
  async move(ctx: RequestContext, id: string, action: DisbursementAction, note?: string): Promise<Disbursement> {
    return writeTransaction(ctx.dataSource, async (manager) => {
      const before = await manager.findOneBy(Disbursement, { id });
      if (!before) throw notFound("Disbursement", id);
      const ofYear = await manager.findOneOrFail(Award, { where: { id: before.awardId }, select: { id: true, fiscalYear: true } });
      await requireOpenYear(manager, ofYear.fiscalYear);
      if (action === "approve") requireSecondPerson(ctx, before.recordedBy, APPROVING);
      const to = nextDisbursementStatus(before.status, action);
      if (action === "pay") {
        await requireAttachment(
          manager,
          { entityName: "Disbursement", recordId: id, kind: AttachmentKind.RECEIPT },
          "attachments",
          "ต้องแนบใบเสร็จรับเงินก่อนบันทึกว่าจ่ายแล้ว (แนบไฟล์ PDF หรือรูปภาพของใบเสร็จในรายการเบิกจ่ายนี้)",
        );
      }
      const now = new Date();
      const stamp =
        action === "approve"
          ? { approvedAt: now, approvedBy: ctx.identity?.id ?? null }
          : action === "pay"
            ? { paidAt: now, paymentReference: note ?? null }
            : { cancelledAt: now, cancelReason: note ?? null };
      const moved = await manager
        .createQueryBuilder()
        .update(Disbursement)
        .set({ ...stamp, status: to, version: () => "version + 1" })
        .where("id = :id AND status = :status", { id, status: before.status })
        .execute();
      if (moved.affected !== 1) throw conflict(`Disbursement ${id} changed meanwhile; reload it and try again`);
      if (action === "cancel") {
        const amount = satangParameter(before.amount);
        const returned = await manager
          .createQueryBuilder()
          .update(Award)
          .set({ disbursedTotal: () => "disbursed_satang - :amount", version: () => "version + 1" })
          .where("id = :awardId AND disbursed_satang >= :amount", { awardId: before.awardId, amount })
          .execute();
        if (returned.affected !== 1) throw new Error(`Award ${before.awardId} holds less than the disbursement ${id} being cancelled`);
        const award = await manager.findOneByOrFail(Award, { id: before.awardId });
        await recordHistory(manager, ctx, {
          entityName: "Award",
          entityId: award.id,
          action: "cancelDisbursement",
          before: { disbursedTotal: award.disbursedTotal + before.amount },
          after: { disbursedTotal: award.disbursedTotal, disbursementId: id },
        });
      }
      const after = await manager.findOneByOrFail(Disbursement, { id });
      await recordHistory(manager, ctx, { entityName: "Disbursement", entityId: id, action, before, after });
      return after;
    });
  },
};
