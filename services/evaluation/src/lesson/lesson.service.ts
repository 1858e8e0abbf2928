import crypto from "node:crypto";
import {
  type Page,
  type PageInput,
  type RequestContext,
  DomainError,
  Role,
  childPageLoader,
  conflict,
  isUniqueViolation,
  notFound,
  recordHistory,
  writeTransaction,
  requireProvince,
  requireSecondPerson,
} from "@change-leaders/common";
import { Award } from "../award/award.entity";
import { LessonStatus, LessonSummary } from "./lesson.entity";
import type { LessonFilter, LessonSummaryInput, LessonSummaryUpdateInput } from "./lesson.inputs";
import { requireOpenYear } from "../fiscal-year/fiscal-year.service";

const PUBLISHING = {
  step: "publish",
  firstStep: "wrote",
  messageTh: "หลักการสี่ตา: ผู้เขียนสรุปบทเรียนเผยแพร่เองไม่ได้ ต้องให้ผู้ดูแลระบบหรือผู้บริหารอีกคนหนึ่งเป็นผู้เผยแพร่",
};

/** Partners read published lessons only; everyone else sees drafts too. */
const publishedOnly = (ctx: RequestContext) => ctx.identity?.role === Role.PARTNER;

export const lessonService = {
  /** One lesson summary (a partner sees it only once published). */
  async findReadable(ctx: RequestContext, id: string): Promise<LessonSummary | null> {
    const lesson = await ctx.dataSource.manager.findOneBy(LessonSummary, { id });
    return lesson && !(publishedOnly(ctx) && lesson.status !== LessonStatus.PUBLISHED) ? lesson : null;
  },

  async list(ctx: RequestContext, filter: LessonFilter | undefined, page: PageInput): Promise<Page<LessonSummary>> {
    const query = ctx.dataSource.manager.createQueryBuilder(LessonSummary, "lesson");
    if (filter?.fiscalYear) query.andWhere("lesson.fiscalYear = :fiscalYear", { fiscalYear: filter.fiscalYear });
    if (filter?.provinceCode) query.andWhere("lesson.provinceCode = :provinceCode", { provinceCode: filter.provinceCode });
    if (filter?.tambonCode) query.andWhere("lesson.tambonCode = :tambonCode", { tambonCode: filter.tambonCode });
    if (filter?.status) query.andWhere("lesson.status = :status", { status: filter.status });
    if (publishedOnly(ctx)) query.andWhere("lesson.status = :published", { published: LessonStatus.PUBLISHED });
    const [nodes, totalCount] = await query
      .orderBy("lesson.fiscalYear", "DESC")
      .addOrderBy("lesson.tambonCode")
      .addOrderBy("lesson.id")
      .skip(page.offset)
      .take(page.limit)
      .getManyAndCount();
    return { nodes, totalCount };
  },

  ofTambon(ctx: RequestContext, tambonCode: string, page: PageInput): Promise<Page<LessonSummary>> {
    const partner = publishedOnly(ctx);
    return childPageLoader(
      ctx,
      partner ? "publishedLessonsOfTambon" : "lessonsOfTambon",
      {
        entity: LessonSummary,
        parentProperty: "tambonCode",
        orderBy: [{ property: "fiscalYear", direction: "DESC" }],
        where: partner ? (query) => query.andWhere("child.status = :published", { published: LessonStatus.PUBLISHED }) : undefined,
      },
      page,
    ).load(tambonCode);
  },

  /** A draft summary of the lessons of an award (one per tambon and fiscal year), by an officer of its province or an admin. */
  async create(ctx: RequestContext, input: LessonSummaryInput): Promise<LessonSummary> {
    const award = await ctx.dataSource.manager.findOneBy(Award, { id: input.awardId });
    if (!award) throw new DomainError("NOT_FOUND", `Award ${input.awardId} not found`, { field: "input.awardId", id: input.awardId });
    const writer = requireProvince(ctx, award.provinceCode);
    try {
      return await writeTransaction(ctx.dataSource, async (manager) => {
        await requireOpenYear(manager, award.fiscalYear);
        const lesson = manager.create(LessonSummary, {
          id: crypto.randomUUID(),
          tambonCode: award.tambonCode,
          provinceCode: award.provinceCode,
          fiscalYear: award.fiscalYear,
          awardId: award.id,
          title: input.title.trim(),
          successFactors: input.successFactors,
          challenges: input.challenges,
          lessons: input.lessons,
          recommendations: input.recommendations,
          status: LessonStatus.DRAFT,
          publishedAt: null,
          writtenBy: writer.id,
          version: 1,
        });
        await manager.insert(LessonSummary, lesson);
        const saved = await manager.findOneByOrFail(LessonSummary, { id: lesson.id });
        await recordHistory(manager, ctx, { entityName: "LessonSummary", entityId: saved.id, action: "create", after: saved });
        return saved;
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw conflict(`Tambon ${award.tambonCode} already has a lesson summary for FY ${award.fiscalYear}`);
      throw error;
    }
  },

  /** Changes a draft; `expectedVersion` guards against overwriting someone else's change. */
  update(ctx: RequestContext, id: string, input: LessonSummaryUpdateInput, expectedVersion?: number | null): Promise<LessonSummary> {
    return this.change(ctx, id, "update", { ...input }, expectedVersion);
  },

  publish(ctx: RequestContext, id: string): Promise<LessonSummary> {
    return this.change(ctx, id, "publish", { status: LessonStatus.PUBLISHED, publishedAt: new Date() });
  },

  async change(
    ctx: RequestContext,
    id: string,
    action: "update" | "publish",
    changes: Partial<LessonSummary>,
    expectedVersion?: number | null,
  ): Promise<LessonSummary> {
    return writeTransaction(ctx.dataSource, async (manager) => {
      const before = await manager.findOneBy(LessonSummary, { id });
      if (!before) throw notFound("LessonSummary", id);
      requireProvince(ctx, before.provinceCode);
      await requireOpenYear(manager, before.fiscalYear);
      if (action === "publish") requireSecondPerson(ctx, before.writtenBy, PUBLISHING);
      if (before.status !== LessonStatus.DRAFT) {
        throw new DomainError("INVALID_TRANSITION", `A ${before.status} lesson summary cannot be ${action === "publish" ? "published" : "changed"}`, {
          from: before.status,
        });
      }
      const version = expectedVersion ?? before.version;
      const result = await manager
        .createQueryBuilder()
        .update(LessonSummary)
        .set({ ...changes, version: () => "version + 1" })
        .where("id = :id AND version = :version AND status = :draft", { id, version, draft: LessonStatus.DRAFT })
        .execute();
      if (result.affected !== 1) throw conflict(`Lesson summary ${id} changed meanwhile (version ${before.version}); reload it`);
      const after = await manager.findOneByOrFail(LessonSummary, { id });
      await recordHistory(manager, ctx, { entityName: "LessonSummary", entityId: id, action, before, after });
      return after;
    });
  },
};
