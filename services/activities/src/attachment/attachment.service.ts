import {
  Attachment,
  AttachmentKind,
  DomainError,
  type RequestContext,
  attachUpload,
  readableAttachment,
  requireAttachmentKind,
  notFound,
  writeTransaction,
} from "@change-leaders/common";
import { requireWriteAccess } from "../access/access";
import { Event, EventStatus } from "../event/event.entity";
import { eventService } from "../event/event.service";
import { progressReportService } from "../progress/progress-report.service";
import { nextProgressReportStatus } from "../progress/progress-report.transitions";

/** The records of this subgraph that keep files, by the entity name their history and attachments use. */
export const ACTIVITY_ATTACHABLE = { event: "Event", progressReport: "ProgressReport" } as const;

async function recordReadable(ctx: RequestContext, attachment: Attachment): Promise<boolean> {
  switch (attachment.entityName) {
    case ACTIVITY_ATTACHABLE.event:
      return (await eventService.findReadable(ctx, attachment.recordId)) !== null;
    case ACTIVITY_ATTACHABLE.progressReport:
      return (await progressReportService.findReadable(ctx, attachment.recordId)) !== null;
    default:
      return false;
  }
}

export const activityAttachmentService = {
  /** The attachment when kept here and the caller may read its record; FORBIDDEN when kept here but not readable; null when not here. */
  readable(ctx: RequestContext, id: string): Promise<Attachment | null> {
    return readableAttachment(ctx, id, (attachment) => recordReadable(ctx, attachment));
  },

  /** Minutes, a signed sign-in sheet or photos of an event, by its organiser (an administrator for national events). */
  attachToEvent(ctx: RequestContext, eventId: string, fileId: string, kind: AttachmentKind): Promise<Attachment> {
    requireAttachmentKind(kind, [AttachmentKind.MINUTES, AttachmentKind.SIGN_IN_SHEET, AttachmentKind.PHOTO, AttachmentKind.DOCUMENT]);
    return writeTransaction(ctx.dataSource, async (manager) => {
      const event = await manager.findOneBy(Event, { id: eventId });
      if (!event) throw notFound("Event", eventId);
      requireWriteAccess(ctx, event.organiserProvinceCode);
      if (event.status === EventStatus.CANCELLED) {
        throw new DomainError("INVALID_TRANSITION", `Event ${eventId} was cancelled`, {
          field: "eventId",
          messageTh: "กิจกรรมนี้ถูกยกเลิกแล้ว แนบไฟล์ไม่ได้",
        });
      }
      return attachUpload(manager, ctx, fileId, { entityName: ACTIVITY_ATTACHABLE.event, recordId: eventId, kind });
    });
  },

  /** Photos (or a document) of a progress report while its province may still edit it. */
  attachToProgressReport(ctx: RequestContext, reportId: string, fileId: string, kind: AttachmentKind): Promise<Attachment> {
    requireAttachmentKind(kind, [AttachmentKind.PHOTO, AttachmentKind.DOCUMENT]);
    return writeTransaction(ctx.dataSource, async (manager) => {
      const { report } = await progressReportService.forChange(ctx, manager, reportId);
      nextProgressReportStatus(report.status, "EDIT");
      return attachUpload(manager, ctx, fileId, { entityName: ACTIVITY_ATTACHABLE.progressReport, recordId: report.id, kind });
    });
  },
};
