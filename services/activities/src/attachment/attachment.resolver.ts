import { Attachment, AttachmentKind, type RequestContext, Role, attachmentsOf } from "@change-leaders/common";
import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { Event } from "../event/event.entity";
import { ProgressReport } from "../progress/progress-report.entity";
import { ACTIVITY_ATTACHABLE, activityAttachmentService } from "./attachment.service";

@Resolver()
export class ActivityAttachmentResolver {
  @Query(() => Attachment, {
    nullable: true,
    description: "A file attached to an event or a progress report: null when none is kept here, FORBIDDEN when the caller may not read its record",
  })
  activityAttachment(@Arg("id", () => ID) id: string, @Ctx() ctx: RequestContext): Promise<Attachment | null> {
    return activityAttachmentService.readable(ctx, id);
  }

  @Authorized(Role.ADMIN, Role.PROVINCE_OFFICER)
  @Mutation(() => Attachment, { description: "Attaches the caller's upload (POST /files) to an event: minutes, the signed sign-in sheet, photos" })
  attachEventFile(
    @Arg("eventId", () => ID) eventId: string,
    @Arg("fileId", () => ID) fileId: string,
    @Arg("kind", () => AttachmentKind) kind: AttachmentKind,
    @Ctx() ctx: RequestContext,
  ): Promise<Attachment> {
    return activityAttachmentService.attachToEvent(ctx, eventId, fileId, kind);
  }

  @Authorized(Role.ADMIN, Role.PROVINCE_OFFICER)
  @Mutation(() => Attachment, { description: "Attaches the caller's upload (a photo by default) to a progress report its province may still edit" })
  attachProgressReportFile(
    @Arg("reportId", () => ID) reportId: string,
    @Arg("fileId", () => ID) fileId: string,
    @Ctx() ctx: RequestContext,
    @Arg("kind", () => AttachmentKind, { defaultValue: AttachmentKind.PHOTO }) kind: AttachmentKind,
  ): Promise<Attachment> {
    return activityAttachmentService.attachToProgressReport(ctx, reportId, fileId, kind);
  }
}

@Resolver(() => Event)
export class EventAttachmentsResolver {
  @FieldResolver(() => [Attachment], { description: "Minutes, sign-in sheets and photos, oldest first" })
  attachments(@Root() event: Event, @Ctx() ctx: RequestContext): Promise<Attachment[]> {
    return attachmentsOf(ctx, ACTIVITY_ATTACHABLE.event, event.id);
  }
}

@Resolver(() => ProgressReport)
export class ProgressReportAttachmentsResolver {
  @FieldResolver(() => [Attachment], { description: "Photos and documents of the report" })
  attachments(@Root() report: ProgressReport, @Ctx() ctx: RequestContext): Promise<Attachment[]> {
    return attachmentsOf(ctx, ACTIVITY_ATTACHABLE.progressReport, report.id);
  }
}
