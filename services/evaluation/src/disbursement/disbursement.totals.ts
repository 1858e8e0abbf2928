import { type RequestContext, type Satang, BahtScalar, satangFromColumn } from "@change-leaders/common";
import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { In } from "typeorm";
import { Award } from "../award/award.entity";
import { Disbursement, DisbursementStatus } from "./disbursement.entity";

type Totals = Record<DisbursementStatus, Satang>;
const NONE: Totals = { RECORDED: 0n, APPROVED: 0n, PAID: 0n, CANCELLED: 0n };

/** The satang of each status of the awards' disbursements: one grouped query for every award of the request. */
function totalsOf(ctx: RequestContext, awardId: string): Promise<Totals> {
  return ctx.loaders
    .get<string, Totals>("disbursementTotalsOfAward", async (ids) => {
      const rows = await ctx.dataSource.manager
        .createQueryBuilder(Disbursement, "d")
        .select("d.awardId", "awardId")
        .addSelect("d.status", "status")
        .addSelect("SUM(d.amount_satang)", "total")
        .where({ awardId: In([...ids]) })
        .groupBy("d.awardId")
        .addGroupBy("d.status")
        .getRawMany<{ awardId: string; status: DisbursementStatus; total: unknown }>();
      const byAward = new Map<string, Totals>();
      for (const row of rows) {
        const totals = byAward.get(row.awardId) ?? { ...NONE };
        totals[row.status] = satangFromColumn(row.total);
        byAward.set(row.awardId, totals);
      }
      return ids.map((id) => byAward.get(id) ?? NONE);
    })
    .load(awardId);
}

/**
 * The award's money by the disbursements' steps, apart: recorded (waiting for approval), approved (waiting for
 * payment) and paid. Together they are `disbursedTotal`; `remaining` is what is left of the award after all three.
 */
@Resolver(() => Award)
export class AwardLedgerTotalsResolver {
  @FieldResolver(() => BahtScalar, { description: "Disbursements recorded and not yet approved (waiting for approval)" })
  async recordedTotal(@Root() award: Award, @Ctx() ctx: RequestContext): Promise<Satang> {
    return (await totalsOf(ctx, award.id)).RECORDED;
  }

  @FieldResolver(() => BahtScalar, { description: "Disbursements approved and not yet paid (waiting for payment)" })
  async approvedTotal(@Root() award: Award, @Ctx() ctx: RequestContext): Promise<Satang> {
    return (await totalsOf(ctx, award.id)).APPROVED;
  }

  @FieldResolver(() => BahtScalar, { description: "Disbursements paid" })
  async paidTotal(@Root() award: Award, @Ctx() ctx: RequestContext): Promise<Satang> {
    return (await totalsOf(ctx, award.id)).PAID;
  }
}
