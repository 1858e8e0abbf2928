import { type HistoryRule, HistoryEntryView, PageInput, PageType, type RequestContext, Role, readHistory } from "@change-leaders/common";
import { Arg, Authorized, Ctx, ID, ObjectType, Query, Resolver } from "type-graphql";

/** Who reads this subgraph's history, and of which records. */
const EVALUATION_HISTORY: HistoryRule = {
  entities: ["Nomination", "Review", "Rubric", "Award", "AwardAmount", "EvaluationYearSetup", "Disbursement", "LessonSummary"],
  roles: [Role.ADMIN, Role.BUDGET_OFFICER, Role.EXECUTIVE],
};

/** One audited change of a record of this subgraph. */
@ObjectType("EvaluationHistoryEntry", { description: "One audited change of an evaluation record: who, when, what before and after" })
export class EvaluationHistoryEntry extends HistoryEntryView {}

@ObjectType()
export class EvaluationHistoryPage extends PageType(EvaluationHistoryEntry) {}

@Resolver()
export class EvaluationHistoryResolver {
  @Authorized(...EVALUATION_HISTORY.roles)
  @Query(() => EvaluationHistoryPage, {
    description: "The audit history of one evaluation record, oldest first (admins, budget officers, executives)",
  })
  evaluationHistory(
    @Arg("entityName", { description: `One of ${EVALUATION_HISTORY.entities.join(", ")}` }) entityName: string,
    @Arg("entityId", () => ID) entityId: string,
    @Ctx() ctx: RequestContext,
    @Arg("page", () => PageInput, { nullable: true }) page?: PageInput,
  ) {
    return readHistory(ctx, EVALUATION_HISTORY, entityName, entityId, page);
  }
}
