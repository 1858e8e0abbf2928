import { type RequestContext, PageInput, pageOf } from "@change-leaders/common";
import { Arg, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { AwardPage } from "../award/award.inputs";
import { awardService } from "../award/award.service";
import { LessonSummaryPage } from "../lesson/lesson.inputs";
import { lessonService } from "../lesson/lesson.service";
import { NominationPage } from "../nomination/nomination.inputs";
import { nominationService } from "../nomination/nomination.service";
import { TambonRef } from "./tambon.ref";

/** What the contest adds to the people subgraph's Tambon: nullable, batched over every tambon of a request. */
@Resolver(() => TambonRef)
export class TambonContestResolver {
  @FieldResolver(() => NominationPage, { nullable: true, description: "This tambon's nominations, newest first" })
  nominations(@Root() tambon: TambonRef, @Ctx() ctx: RequestContext, @Arg("page", () => PageInput, { nullable: true }) page?: PageInput) {
    return nominationService.ofTambon(ctx, tambon.code, pageOf(page));
  }

  @FieldResolver(() => AwardPage, { nullable: true, description: "This tambon's awards, newest first" })
  awards(@Root() tambon: TambonRef, @Ctx() ctx: RequestContext, @Arg("page", () => PageInput, { nullable: true }) page?: PageInput) {
    return awardService.ofTambon(ctx, tambon.code, pageOf(page));
  }

  @FieldResolver(() => LessonSummaryPage, { nullable: true, description: "The lessons drawn from this tambon's awards" })
  lessonSummaries(@Root() tambon: TambonRef, @Ctx() ctx: RequestContext, @Arg("page", () => PageInput, { nullable: true }) page?: PageInput) {
    return lessonService.ofTambon(ctx, tambon.code, pageOf(page));
  }
}
