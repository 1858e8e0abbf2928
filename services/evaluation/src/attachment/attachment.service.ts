import {
  Attachment,
  AttachmentKind,
  DomainError,
  type RequestContext,
  attachUpload,
  readableAttachment,
  requireAttachmentKind,
  notFound,
  requireProvince,
  writeTransaction,
} from "@change-leaders/common";
import { Award } from "../award/award.entity";
import { Disbursement, DisbursementStatus } from "../disbursement/disbursement.entity";
import { disbursementService } from "../disbursement/disbursement.service";
import { requireOpenYear } from "../fiscal-year/fiscal-year.service";
import { LessonStatus, LessonSummary } from "../lesson/lesson.entity";
import { lessonService } from "../lesson/lesson.service";
import { Nomination, NominationStatus } from "../nomination/nomination.entity";
import { nominationService } from "../nomination/nomination.service";

/** The records of this subgraph that keep files, by the entity name their history and attachments use. */
export const EVALUATION_ATTACHABLE = { disbursement: "Disbursement", nomination: "Nomination", lesson: "LessonSummary" } as const;

/** Who may read the record an attachment kept here belongs to: the record's own read rule. */
async function recordReadable(ctx: RequestContext, attachment: Attachment): Promise<boolean> {
  switch (attachment.entityName) {
    case EVALUATION_ATTACHABLE.disbursement:
      // Disbursements are read by every staff role (the resolver's rule); partners read aggregates only.
      return ctx.identity?.role !== "PARTNER" && (await disbursementService.find(ctx, attachment.recordId)) !== null;
    case EVALUATION_ATTACHABLE.nomination:
      return (await nominationService.findReadable(ctx, attachment.recordId)) !== null;
    case EVALUATION_ATTACHABLE.lesson:
      return (await lessonService.findReadable(ctx, attachment.recordId)) !== null;
    default:
      return false;
  }
}

const closedRecord = (messageTh: string, message: string) => new DomainError("INVALID_TRANSITION", message, { field: "fileId", messageTh });

export const evaluationAttachmentService = {
  /** The attachment when kept here and the caller may read its record; FORBIDDEN when kept here but not readable; null when not here. */
  readable(ctx: RequestContext, id: string): Promise<Attachment | null> {
    return readableAttachment(ctx, id, (attachment) => recordReadable(ctx, attachment));
  },

  /** A receipt (or other evidence) for a disbursement not yet paid nor cancelled, in an open year. */
  attachToDisbursement(ctx: RequestContext, disbursementId: string, fileId: string, kind: AttachmentKind): Promise<Attachment> {
    requireAttachmentKind(kind, [AttachmentKind.RECEIPT, AttachmentKind.PHOTO, AttachmentKind.DOCUMENT]);
    return writeTransaction(ctx.dataSource, async (manager) => {
      const disbursement = await manager.findOneBy(Disbursement, { id: disbursementId });
      if (!disbursement) throw notFound("Disbursement", disbursementId);
      const award = await manager.findOneByOrFail(Award, { id: disbursement.awardId });
      await requireOpenYear(manager, award.fiscalYear);
      if (disbursement.status === DisbursementStatus.PAID || disbursement.status === DisbursementStatus.CANCELLED) {
        throw closedRecord(
          "รายการเบิกจ่ายนี้จ่ายแล้วหรือยกเลิกแล้ว แนบหลักฐานเพิ่มไม่ได้",
          `Disbursement ${disbursementId} is ${disbursement.status}; its evidence is closed`,
        );
      }
      return attachUpload(manager, ctx, fileId, { entityName: EVALUATION_ATTACHABLE.disbursement, recordId: disbursementId, kind });
    });
  },

  /** The portfolio of a nomination its province still works on (draft or submitted). */
  attachToNomination(ctx: RequestContext, nominationId: string, fileId: string): Promise<Attachment> {
    return writeTransaction(ctx.dataSource, async (manager) => {
      const nomination = await manager.findOneBy(Nomination, { id: nominationId });
      if (!nomination) throw notFound("Nomination", nominationId);
      requireProvince(ctx, nomination.provinceCode);
      await requireOpenYear(manager, nomination.fiscalYear);
      if (nomination.status !== NominationStatus.DRAFT && nomination.status !== NominationStatus.SUBMITTED) {
        throw closedRecord("การเสนอชื่อนี้อยู่ระหว่างพิจารณาหรือตัดสินแล้ว แนบแฟ้มผลงานเพิ่มไม่ได้", `Nomination ${nominationId} is ${nomination.status}`);
      }
      return attachUpload(manager, ctx, fileId, {
        entityName: EVALUATION_ATTACHABLE.nomination,
        recordId: nominationId,
        kind: AttachmentKind.PORTFOLIO,
      });
    });
  },

  /** Photos or documents of a lesson summary still in draft. */
  attachToLesson(ctx: RequestContext, lessonId: string, fileId: string, kind: AttachmentKind): Promise<Attachment> {
    requireAttachmentKind(kind, [AttachmentKind.PHOTO, AttachmentKind.DOCUMENT]);
    return writeTransaction(ctx.dataSource, async (manager) => {
      const lesson = await manager.findOneBy(LessonSummary, { id: lessonId });
      if (!lesson) throw notFound("LessonSummary", lessonId);
      requireProvince(ctx, lesson.provinceCode);
      if (lesson.status !== LessonStatus.DRAFT) {
        throw closedRecord("สรุปบทเรียนนี้เผยแพร่แล้ว แนบไฟล์เพิ่มไม่ได้", `Lesson ${lessonId} is published`);
      }
      return attachUpload(manager, ctx, fileId, { entityName: EVALUATION_ATTACHABLE.lesson, recordId: lessonId, kind });
    });
  },
};
