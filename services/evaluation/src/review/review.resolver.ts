import { type RequestContext, Role } from "@change-leaders/common";
import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import { AccountRef, accountRef } from "../account/account.ref";
import { Nomination } from "../nomination/nomination.entity";
import { nominationService } from "../nomination/nomination.service";
import { formatHundredths } from "../rubric/rubric.arithmetic";
import { Review, ReviewScore } from "./review.entity";
import { ReviewInput } from "./review.inputs";
import { reviewService } from "./review.service";

@Resolver(() => Review)
export class ReviewResolver {
  @Authorized(Role.INSPECTOR, Role.JUDGE)
  @Mutation(() => Review, {
    description:
      "Scores a nomination on every criterion of its round's rubric; locked once submitted. Inspectors: their region's provinces; judges: the national round",
  })
  submitReview(@Arg("input", () => ReviewInput) input: ReviewInput, @Ctx() ctx: RequestContext): Promise<Review> {
    return reviewService.submit(ctx, input);
  }

  @FieldResolver(() => String, { nullable: true, description: "Hidden from partner agencies when confidential" })
  comment(@Root() review: Review, @Ctx() ctx: RequestContext): string | null {
    return review.commentConfidential && ctx.identity?.role === Role.PARTNER ? null : review.comment;
  }

  @FieldResolver(() => String, { description: 'The weighted total out of 100, exact to hundredths, e.g. "87.50"' })
  totalScore(@Root() review: Review): string {
    return formatHundredths(review.totalHundredths);
  }

  @FieldResolver(() => [ReviewScore])
  scores(@Root() review: Review, @Ctx() ctx: RequestContext): Promise<ReviewScore[]> {
    return reviewService.scores(ctx, review.id);
  }

  @FieldResolver(() => AccountRef, { nullable: true, description: "The reviewer's account in people (for admins and the reviewer)" })
  reviewer(@Root() review: Review): AccountRef | null {
    return accountRef(review.reviewerId);
  }

  @FieldResolver(() => Nomination, { nullable: true })
  nomination(@Root() review: Review, @Ctx() ctx: RequestContext): Promise<Nomination | null> {
    return nominationService.find(ctx, review.nominationId);
  }
}
