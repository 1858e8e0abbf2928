import { type RequestContext, type Satang, BahtScalar, Role, satangFromColumn } from "@change-leaders/common";
import { Arg, Authorized, Ctx, Field, Int, ObjectType, Query, Resolver } from "type-graphql";
import { Award } from "../award/award.entity";
import { Disbursement, DisbursementStatus } from "../disbursement/disbursement.entity";

@ObjectType({
  description: "The disbursements of a fiscal year's awards by stage, each apart: paid counts only what was approved and then paid",
})
export class DisbursementStages {
  @Field(() => Int)
  fiscalYear!: number;

  @Field(() => BahtScalar, { description: "Recorded and waiting for approval" })
  recordedTotal!: Satang;

  @Field(() => BahtScalar, { description: "Approved and not yet paid" })
  approvedTotal!: Satang;

  @Field(() => BahtScalar, { description: "Paid out (approved first)" })
  paidTotal!: Satang;

  @Field(() => BahtScalar, { description: "Cancelled: counts against no award" })
  cancelledTotal!: Satang;
}

@Resolver()
export class DisbursementStagesResolver {
  // SPEC section 2: budget officers and executives read the money (admins everything).
  @Authorized(Role.ADMIN, Role.BUDGET_OFFICER, Role.EXECUTIVE)
  @Query(() => DisbursementStages, {
    description: "A fiscal year's disbursements summed by stage: recorded, approved, paid, cancelled (admins, budget officers, executives)",
  })
  async disbursementStages(@Arg("fiscalYear", () => Int) fiscalYear: number, @Ctx() ctx: RequestContext): Promise<DisbursementStages> {
    // One grouped statement over the year's awards (as budgetSummary counts them); sums in satang, added as bigint.
    const rows = await ctx.dataSource.manager
      .createQueryBuilder(Disbursement, "d")
      .innerJoin(Award, "award", "award.id = d.awardId")
      .select("d.status", "status")
      .addSelect("SUM(d.amount_satang)", "total")
      .where("award.fiscalYear = :fiscalYear", { fiscalYear })
      .groupBy("d.status")
      .getRawMany<{ status: DisbursementStatus; total: unknown }>();
    const total = (status: DisbursementStatus): Satang => satangFromColumn(rows.find((row) => row.status === status)?.total ?? 0);
    return {
      fiscalYear,
      recordedTotal: total(DisbursementStatus.RECORDED),
      approvedTotal: total(DisbursementStatus.APPROVED),
      paidTotal: total(DisbursementStatus.PAID),
      cancelledTotal: total(DisbursementStatus.CANCELLED),
    };
  }
}
