import { Attachment, AttachmentKind, type RequestContext, Role, attachmentsOf } from "@change-leaders/common";
import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { Disbursement } from "../disbursement/disbursement.entity";
import { LessonSummary } from "../lesson/lesson.entity";
import { Nomination } from "../nomination/nomination.entity";
import { EVALUATION_ATTACHABLE, evaluationAttachmentService } from "./attachment.service";

@Resolver()
export class EvaluationAttachmentResolver {
  @Query(() => Attachment, {
    nullable: true,
    description:
      "A file attached to a disbursement, nomination or lesson: null when none is kept here, FORBIDDEN when the caller may not read its record",
  })
  evaluationAttachment(@Arg("id", () => ID) id: string, @Ctx() ctx: RequestContext): Promise<Attachment | null> {
    return evaluationAttachmentService.readable(ctx, id);
  }

  @Authorized(Role.ADMIN, Role.BUDGET_OFFICER)
  @Mutation(() => Attachment, {
    description: "Attaches the caller's upload (POST /files) to a disbursement not yet paid: a RECEIPT is required before PAID",
  })
  attachDisbursementFile(
    @Arg("disbursementId", () => ID) disbursementId: string,
    @Arg("fileId", () => ID) fileId: string,
    @Ctx() ctx: RequestContext,
    @Arg("kind", () => AttachmentKind, { defaultValue: AttachmentKind.RECEIPT }) kind: AttachmentKind,
  ): Promise<Attachment> {
    return evaluationAttachmentService.attachToDisbursement(ctx, disbursementId, fileId, kind);
  }

  @Authorized(Role.ADMIN, Role.PROVINCE_OFFICER)
  @Mutation(() => Attachment, { description: "Adds the caller's upload to a nomination's portfolio while it is a draft or submitted" })
  attachNominationPortfolio(
    @Arg("nominationId", () => ID) nominationId: string,
    @Arg("fileId", () => ID) fileId: string,
    @Ctx() ctx: RequestContext,
  ): Promise<Attachment> {
    return evaluationAttachmentService.attachToNomination(ctx, nominationId, fileId);
  }

  @Authorized(Role.ADMIN, Role.PROVINCE_OFFICER)
  @Mutation(() => Attachment, { description: "Attaches the caller's upload (a photo or a document) to a lesson summary in draft" })
  attachLessonFile(
    @Arg("lessonId", () => ID) lessonId: string,
    @Arg("fileId", () => ID) fileId: string,
    @Ctx() ctx: RequestContext,
    @Arg("kind", () => AttachmentKind, { defaultValue: AttachmentKind.DOCUMENT }) kind: AttachmentKind,
  ): Promise<Attachment> {
    return evaluationAttachmentService.attachToLesson(ctx, lessonId, fileId, kind);
  }
}

@Resolver(() => Disbursement)
export class DisbursementAttachmentsResolver {
  @FieldResolver(() => [Attachment], { description: "Receipts and other evidence, oldest first" })
  attachments(@Root() disbursement: Disbursement, @Ctx() ctx: RequestContext): Promise<Attachment[]> {
    return attachmentsOf(ctx, EVALUATION_ATTACHABLE.disbursement, disbursement.id);
  }
}

@Resolver(() => Nomination)
export class NominationAttachmentsResolver {
  @FieldResolver(() => [Attachment], { description: "The portfolio: files the province attached" })
  portfolio(@Root() nomination: Nomination, @Ctx() ctx: RequestContext): Promise<Attachment[]> {
    return attachmentsOf(ctx, EVALUATION_ATTACHABLE.nomination, nomination.id);
  }
}

@Resolver(() => LessonSummary)
export class LessonAttachmentsResolver {
  @FieldResolver(() => [Attachment], { description: "Photos and documents of the lesson" })
  attachments(@Root() lesson: LessonSummary, @Ctx() ctx: RequestContext): Promise<Attachment[]> {
    return attachmentsOf(ctx, EVALUATION_ATTACHABLE.lesson, lesson.id);
  }
}
