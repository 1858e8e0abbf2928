import crypto from "node:crypto";
import {
  type FiscalYearSetupItem,
  type RequestContext,
  DomainError,
  Role,
  requireLaterFiscalYear,
  conflict,
  queryPeer,
  recordHistory,
  requireRole,
  setupItem,
  writeTransaction,
} from "@change-leaders/common";
import { type EntityManager, IsNull } from "typeorm";
import { InspectionRegion, InspectionRegionProvince } from "../region/region.entity";
import { regionNameTh } from "../region/region.data";
import { regionService } from "../region/region.service";
import { Inspector } from "../staff/inspector.entity";
import type { FiscalYearSetup, FiscalYearSetupReport } from "./fiscal-year-setup.types";

const ITEM = "kind key nameTh";

/** The parts of a year's set-up the other subgraphs hold, each read and copied by its own owner. */
const PEER_PARTS = [
  {
    peer: "activities",
    read: `query($fy:Int!){ part: activitiesYearSetup(fiscalYear:$fy){ ${ITEM} } }`,
    copy: `mutation($from:Int!,$to:Int!,$dry:Boolean!){ part: copyActivitiesYearSetup(fromFiscalYear:$from,toFiscalYear:$to,dryRun:$dry){ ${ITEM} } }`,
  },
  {
    peer: "evaluation",
    read: `query($fy:Int!){ part: evaluationYearSetup(fiscalYear:$fy){ ${ITEM} } }`,
    copy: `mutation($from:Int!,$to:Int!,$dry:Boolean!){ part: copyEvaluationYearSetup(fromFiscalYear:$from,toFiscalYear:$to,dryRun:$dry){ ${ITEM} } }`,
  },
] as const;

interface Part {
  part: FiscalYearSetupItem[];
}

/** What people holds of a year's set-up: its regions in use and the inspectors assigned to them. */
async function peopleItems(ctx: RequestContext, fiscalYear: number): Promise<FiscalYearSetupItem[]> {
  const regions = await regionService.ofFiscalYear(ctx, fiscalYear);
  const inspectors = await ctx.dataSource.manager.find(Inspector, {
    where: { fiscalYear },
    order: { regionCode: "ASC", lastName: "ASC", id: "ASC" },
  });
  return [
    ...regions.map((region) => setupItem("INSPECTION_REGION", region.code, region.nameTh)),
    ...inspectors.map((inspector) =>
      setupItem(
        "INSPECTOR",
        `${inspector.regionCode}:${inspector.accountId ?? inspector.id}`,
        `${inspector.title}${inspector.firstName} ${inspector.lastName} (${regionNameTh(inspector.regionCode)})`,
      ),
    ),
  ];
}

/** Copies people's part of the year `from` into the year `to` (which has none), in the caller's transaction. */
async function copyPeoplePart(manager: EntityManager, from: number, to: number): Promise<void> {
  const regions = await manager.find(InspectionRegion, { where: { fiscalYear: from, retiredAt: IsNull() } });
  if (regions.length === 0) return;
  const codes = new Set(regions.map((region) => region.code));
  const provinces = (await manager.findBy(InspectionRegionProvince, { fiscalYear: from })).filter((row) => codes.has(row.regionCode));
  const inspectors = await manager.findBy(Inspector, { fiscalYear: from });
  await manager.insert(
    InspectionRegion,
    regions.map((region) => ({ ...region, fiscalYear: to, retiredAt: null })),
  );
  if (provinces.length)
    await manager.insert(
      InspectionRegionProvince,
      provinces.map((row) => ({ ...row, fiscalYear: to })),
    );
  if (inspectors.length)
    await manager.insert(
      Inspector,
      inspectors.map((inspector) => ({ ...inspector, id: crypto.randomUUID(), fiscalYear: to })),
    );
}

/** Everything the three subgraphs hold of a year's set-up, people's part first. */
async function setupItems(ctx: RequestContext, fiscalYear: number): Promise<FiscalYearSetupItem[]> {
  const [own, ...peers] = await Promise.all([
    peopleItems(ctx, fiscalYear),
    ...PEER_PARTS.map(async ({ peer, read }) => (await queryPeer<Part>(ctx, peer, read, { fy: fiscalYear })).part),
  ]);
  return [...own!, ...peers.flat()];
}

/**
 * A fiscal year's set-up as one thing (SPEC section 6, `copyFiscalYearSetup`): people holds regions and
 * inspectors, activities the progress indicators, evaluation the rubrics and award amounts; this asks
 * each owner for its part, as the admin who asked.
 */
export const fiscalYearSetupService = {
  async ofYear(ctx: RequestContext, fiscalYear: number): Promise<FiscalYearSetup> {
    requireRole(ctx, Role.ADMIN);
    const items = await setupItems(ctx, fiscalYear);
    const missing = await regionService.provincesWithoutRegion(ctx, fiscalYear);
    return { fiscalYear, items, provincesWithoutRegion: missing.map((province) => province.code) };
  },

  /**
   * Copies one year's set-up into a next year that has none: refused (CONFLICT, with the list of what
   * exists) when the target year holds any of it. The dry run asks every owner what it would make and
   * changes nothing. People's part is written first; should an owner fail after that, the error names
   * what was copied, and the rest can be set up by hand (each part is refused once it exists).
   */
  async copy(ctx: RequestContext, from: number, to: number, dryRun: boolean): Promise<FiscalYearSetupReport> {
    requireRole(ctx, Role.ADMIN);
    requireLaterFiscalYear(from, to);
    const existing = await setupItems(ctx, to);
    if (existing.length > 0) {
      throw conflict(`FY ${to} already has set-up (${existing.length} items); nothing was copied`, {
        field: "toFiscalYear",
        existing,
        messageTh: `ปีงบประมาณ ${to} มีการตั้งค่าแล้ว ${existing.length} รายการ จึงไม่ได้คัดลอก`,
      });
    }
    const source = await peopleItems(ctx, from);
    const items = [...source];
    if (!dryRun) {
      await writeTransaction(ctx.dataSource, async (manager) => {
        await copyPeoplePart(manager, from, to);
        await recordHistory(manager, ctx, {
          entityName: "FiscalYearSetup",
          entityId: String(to),
          action: "COPY",
          after: { fromFiscalYear: from, toFiscalYear: to, items: source },
        });
      });
    }
    for (const { peer, copy } of PEER_PARTS) {
      try {
        items.push(...(await queryPeer<Part>(ctx, peer, copy, { from, to, dry: dryRun })).part);
      } catch (error) {
        if (dryRun) throw error;
        const code = error instanceof DomainError ? (error.extensions.code as never) : "SUBGRAPH_UNAVAILABLE";
        throw new DomainError(code, `Copied ${items.length} items of FY ${from} into FY ${to}, then ${peer} failed: ${(error as Error).message}`, {
          service: peer,
          copied: items,
          messageTh: `คัดลอกได้ ${items.length} รายการ แล้วระบบ${peer === "activities" ? "กิจกรรม" : "ประเมินผล"}ขัดข้อง โปรดตั้งค่าส่วนที่เหลือของปีงบประมาณ ${to}`,
        });
      }
    }
    const missing = dryRun ? [] : (await regionService.provincesWithoutRegion(ctx, to)).map((province) => province.code);
    return { fromFiscalYear: from, toFiscalYear: to, dryRun, items, provincesWithoutRegion: missing };
  },
};
