import {
  type RequestContext,
  DomainError,
  badInput,
  bangkokDay,
  fiscalYearFirstDay,
  recordHistory,
  requireIdentity,
  rowLock,
  writeTransaction,
} from "@change-leaders/common";
import { type EntityManager, In } from "typeorm";
import { Award, AwardAmount } from "../award/award.entity";
import { Disbursement, DisbursementStatus } from "../disbursement/disbursement.entity";
import { Nomination } from "../nomination/nomination.entity";
import { Rubric } from "../rubric/rubric.entity";
import { FiscalYear, FiscalYearStatus } from "./fiscal-year.entity";

/** Disbursements whose money is still moving: a year is not closed over them. */
const IN_FLIGHT = [DisbursementStatus.RECORDED, DisbursementStatus.APPROVED];

const openYear = (fiscalYear: number) =>
  Object.assign(new FiscalYear(), { fiscalYear, status: FiscalYearStatus.OPEN, closedAt: null, closedBy: null });

/** The year's row, read with a shared lock on MySQL (a missing row's gap too) so that closing it waits for the write. */
function lockedYear(manager: EntityManager, fiscalYear: number, mode: "pessimistic_read" | "pessimistic_write") {
  return manager.findOne(FiscalYear, { where: { fiscalYear }, ...rowLock(manager, mode) });
}

/**
 * SPEC section 2: a closed fiscal year's contest and money are final. Every write to a nomination,
 * review, rubric, award, award amount, disbursement or lesson of `fiscalYear` calls this first, in its
 * own transaction: INVALID_TRANSITION with `rule: "FISCAL_YEAR_CLOSED"` when the year is closed. On
 * MySQL the shared lock it takes makes `close` wait for the write to commit, and the write wait for a
 * close under way; on SQLite the writes of the process are one queue.
 */
export async function requireOpenYear(manager: EntityManager, fiscalYear: number): Promise<void> {
  const year = await lockedYear(manager, fiscalYear, "pessimistic_read");
  if (year?.status === FiscalYearStatus.CLOSED)
    throw new DomainError("INVALID_TRANSITION", `FY ${fiscalYear} is closed: its contest and money can no longer change`, {
      rule: "FISCAL_YEAR_CLOSED",
      fiscalYear,
      messageTh: `ปีงบประมาณ ${fiscalYear} ปิดแล้ว ข้อมูลการประกวดและงบประมาณของปีนี้แก้ไขไม่ได้`,
    });
}

export const fiscalYearService = {
  async find(ctx: RequestContext, fiscalYear: number): Promise<FiscalYear> {
    return (await ctx.dataSource.manager.findOneBy(FiscalYear, { fiscalYear })) ?? openYear(fiscalYear);
  },

  /** Every year evaluation knows of (a rubric, an award amount, a nomination or a closing), newest first. */
  async list(ctx: RequestContext): Promise<FiscalYear[]> {
    const manager = ctx.dataSource.manager;
    const yearsOf = async (entity: typeof Rubric | typeof AwardAmount | typeof Nomination) =>
      (await manager.createQueryBuilder(entity, "row").select("DISTINCT row.fiscalYear", "year").getRawMany<{ year: unknown }>()).map((row) =>
        Number(row.year),
      );
    const [closed, ...known] = await Promise.all([manager.find(FiscalYear), yearsOf(Rubric), yearsOf(AwardAmount), yearsOf(Nomination)]);
    const byYear = new Map(closed.map((year) => [year.fiscalYear, year]));
    for (const year of known.flat()) if (!byYear.has(year)) byYear.set(year, openYear(year));
    return [...byYear.values()].sort((a, b) => b.fiscalYear - a.fiscalYear);
  },

  /**
   * Closes a fiscal year (ADMIN) once it has ended (Bangkok time) and no disbursement of it is still
   * recorded or approved but not yet paid or cancelled; audited. Closing twice is INVALID_TRANSITION.
   */
  async close(ctx: RequestContext, fiscalYear: number): Promise<FiscalYear> {
    const identity = requireIdentity(ctx);
    if (bangkokDay(new Date()) < fiscalYearFirstDay(fiscalYear + 1))
      throw badInput("fiscalYear", `FY ${fiscalYear} has not ended yet; it closes from ${fiscalYearFirstDay(fiscalYear + 1)}`, {
        messageTh: `ปีงบประมาณ ${fiscalYear} ยังไม่สิ้นสุด ปิดปีได้ตั้งแต่วันที่ 1 ตุลาคม ${fiscalYear}`,
      });
    const known = await this.list(ctx);
    if (!known.some((year) => year.fiscalYear === fiscalYear))
      throw badInput("fiscalYear", `FY ${fiscalYear} has no contest to close`, { messageTh: `ปีงบประมาณ ${fiscalYear} ยังไม่มีข้อมูลการประกวดให้ปิด` });
    return writeTransaction(ctx.dataSource, async (manager) => {
      // The lock first: writes of the year under way commit before this goes on, later ones wait and then see the year closed.
      const before = await lockedYear(manager, fiscalYear, "pessimistic_write");
      if (before?.status === FiscalYearStatus.CLOSED)
        throw new DomainError("INVALID_TRANSITION", `FY ${fiscalYear} is already closed`, {
          rule: "FISCAL_YEAR_CLOSED",
          fiscalYear,
          messageTh: `ปีงบประมาณ ${fiscalYear} ปิดไปแล้ว`,
        });
      const after = manager.create(FiscalYear, { fiscalYear, status: FiscalYearStatus.CLOSED, closedAt: new Date(), closedBy: identity.id });
      // No read before the write (save() would read first, and on MySQL that read fixes the snapshot a later plain
      // SELECT sees: the count below would miss a disbursement that committed while this insert waited for its lock).
      if (before) await manager.update(FiscalYear, { fiscalYear }, after);
      else await manager.insert(FiscalYear, after);
      const counting = manager
        .createQueryBuilder(Disbursement, "disbursement")
        .innerJoin(Award, "award", "award.id = disbursement.awardId")
        .where("award.fiscalYear = :fiscalYear", { fiscalYear })
        .andWhere({ status: In(IN_FLIGHT) });
      // A locking read counts what is committed now, whatever snapshot the transaction holds (MySQL; SQLite has one writer).
      if (manager.connection.options.type !== "better-sqlite3") counting.setLock("pessimistic_read");
      const inFlight = await counting.getCount();
      if (inFlight > 0)
        throw new DomainError("CONFLICT", `${inFlight} disbursement(s) of FY ${fiscalYear} are recorded or approved but not paid or cancelled`, {
          rule: "DISBURSEMENTS_IN_FLIGHT",
          fiscalYear,
          count: inFlight,
          messageTh: `ปิดปีงบประมาณ ${fiscalYear} ไม่ได้: ยังมีรายการเบิกจ่าย ${inFlight} รายการที่ยังไม่จ่ายหรือยกเลิก`,
        });
      await recordHistory(manager, ctx, {
        entityName: "FiscalYear",
        entityId: String(fiscalYear),
        action: "close",
        before: before ?? openYear(fiscalYear),
        after,
      });
      return manager.findOneByOrFail(FiscalYear, { fiscalYear });
    });
  },
};
