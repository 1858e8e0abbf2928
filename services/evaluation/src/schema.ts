import {
  AttachmentResolver,
  type RequestContext,
  DateTimeScalar,
  authChecker,
  authenticatedReference,
  buildFederatedSchema,
  validateArgument,
} from "@change-leaders/common";
import type { GraphQLSchema } from "graphql";
import {
  DisbursementAttachmentsResolver,
  EvaluationAttachmentResolver,
  LessonAttachmentsResolver,
  NominationAttachmentsResolver,
} from "./attachment/attachment.resolver";
import { AwardResolver } from "./award/award.resolver";
import { awardService } from "./award/award.service";
import { BudgetResolver } from "./budget/budget.resolver";
import { DisbursementStagesResolver } from "./budget/disbursement-stages.resolver";
import { DisbursementResolver } from "./disbursement/disbursement.resolver";
import { AwardLedgerTotalsResolver } from "./disbursement/disbursement.totals";
import { EvaluationYearSetupResolver } from "./fiscal-year/evaluation-year-setup.resolver";
import { FiscalYearResolver } from "./fiscal-year/fiscal-year.resolver";
import { EvaluationHistoryResolver } from "./history/history.resolver";
import { LessonResolver } from "./lesson/lesson.resolver";
import { NominationResolver } from "./nomination/nomination.resolver";
import { nominationService } from "./nomination/nomination.service";
import { ReviewResolver } from "./review/review.resolver";
import { RubricResolver } from "./rubric/rubric.resolver";
import { TambonContestResolver } from "./tambon/tambon.resolver";
import { AwardPaperworkResolver, DisbursementPaperworkResolver, ExecutiveSummaryPaperworkResolver } from "./paperwork/paperwork.resolver";

/** The evaluation subgraph's schema: the contest, the awards and their budget, the lessons, and what it adds to Tambon. */
export function buildEvaluationSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema(
    {
      resolvers: [
        NominationResolver,
        ReviewResolver,
        RubricResolver,
        AwardResolver,
        DisbursementResolver,
        AwardLedgerTotalsResolver,
        BudgetResolver,
        DisbursementStagesResolver,
        LessonResolver,
        TambonContestResolver,
        EvaluationHistoryResolver,
        EvaluationYearSetupResolver,
        FiscalYearResolver,
        EvaluationAttachmentResolver,
        DisbursementAttachmentsResolver,
        NominationAttachmentsResolver,
        LessonAttachmentsResolver,
        AttachmentResolver,
        DisbursementPaperworkResolver,
        AwardPaperworkResolver,
        ExecutiveSummaryPaperworkResolver,
      ],
      scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
      authChecker,
      validateFn: validateArgument,
    },
    {
      Nomination: { __resolveReference: authenticatedReference((ref: { id: string }, ctx: RequestContext) => nominationService.find(ctx, ref.id)) },
      Award: { __resolveReference: authenticatedReference((ref: { id: string }, ctx: RequestContext) => awardService.find(ctx, ref.id)) },
      Tambon: { __resolveReference: (ref: { code: string }) => ({ code: ref.code }) },
      Account: { __resolveReference: (ref: { id: string }) => ({ id: ref.id }) },
    },
  );
}
