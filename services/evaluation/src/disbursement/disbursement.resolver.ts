import { type RequestContext, Role } from "@change-leaders/common";
import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { Award } from "../award/award.entity";
import { awardService } from "../award/award.service";
import { Disbursement } from "./disbursement.entity";
import { DisbursementInput } from "./disbursement.inputs";
import { disbursementService } from "./disbursement.service";

@Resolver(() => Disbursement)
export class DisbursementResolver {
  @Query(() => Disbursement, { nullable: true })
  disbursement(@Arg("id", () => ID) id: string, @Ctx() ctx: RequestContext): Promise<Disbursement | null> {
    return disbursementService.find(ctx, id);
  }

  @Authorized(Role.ADMIN, Role.BUDGET_OFFICER)
  @Mutation(() => Disbursement, {
    description:
      "Pays out of an award's budget: BUDGET_EXCEEDED when it does not fit; the same idempotencyKey from the same account returns the same disbursement",
  })
  recordDisbursement(@Arg("input", () => DisbursementInput) input: DisbursementInput, @Ctx() ctx: RequestContext): Promise<Disbursement> {
    return disbursementService.record(ctx, input);
  }

  @Authorized(Role.ADMIN, Role.BUDGET_OFFICER, Role.EXECUTIVE)
  @Mutation(() => Disbursement, { description: "RECORDED → APPROVED, by another budget officer than the recorder or an executive (four eyes)" })
  approveDisbursement(@Arg("id", () => ID) id: string, @Ctx() ctx: RequestContext): Promise<Disbursement> {
    return disbursementService.approve(ctx, id);
  }

  @Authorized(Role.ADMIN, Role.BUDGET_OFFICER)
  @Mutation(() => Disbursement, { description: "APPROVED → PAID, with the payment's reference (transfer or cheque number)" })
  markDisbursementPaid(
    @Arg("id", () => ID) id: string,
    @Arg("paymentReference") paymentReference: string,
    @Ctx() ctx: RequestContext,
  ): Promise<Disbursement> {
    return disbursementService.markPaid(ctx, id, paymentReference);
  }

  @Authorized(Role.ADMIN, Role.BUDGET_OFFICER)
  @Mutation(() => Disbursement, { description: "Cancels a disbursement not yet paid, with a reason; its money goes back to the award" })
  cancelDisbursement(@Arg("id", () => ID) id: string, @Arg("reason") reason: string, @Ctx() ctx: RequestContext): Promise<Disbursement> {
    return disbursementService.cancel(ctx, id, reason);
  }

  @FieldResolver(() => Award, { nullable: true })
  award(@Root() disbursement: Disbursement, @Ctx() ctx: RequestContext): Promise<Award | null> {
    return awardService.find(ctx, disbursement.awardId);
  }
}
