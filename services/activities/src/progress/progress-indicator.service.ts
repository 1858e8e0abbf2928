import { type RequestContext, badInput, byKey, conflict, isUniqueViolation, recordHistory, writeTransaction } from "@change-leaders/common";
import { type EntityManager, In, IsNull } from "typeorm";
import { ProgressIndicator, ProgressIndicatorYear } from "./progress-indicator.entity";
import type { ProgressIndicatorInput } from "./progress-indicator.inputs";
import { ProgressReportValue } from "./progress-report.entity";

/** The rows of the set a year reports on: its own, else those in use of the latest earlier year that has a set. */
async function setRowsOf(manager: EntityManager, fiscalYear: number): Promise<{ from: number | null; rows: ProgressIndicatorYear[] }> {
  const latest = await manager
    .createQueryBuilder(ProgressIndicatorYear, "y")
    .select("MAX(y.fiscalYear)", "year")
    .where("y.fiscalYear <= :fiscalYear", { fiscalYear })
    .getRawOne<{ year: number | string | null }>();
  if (latest?.year === null || latest?.year === undefined) return { from: null, rows: [] };
  const from = Number(latest.year);
  const rows = await manager.find(ProgressIndicatorYear, {
    where: from === fiscalYear ? { fiscalYear } : { fiscalYear: from, retiredAt: IsNull() },
    order: { sortOrder: "ASC", indicatorCode: "ASC" },
  });
  return { from, rows };
}

/** An indicator as a year has it: the year's order, and active only while in the year's set and not retired everywhere. */
const inYear = (indicator: ProgressIndicator, row: ProgressIndicatorYear): ProgressIndicator => ({
  ...indicator,
  sortOrder: row.sortOrder,
  active: indicator.active && row.retiredAt === null,
});

const codesInUse = (rows: ProgressIndicatorYear[]) => rows.filter((row) => row.retiredAt === null).map((row) => row.indicatorCode);

/** The year's rows joined to the catalogue, those in use only unless `includeRetired`. */
async function withCatalogue(manager: EntityManager, rows: ProgressIndicatorYear[], includeRetired: boolean): Promise<ProgressIndicator[]> {
  const catalogue = new Map((await manager.findBy(ProgressIndicator, { code: In(rows.map((r) => r.indicatorCode)) })).map((i) => [i.code, i]));
  return rows.flatMap((row) => {
    const indicator = catalogue.get(row.indicatorCode);
    const view = indicator && inYear(indicator, row);
    return view && (includeRetired || view.active) ? [view] : [];
  });
}

/** BAD_USER_INPUT on `code` for a code the catalogue does not hold. */
const unknownIndicator = (code: string) => badInput("code", `There is no indicator ${code}`, { messageTh: `ไม่มีตัวชี้วัดรหัส ${code}` });

/**
 * Puts `code` into the year's set (again) or retires it from the year, in the caller's transaction,
 * audited as the year's set before and after. A year without a set of its own first gets the one it
 * reported on until now (inherited from an earlier year), so the change is the only difference.
 */
async function changeYearSet(
  manager: EntityManager,
  ctx: RequestContext,
  fiscalYear: number,
  indicator: ProgressIndicator,
  change: { include: true; sortOrder: number } | { include: false },
): Promise<ProgressIndicatorYear> {
  const { from, rows: current } = await setRowsOf(manager, fiscalYear);
  const before = codesInUse(current);
  let rows = current;
  if (from !== fiscalYear) {
    rows = current.map((row) => ({ ...row, fiscalYear }));
    if (rows.length) await manager.insert(ProgressIndicatorYear, rows);
  }
  const row = rows.find((r) => r.indicatorCode === indicator.code);
  if (!change.include && (!row || row.retiredAt !== null)) {
    throw badInput("code", `${indicator.code} is not in the set of FY ${fiscalYear}`, {
      messageTh: `ตัวชี้วัด "${indicator.nameTh}" ไม่อยู่ในชุดตัวชี้วัดของปีงบประมาณ ${fiscalYear}`,
    });
  }
  const next: ProgressIndicatorYear = change.include
    ? { fiscalYear, indicatorCode: indicator.code, sortOrder: change.sortOrder, retiredAt: null }
    : { ...row!, retiredAt: new Date() };
  await manager.save(ProgressIndicatorYear, next);
  const after = codesInUse(await manager.find(ProgressIndicatorYear, { where: { fiscalYear }, order: { sortOrder: "ASC", indicatorCode: "ASC" } }));
  await recordHistory(manager, ctx, {
    entityName: "ProgressIndicatorSet",
    entityId: String(fiscalYear),
    action: change.include ? "ADD" : "RETIRE",
    before: { fiscalYear, indicatorCodes: before, ...(from !== fiscalYear ? { inheritedFrom: from } : {}) },
    after: { fiscalYear, indicatorCodes: after, changed: indicator.code },
  });
  return next;
}

/** Runs a change of a year's set; two admins starting the same year's set at once: CONFLICT for the second. */
export async function yearSetTransaction<T>(ctx: RequestContext, fiscalYear: number, work: (manager: EntityManager) => Promise<T>): Promise<T> {
  try {
    return await writeTransaction(ctx.dataSource, work);
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    throw conflict(`The indicator set of FY ${fiscalYear} changed meanwhile; read it again`, {
      field: "fiscalYear",
      messageTh: `ชุดตัวชี้วัดของปีงบประมาณ ${fiscalYear} เพิ่งถูกแก้ไข โปรดโหลดใหม่แล้วลองอีกครั้ง`,
    });
  }
}

/**
 * The progress indicators: a catalogue (what can be measured, with units) and, per fiscal year, the set
 * the year's reports carry values for. The catalogue's `active` retires an indicator from every year.
 */
export const progressIndicatorService = {
  /** A catalogue indicator by code, batched over the request (a report value's indicator). */
  indicator(ctx: RequestContext, code: string): Promise<ProgressIndicator | null> {
    return ctx.loaders
      .get<string, ProgressIndicator | null>("progressIndicator", async (codes) =>
        byKey(codes, await ctx.dataSource.manager.findBy(ProgressIndicator, { code: In([...codes]) }), (i) => i.code),
      )
      .load(code);
  },

  /** Without a year the catalogue (retired ones when asked); with one, the set that year reports on, in its order. */
  async list(ctx: RequestContext, includeRetired: boolean, fiscalYear?: number | null): Promise<ProgressIndicator[]> {
    const manager = ctx.dataSource.manager;
    if (fiscalYear === undefined || fiscalYear === null) {
      return manager.find(ProgressIndicator, { where: includeRetired ? {} : { active: true }, order: { sortOrder: "ASC", code: "ASC" } });
    }
    return withCatalogue(manager, (await setRowsOf(manager, fiscalYear)).rows, includeRetired);
  },

  /** The indicators a report of `fiscalYear` may carry values for, by code (and the whole catalogue, to name the others). */
  async usable(manager: EntityManager, fiscalYear: number): Promise<{ usable: Set<string>; catalogue: Map<string, ProgressIndicator> }> {
    const catalogue = new Map((await manager.find(ProgressIndicator)).map((i) => [i.code, i]));
    const inSet = codesInUse((await setRowsOf(manager, fiscalYear)).rows);
    return { usable: new Set(inSet.filter((code) => catalogue.get(code)?.active)), catalogue };
  },

  /** The indicators of a year's own set in use (none when it reports on an earlier year's), in its order. */
  async ownSet(manager: EntityManager, fiscalYear: number): Promise<ProgressIndicator[]> {
    const rows = await manager.find(ProgressIndicatorYear, {
      where: { fiscalYear, retiredAt: IsNull() },
      order: { sortOrder: "ASC", indicatorCode: "ASC" },
    });
    return withCatalogue(manager, rows, false);
  },

  /** The set `fiscalYear` reports on (its own or inherited), in use only, in its order. */
  async setOf(manager: EntityManager, fiscalYear: number): Promise<ProgressIndicator[]> {
    return withCatalogue(manager, (await setRowsOf(manager, fiscalYear)).rows, false);
  },

  /** Writes `indicators` (in their order) as the set of `fiscalYear`, which has none in use, in the caller's transaction. */
  async writeSet(manager: EntityManager, fiscalYear: number, indicators: ProgressIndicator[]): Promise<void> {
    const rows = indicators.map((i) => ({ fiscalYear, indicatorCode: i.code, sortOrder: i.sortOrder, retiredAt: null }));
    // A retired row of the target year comes back into use; the others are new.
    if (rows.length) await manager.save(ProgressIndicatorYear, rows);
  },

  /** Adds a catalogue indicator or changes one; with a fiscal year it is also put into that year's set. */
  async save(ctx: RequestContext, input: ProgressIndicatorInput, fiscalYear?: number | null): Promise<ProgressIndicator> {
    return yearSetTransaction(ctx, fiscalYear ?? 0, async (manager) => {
      const before = await manager.findOneBy(ProgressIndicator, { code: input.code });
      if (before && before.kind !== input.kind && (await manager.countBy(ProgressReportValue, { indicatorCode: input.code })) > 0) {
        throw badInput("input.kind", "An indicator that reports already use keeps its kind", {
          messageTh: "ตัวชี้วัดที่มีรายงานใช้แล้ว เปลี่ยนชนิด (จำนวนนับ/จำนวนเงิน) ไม่ได้",
        });
      }
      const after = Object.assign(new ProgressIndicator(), { ...input });
      await manager.save(ProgressIndicator, after);
      await recordHistory(manager, ctx, {
        entityName: "ProgressIndicator",
        entityId: input.code,
        action: before ? "UPDATE" : "CREATE",
        before,
        after,
      });
      if (fiscalYear === undefined || fiscalYear === null) return after;
      return inYear(after, await changeYearSet(manager, ctx, fiscalYear, after, { include: true, sortOrder: input.sortOrder }));
    });
  },

  /** Puts a catalogue indicator into a year's set (again); one already in it stays as it is. */
  async addToYear(ctx: RequestContext, fiscalYear: number, code: string): Promise<ProgressIndicator> {
    return yearSetTransaction(ctx, fiscalYear, async (manager) => {
      const indicator = await manager.findOneBy(ProgressIndicator, { code });
      if (!indicator) throw unknownIndicator(code);
      if (!indicator.active) {
        throw badInput("code", `${code} is retired from every year; save it as active first`, {
          messageTh: `ตัวชี้วัด "${indicator.nameTh}" เลิกใช้แล้วทุกปีงบประมาณ`,
        });
      }
      const present = (await setRowsOf(manager, fiscalYear)).rows.find((row) => row.indicatorCode === code && row.retiredAt === null);
      if (present) return inYear(indicator, present);
      return inYear(indicator, await changeYearSet(manager, ctx, fiscalYear, indicator, { include: true, sortOrder: indicator.sortOrder }));
    });
  },

  /** Retires an indicator from a year's set: the year's reports keep their values of it, new ones are refused. */
  async retireFromYear(ctx: RequestContext, fiscalYear: number, code: string): Promise<ProgressIndicator> {
    return yearSetTransaction(ctx, fiscalYear, async (manager) => {
      const indicator = await manager.findOneBy(ProgressIndicator, { code });
      if (!indicator) throw unknownIndicator(code);
      return inYear(indicator, await changeYearSet(manager, ctx, fiscalYear, indicator, { include: false }));
    });
  },
};
