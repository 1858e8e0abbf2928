import { HistoryEntryView, PageInput, PageType, type RequestContext, Role, badInput, historyPage, requireRole } from "@change-leaders/common";
import { Arg, Authorized, Ctx, ID, ObjectType, Query, Resolver } from "type-graphql";

/** The records of this subgraph whose changes are audited. */
const ENTITIES = ["Nomination", "Review", "Rubric", "Award", "AwardAmount", "Disbursement", "LessonSummary"];

/** One audited change of a record of this subgraph. */
@ObjectType("EvaluationHistoryEntry", { description: "One audited change of an evaluation record: who, when, what before and after" })
export class EvaluationHistoryEntry extends HistoryEntryView {}

@ObjectType()
export class EvaluationHistoryPage extends PageType(EvaluationHistoryEntry) {}

@Resolver()
export class EvaluationHistoryResolver {
  @Authorized(Role.ADMIN, Role.BUDGET_OFFICER, Role.EXECUTIVE)
  @Query(() => EvaluationHistoryPage, {
    description: "The audit history of one evaluation record, oldest first (admins, budget officers, executives)",
  })
  async evaluationHistory(
    @Arg("entityName", { description: `One of ${ENTITIES.join(", ")}` }) entityName: string,
    @Arg("entityId", () => ID) entityId: string,
    @Ctx() ctx: RequestContext,
    @Arg("page", () => PageInput, { nullable: true }) page?: PageInput,
  ) {
    requireRole(ctx, Role.ADMIN, Role.BUDGET_OFFICER, Role.EXECUTIVE);
    if (!ENTITIES.includes(entityName)) throw badInput("entityName", `entityName is one of ${ENTITIES.join(", ")}`);
    return historyPage(ctx, entityName, entityId, page);
  }
}
