import crypto from "node:crypto";
import {
  type Page,
  type PageInput,
  type RequestContext,
  DomainError,
  badInput,
  byKey,
  childPageLoader,
  conflict,
  fiscalYearOf,
  groupByKey,
  isUniqueViolation,
  notFound,
  recordHistory,
  requireIdentity,
  writeTransaction,
  requiredReason,
  requireSecondPerson,
  type FourEyesStep,
  provinceScope,
} from "@change-leaders/common";
import { type EntityManager, In } from "typeorm";
import { mayRead, provinceOfTambon, requireHttpUrl, requireWriteAccess } from "../access/access";
import { requireKnownPlaces } from "../access/people.peer";
import { Event, EventKind } from "../event/event.entity";
import { IndicatorKind } from "./progress-indicator.entity";
import { progressIndicatorService } from "./progress-indicator.service";
import { ProgressReport, ProgressReportStatus, ProgressReportValue } from "./progress-report.entity";
import type { IndicatorValueInput, ProgressReportFilter, ProgressReportInput, ProgressReportUpdateInput } from "./progress-report.inputs";
import { type ProgressReportAction, nextProgressReportStatus } from "./progress-report.transitions";

/** Checks indicator values against the set of the report's fiscal year; the rows to store. */
async function checkValues(
  manager: EntityManager,
  fiscalYear: number,
  reportId: string,
  values: IndicatorValueInput[],
): Promise<ProgressReportValue[]> {
  const { usable, catalogue } = await progressIndicatorService.usable(manager, fiscalYear);
  const seen = new Set<string>();
  return values.map((value, i) => {
    const field = `input.indicators.${i}`;
    const indicator = catalogue.get(value.indicatorCode);
    if (!indicator) {
      throw badInput(`${field}.indicatorCode`, `There is no indicator ${value.indicatorCode}`, { messageTh: `ไม่มีตัวชี้วัดรหัส ${value.indicatorCode}` });
    }
    if (!usable.has(indicator.code)) {
      throw badInput(`${field}.indicatorCode`, `${indicator.code} is not in the indicator set of FY ${fiscalYear}`, {
        messageTh: `ตัวชี้วัด "${indicator.nameTh}" ไม่อยู่ในชุดตัวชี้วัดของปีงบประมาณ ${fiscalYear}`,
      });
    }
    if (seen.has(indicator.code)) {
      throw badInput(`${field}.indicatorCode`, `Indicator ${indicator.code} is given twice`, { messageTh: `ตัวชี้วัด "${indicator.nameTh}" ซ้ำกัน` });
    }
    seen.add(indicator.code);
    if (indicator.kind === IndicatorKind.MONEY) {
      if (value.amount === undefined || value.amount === null) {
        throw badInput(`${field}.amount`, `${indicator.code} is an amount in baht`, { messageTh: `"${indicator.nameTh}" เป็นจำนวนเงิน (บาท)` });
      }
      if (value.amount < 0n) throw badInput(`${field}.amount`, "An amount cannot be negative", { messageTh: "จำนวนเงินติดลบไม่ได้" });
      return Object.assign(new ProgressReportValue(), { reportId, indicatorCode: indicator.code, quantity: null, amount: value.amount });
    }
    if (value.quantity === undefined || value.quantity === null) {
      throw badInput(`${field}.quantity`, `${indicator.code} is a count`, { messageTh: `"${indicator.nameTh}" เป็นจำนวนนับ` });
    }
    if (value.quantity < 0) throw badInput(`${field}.quantity`, "A count cannot be negative", { messageTh: "จำนวนติดลบไม่ได้" });
    return Object.assign(new ProgressReportValue(), { reportId, indicatorCode: indicator.code, quantity: value.quantity, amount: null });
  });
}

/** A report moved into another fiscal year keeps its values only when that year's set has them all. */
async function checkKeptValues(manager: EntityManager, fiscalYear: number, values: ProgressReportValue[]): Promise<void> {
  const { usable, catalogue } = await progressIndicatorService.usable(manager, fiscalYear);
  const outside = values.find((v) => !usable.has(v.indicatorCode));
  if (!outside) return;
  const name = catalogue.get(outside.indicatorCode)?.nameTh ?? outside.indicatorCode;
  throw badInput("input.periodStart", `The report's value of ${outside.indicatorCode} is not in the indicator set of FY ${fiscalYear}`, {
    messageTh: `รายงานมีค่าตัวชี้วัด "${name}" ซึ่งไม่อยู่ในชุดตัวชี้วัดของปีงบประมาณ ${fiscalYear} โปรดแก้ตัวชี้วัดพร้อมกัน`,
  });
}

const fiscalYearOfDay = (day: string) => fiscalYearOf(new Date(`${day}T00:00:00Z`));

/** What a tambon's second report of the same period is told: that one is there, and what to do instead. */
const PERIOD_TAKEN_TH = "ตำบลนี้มีรายงานของช่วงเวลานี้แล้ว เปิดรายงานเดิมเพื่อแก้ไข หรือเลือกช่วงเวลาอื่น";

function checkPeriod(periodStart: string, periodEnd: string) {
  if (periodEnd < periodStart)
    throw badInput("input.periodEnd", "The period ends before it starts", { messageTh: "วันสิ้นสุดต้องไม่ก่อนวันเริ่มต้นของช่วงที่รายงาน" });
}

function checkLinks(links: string[]): string[] {
  return links.map((link, i) => requireHttpUrl(link.trim(), `input.evidenceLinks.${i}`));
}

const snapshot = (report: ProgressReport, values: ProgressReportValue[]) => ({
  ...report,
  indicators: values.map((v) => ({ indicatorCode: v.indicatorCode, quantity: v.quantity, amount: v.amount })),
});

/** Four eyes: a report is accepted or returned by another account than the one that submitted it. */
const ACCEPTING: FourEyesStep = {
  step: "accept",
  firstStep: "submitted",
  messageTh: "หลักการสี่ตา: ผู้ส่งรายงานไม่สามารถรับรองรายงานของตนเองได้ ต้องให้ผู้อื่นเป็นผู้รับรอง",
};
const RETURNING: FourEyesStep = {
  step: "return",
  firstStep: "submitted",
  messageTh: "หลักการสี่ตา: ผู้ส่งรายงานไม่สามารถส่งคืนรายงานของตนเองได้ ต้องให้ผู้อื่นเป็นผู้ตรวจ",
};

export const progressReportService = {
  /** A progress report by id, batched over the request; no access rules (findReadable applies them). */
  find(ctx: RequestContext, id: string): Promise<ProgressReport | null> {
    return ctx.loaders
      .get<string, ProgressReport | null>("progressReport", async (ids) =>
        byKey(ids, await ctx.dataSource.manager.findBy(ProgressReport, { id: In([...ids]) }), (r) => r.id),
      )
      .load(id);
  },

  /** A progress report by id when the caller may read it (officers: their province's); null otherwise. */
  async findReadable(ctx: RequestContext, id: string): Promise<ProgressReport | null> {
    const report = await this.find(ctx, id);
    return report && mayRead(ctx, report.provinceCode) ? report : null;
  },

  async list(ctx: RequestContext, filter: ProgressReportFilter | undefined, page: PageInput): Promise<Page<ProgressReport>> {
    const query = ctx.dataSource.manager.createQueryBuilder(ProgressReport, "report");
    const scope = provinceScope(ctx);
    if (scope) query.andWhere("report.provinceCode = :scope", { scope });
    if (filter?.provinceCode) query.andWhere("report.provinceCode = :provinceCode", { provinceCode: filter.provinceCode });
    if (filter?.tambonCode) query.andWhere("report.tambonCode = :tambonCode", { tambonCode: filter.tambonCode });
    if (filter?.fiscalYear) query.andWhere("report.fiscalYear = :fiscalYear", { fiscalYear: filter.fiscalYear });
    if (filter?.status) query.andWhere("report.status = :status", { status: filter.status });
    if (filter?.eventId) query.andWhere("report.eventId = :eventId", { eventId: filter.eventId });
    const [nodes, totalCount] = await query
      .orderBy("report.periodStart", "DESC")
      .addOrderBy("report.tambonCode")
      .addOrderBy("report.id")
      .skip(page.offset)
      .take(page.limit)
      .getManyAndCount();
    return { nodes, totalCount };
  },

  /** A page of a tambon's reports, latest period first, batched over the request's tambons. */
  ofTambon(ctx: RequestContext, tambonCode: string, page: PageInput): Promise<Page<ProgressReport>> {
    if (!mayRead(ctx, provinceOfTambon(tambonCode))) return Promise.resolve({ nodes: [], totalCount: 0 });
    return childPageLoader(
      ctx,
      "progressReportsOfTambon",
      { entity: ProgressReport, parentProperty: "tambonCode", orderBy: [{ property: "periodStart", direction: "DESC" }] },
      page,
    ).load(tambonCode);
  },

  /** A report's indicator values in the indicators' order, batched over the request's reports. */
  values(ctx: RequestContext, reportId: string): Promise<ProgressReportValue[]> {
    return ctx.loaders
      .get<string, ProgressReportValue[]>("progressReportValues", async (ids) =>
        groupByKey(ids, await ctx.dataSource.manager.findBy(ProgressReportValue, { reportId: In([...ids]) }), (v) => v.reportId),
      )
      .load(reportId);
  },

  async create(ctx: RequestContext, input: ProgressReportInput): Promise<ProgressReport> {
    const provinceCode = provinceOfTambon(input.tambonCode);
    requireWriteAccess(ctx, provinceCode);
    checkPeriod(input.periodStart, input.periodEnd);
    const evidenceLinks = checkLinks(input.evidenceLinks ?? []);
    if (input.eventId) {
      const event = await ctx.dataSource.manager.findOneBy(Event, { id: input.eventId });
      if (!event || event.kind !== EventKind.FOOD_SECURITY) throw badInput("input.eventId", "There is no food-security event with this id");
    }
    const id = crypto.randomUUID();
    const values = await checkValues(ctx.dataSource.manager, fiscalYearOfDay(input.periodStart), id, input.indicators ?? []);
    await requireKnownPlaces(ctx, { tambons: { codes: [input.tambonCode], field: "input.tambonCode" } });
    return writeTransaction(ctx.dataSource, async (manager) => {
      const clash = await manager.findOneBy(ProgressReport, {
        tambonCode: input.tambonCode,
        periodStart: input.periodStart,
        periodEnd: input.periodEnd,
      });
      if (clash)
        throw conflict("This tambon has a report for this period already", { field: "input.periodStart", messageTh: PERIOD_TAKEN_TH, id: clash.id });
      const report = manager.create(ProgressReport, {
        id,
        tambonCode: input.tambonCode,
        provinceCode,
        eventId: input.eventId ?? null,
        fiscalYear: fiscalYearOfDay(input.periodStart),
        periodStart: input.periodStart,
        periodEnd: input.periodEnd,
        narrative: input.narrative.trim(),
        evidenceLinks,
        status: ProgressReportStatus.DRAFT,
        returnReason: null,
        submittedAt: null,
        submittedBy: null,
        decidedAt: null,
        decidedBy: null,
      });
      await manager.insert(ProgressReport, report).catch((error: unknown) => {
        if (isUniqueViolation(error))
          throw conflict("This tambon has a report for this period already", { field: "input.periodStart", messageTh: PERIOD_TAKEN_TH });
        throw error;
      });
      if (values.length) await manager.insert(ProgressReportValue, values);
      const saved = await manager.findOneByOrFail(ProgressReport, { id });
      await recordHistory(manager, ctx, { entityName: "ProgressReport", entityId: id, action: "CREATE", after: snapshot(saved, values) });
      return saved;
    });
  },

  /** The report for a change by the caller: NOT_FOUND when absent or out of sight, FORBIDDEN when not theirs to change. */
  async forChange(ctx: RequestContext, manager: EntityManager, id: string): Promise<{ report: ProgressReport; values: ProgressReportValue[] }> {
    const report = await manager.findOneBy(ProgressReport, { id });
    if (!report || !mayRead(ctx, report.provinceCode)) throw notFound("ProgressReport", id);
    requireWriteAccess(ctx, report.provinceCode);
    return { report, values: await manager.findBy(ProgressReportValue, { reportId: id }) };
  },

  async update(ctx: RequestContext, id: string, input: ProgressReportUpdateInput, expectedVersion?: number | null): Promise<ProgressReport> {
    const evidenceLinks = input.evidenceLinks ? checkLinks(input.evidenceLinks) : undefined;
    return writeTransaction(ctx.dataSource, async (manager) => {
      const { report: before, values: valuesBefore } = await this.forChange(ctx, manager, id);
      nextProgressReportStatus(before.status, "EDIT");
      const periodStart = input.periodStart ?? before.periodStart;
      const periodEnd = input.periodEnd ?? before.periodEnd;
      checkPeriod(periodStart, periodEnd);
      const fiscalYear = fiscalYearOfDay(periodStart);
      const values = input.indicators ? await checkValues(manager, fiscalYear, id, input.indicators) : undefined;
      if (!values && fiscalYear !== before.fiscalYear) await checkKeptValues(manager, fiscalYear, valuesBefore);
      const changes: Partial<ProgressReport> = {
        periodStart,
        periodEnd,
        fiscalYear,
        narrative: input.narrative?.trim() ?? before.narrative,
        evidenceLinks: evidenceLinks ?? before.evidenceLinks,
      };
      const result = await manager
        .createQueryBuilder()
        .update(ProgressReport)
        .set(changes)
        .where("id = :id AND version = :version AND status = :status", { id, version: expectedVersion ?? before.version, status: before.status })
        .execute()
        .catch((error: unknown) => {
          if (isUniqueViolation(error))
            throw conflict("This tambon has a report for this period already", { field: "input.periodStart", messageTh: PERIOD_TAKEN_TH });
          throw error;
        });
      if (!result.affected) throw conflict("The report changed since you read it", { field: "expectedVersion", version: before.version });
      if (values) {
        await manager.delete(ProgressReportValue, { reportId: id });
        if (values.length) await manager.insert(ProgressReportValue, values);
      }
      const after = await manager.findOneByOrFail(ProgressReport, { id });
      await recordHistory(manager, ctx, {
        entityName: "ProgressReport",
        entityId: id,
        action: "UPDATE",
        before: snapshot(before, valuesBefore),
        after: snapshot(after, values ?? valuesBefore),
      });
      return after;
    });
  },

  /** Moves a report along the workflow table; the status it had is checked again by the UPDATE itself. */
  async transition(ctx: RequestContext, id: string, action: Exclude<ProgressReportAction, "EDIT">, reason?: string): Promise<ProgressReport> {
    const identity = requireIdentity(ctx);
    const returnReason = action === "RETURN" ? requiredReason(reason, "Say why the report is returned") : undefined;
    return writeTransaction(ctx.dataSource, async (manager) => {
      const { report: before, values } = await this.forChange(ctx, manager, id);
      const status = nextProgressReportStatus(before.status, action);
      if (action !== "SUBMIT") requireSecondPerson(ctx, before.submittedBy, action === "ACCEPT" ? ACCEPTING : RETURNING);
      const now = new Date();
      const changes: Partial<ProgressReport> =
        action === "SUBMIT"
          ? { status, submittedAt: now, submittedBy: identity.id }
          : { status, decidedAt: now, decidedBy: identity.name, ...(returnReason ? { returnReason } : {}) };
      const result = await manager
        .createQueryBuilder()
        .update(ProgressReport)
        .set(changes)
        .where("id = :id AND status = :status", { id, status: before.status })
        .execute();
      if (!result.affected) throw new DomainError("INVALID_TRANSITION", "The report's status changed meanwhile; read it again");
      const after = await manager.findOneByOrFail(ProgressReport, { id });
      await recordHistory(manager, ctx, {
        entityName: "ProgressReport",
        entityId: id,
        action,
        before: snapshot(before, values),
        after: snapshot(after, values),
      });
      return after;
    });
  },
};
