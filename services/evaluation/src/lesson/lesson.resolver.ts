import { type RequestContext, PageInput, Role, pageOf } from "@change-leaders/common";
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { Award } from "../award/award.entity";
import { awardService } from "../award/award.service";
import { TambonRef } from "../tambon/tambon.ref";
import { LessonSummary } from "./lesson.entity";
import { LessonFilter, LessonSummaryInput, LessonSummaryPage, LessonSummaryUpdateInput } from "./lesson.inputs";
import { lessonService } from "./lesson.service";

@Resolver(() => LessonSummary)
export class LessonResolver {
  @Query(() => LessonSummary, { nullable: true, description: "One lesson summary (partners: published ones only)" })
  lessonSummary(@Arg("id", () => ID) id: string, @Ctx() ctx: RequestContext): Promise<LessonSummary | null> {
    return lessonService.findReadable(ctx, id);
  }

  @Query(() => LessonSummaryPage, { description: "Lesson summaries (partners see published ones only)" })
  lessonSummaries(
    @Ctx() ctx: RequestContext,
    @Arg("filter", () => LessonFilter, { nullable: true }) filter?: LessonFilter,
    @Arg("page", () => PageInput, { nullable: true }) page?: PageInput,
  ) {
    return lessonService.list(ctx, filter, pageOf(page));
  }

  @Authorized(Role.ADMIN, Role.PROVINCE_OFFICER)
  @Mutation(() => LessonSummary, { description: "A draft lesson summary of an award; officers of its province or admins" })
  createLessonSummary(@Arg("input", () => LessonSummaryInput) input: LessonSummaryInput, @Ctx() ctx: RequestContext): Promise<LessonSummary> {
    return lessonService.create(ctx, input);
  }

  @Authorized(Role.ADMIN, Role.PROVINCE_OFFICER)
  @Mutation(() => LessonSummary, { description: "Changes a draft; CONFLICT when expectedVersion is not the stored one" })
  updateLessonSummary(
    @Arg("id", () => ID) id: string,
    @Arg("input", () => LessonSummaryUpdateInput) input: LessonSummaryUpdateInput,
    @Ctx() ctx: RequestContext,
    @Arg("expectedVersion", () => Int, { nullable: true }) expectedVersion?: number | null,
  ): Promise<LessonSummary> {
    return lessonService.update(ctx, id, input, expectedVersion);
  }

  @Authorized(Role.ADMIN, Role.EXECUTIVE)
  @Mutation(() => LessonSummary, { description: "DRAFT → PUBLISHED, by an admin or an executive who did not write it (four eyes)" })
  publishLessonSummary(@Arg("id", () => ID) id: string, @Ctx() ctx: RequestContext): Promise<LessonSummary> {
    return lessonService.publish(ctx, id);
  }

  @FieldResolver(() => TambonRef)
  tambon(@Root() lesson: LessonSummary): TambonRef {
    return { code: lesson.tambonCode };
  }

  @FieldResolver(() => Award, { nullable: true })
  award(@Root() lesson: LessonSummary, @Ctx() ctx: RequestContext): Promise<Award | null> {
    return awardService.find(ctx, lesson.awardId);
  }
}
