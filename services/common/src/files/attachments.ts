import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { type EntityManager, In } from "typeorm";
import type { RequestContext } from "../context";
import { DomainError, badInput, forbidden } from "../errors";
import { recordHistory } from "../history";
import { Attachment, type AttachmentKind } from "./attachment.entity";
import { fileStoreOf } from "./file-store";
import { readUploadRecord, signedFileLink } from "./uploads";

export interface AttachTo {
  /** The record's entity name as its history knows it: "Disbursement", "ProgressReport", "Event", "Nomination", "Lesson". */
  entityName: string;
  recordId: string;
  kind: AttachmentKind;
}

/**
 * Attaches the caller's own upload to a record, inside the record's write transaction: the caller
 * has been allowed to change the record by its service. NOT_FOUND for an unknown upload, FORBIDDEN for
 * someone else's, CONFLICT for one already attached (to this record or another). Written in history.
 */
export async function attachUpload(manager: EntityManager, ctx: RequestContext, fileId: string, to: AttachTo): Promise<Attachment> {
  const upload = await readUploadRecord(fileStoreOf(ctx.config), fileId);
  if (!upload) {
    throw new DomainError("NOT_FOUND", `No upload ${fileId}`, {
      field: "fileId",
      messageTh: "ไม่พบไฟล์ที่อัปโหลด กรุณาอัปโหลดไฟล์อีกครั้ง",
    });
  }
  if (upload.uploadedBy !== ctx.identity?.id) {
    throw new DomainError("FORBIDDEN", "Only the person who uploaded a file may attach it", {
      field: "fileId",
      messageTh: "แนบได้เฉพาะไฟล์ที่ท่านอัปโหลดเอง",
    });
  }
  const already = await manager.findOneBy(Attachment, { id: fileId });
  if (already) {
    throw new DomainError("CONFLICT", `The file ${upload.name} is already attached`, {
      field: "fileId",
      reason: "ALREADY_ATTACHED",
      messageTh: `ไฟล์ ${upload.name} แนบกับรายการอื่นแล้ว`,
    });
  }
  const attachment = manager.create(Attachment, {
    id: upload.id,
    entityName: to.entityName,
    recordId: to.recordId,
    kind: to.kind,
    name: upload.name,
    contentType: upload.contentType,
    size: upload.size,
    sha256: upload.sha256,
    uploadedBy: upload.uploadedBy,
    uploadedByName: upload.uploadedByName,
    uploadedAt: new Date(upload.uploadedAt),
    attachedBy: ctx.identity.id,
    attachedAt: new Date(),
  });
  await manager.insert(Attachment, attachment);
  await recordHistory(manager, ctx, {
    entityName: to.entityName,
    entityId: to.recordId,
    action: "attach",
    after: { attachmentId: attachment.id, kind: attachment.kind, name: attachment.name, sha256: attachment.sha256 },
  });
  return attachment;
}

/** The attachments of records of one kind, batched per request (oldest first). */
export function attachmentsOf(ctx: RequestContext, entityName: string, recordId: string): Promise<Attachment[]> {
  return ctx.loaders
    .get<string, Attachment[]>(`attachments:${entityName}`, async (ids) => {
      const rows = await ctx.dataSource.getRepository(Attachment).find({
        where: { entityName, recordId: In([...ids]) },
        order: { attachedAt: "ASC", id: "ASC" },
      });
      return ids.map((id) => rows.filter((row) => row.recordId === id));
    })
    .load(recordId);
}

/** The attachment with this id kept here, or null. */
export const findAttachment = (ctx: RequestContext, id: string): Promise<Attachment | null> =>
  ctx.dataSource.getRepository(Attachment).findOneBy({ id });

/**
 * What the gateway asks before it serves a file: the attachment when kept here and the caller may
 * read its record (`recordReadable`, the record's own read rule); FORBIDDEN when kept here but not
 * readable; null when this subgraph does not keep it.
 */
export async function readableAttachment(
  ctx: RequestContext,
  id: string,
  recordReadable: (attachment: Attachment) => Promise<boolean>,
): Promise<Attachment | null> {
  const attachment = await findAttachment(ctx, id);
  if (!attachment) return null;
  if (!(await recordReadable(attachment))) throw forbidden("Your role may not read the record this file belongs to");
  return attachment;
}

/** BAD_USER_INPUT on `kind` unless a record of this type keeps files of this kind. */
export function requireAttachmentKind(kind: AttachmentKind, allowed: AttachmentKind[]): void {
  if (!allowed.includes(kind)) {
    throw new DomainError("BAD_USER_INPUT", `kind is one of ${allowed.join(", ")} here`, { field: "kind", messageTh: "ชนิดของไฟล์แนบไม่ตรงกับรายการนี้" });
  }
}

/** BAD_USER_INPUT unless the record has a file of this kind (e.g. a receipt before a disbursement is paid). */
export async function requireAttachment(manager: EntityManager, to: AttachTo, field: string, messageTh: string): Promise<void> {
  const count = await manager.countBy(Attachment, { entityName: to.entityName, recordId: to.recordId, kind: to.kind });
  if (count === 0)
    throw badInput(field, `A ${to.kind.toLowerCase().replace(/_/g, " ")} must be attached first`, { reason: `${to.kind}_REQUIRED`, messageTh });
}

/** `Attachment.url`: a signed download link, given only to those who could read the record that led here. */
@Resolver(() => Attachment)
export class AttachmentResolver {
  @FieldResolver(() => String, { description: "A download link (GET, no other credentials) that works for FILE_LINK_TTL_SECONDS" })
  url(@Root() attachment: Attachment, @Ctx() ctx: RequestContext): string {
    if (!ctx.identity) throw forbidden();
    return signedFileLink(ctx.config, attachment.id);
  }
}
