import {
  type RequestContext,
  Role,
  badInput,
  conflict,
  groupByKey,
  isUniqueViolation,
  notFound,
  recordHistory,
  requireIdentity,
  requireRole,
  writeTransaction,
} from "@change-leaders/common";
import { type EntityManager, In, IsNull } from "typeorm";
import { Province } from "../geography/province.entity";
import { Inspector } from "../staff/inspector.entity";
import { regionNameTh } from "./region.data";
import { InspectionRegion, InspectionRegionProvince } from "./region.entity";
import type { InspectionRegionInput } from "./region.inputs";

const byNumber = (a: InspectionRegion, b: InspectionRegion) => Number(a.code) - Number(b.code) || a.code.localeCompare(b.code);

/** A region as history keeps it: its names and provinces. */
const snapshot = (region: InspectionRegion, provinceCodes: string[]) => ({ ...region, provinceCodes });

async function provinceCodesOf(manager: EntityManager, fiscalYear: number, regionCode: string): Promise<string[]> {
  const rows = await manager.find(InspectionRegionProvince, { where: { fiscalYear, regionCode }, order: { provinceCode: "ASC" } });
  return rows.map((row) => row.provinceCode);
}

/** BAD_USER_INPUT on input.provinceCodes when a province is already in another region of the year. */
function provinceTaken(province: Province | undefined, code: string, fiscalYear: number, regionCode: string) {
  const name = province?.nameTh ?? code;
  return badInput(
    "input.provinceCodes",
    `Province ${code} is already in inspection region ${regionCode} of FY ${fiscalYear}; save that region without it first`,
    {
      messageTh: `จังหวัด${name} อยู่ใน${regionNameTh(regionCode)} ของปีงบประมาณ ${fiscalYear} แล้ว โปรดนำออกจากเขตนั้นก่อน`,
    },
  );
}

/** Inspection regions: reference data readable by every authenticated caller, set up per fiscal year by admins. */
export const regionService = {
  /** The regions of a fiscal year in use (retired ones left out), by number. */
  async ofFiscalYear(ctx: RequestContext, fiscalYear: number): Promise<InspectionRegion[]> {
    requireIdentity(ctx);
    const regions = await ctx.dataSource.manager.findBy(InspectionRegion, { fiscalYear, retiredAt: IsNull() });
    return regions.sort(byNumber);
  },

  /** The province codes of a region, batched over every region of the request. */
  provinceCodes(ctx: RequestContext, region: Pick<InspectionRegion, "fiscalYear" | "code">): Promise<string[]> {
    return ctx.loaders
      .get<string, string[]>("regionProvinces", async (keys) => {
        const years = [...new Set(keys.map((key) => Number(key.split(":")[0])))];
        const rows = await ctx.dataSource.manager.find(InspectionRegionProvince, {
          where: { fiscalYear: In(years) },
          order: { provinceCode: "ASC" },
        });
        return groupByKey(keys, rows, (row) => `${row.fiscalYear}:${row.regionCode}`).map((list) => list.map((row) => row.provinceCode));
      })
      .load(`${region.fiscalYear}:${region.code}`);
  },

  /** The provinces no region of the year groups: empty when the year's table covers the country. */
  async provincesWithoutRegion(ctx: RequestContext, fiscalYear: number): Promise<Province[]> {
    requireIdentity(ctx);
    return ctx.dataSource.manager
      .createQueryBuilder(Province, "province")
      .where("province.code NOT IN (SELECT irp.province_code FROM inspection_region_province irp WHERE irp.fiscal_year = :fiscalYear)", {
        fiscalYear,
      })
      .orderBy("province.code")
      .getMany();
  },

  /**
   * The provinces the calling inspector inspects in a fiscal year: those of the regions they are
   * assigned to that year (SPEC section 2, inspectors per fiscal year). Other roles: FORBIDDEN.
   */
  async inspectedProvinces(ctx: RequestContext, fiscalYear: number): Promise<string[]> {
    const identity = requireRole(ctx, Role.INSPECTOR);
    const rows = await ctx.dataSource.manager
      .createQueryBuilder(InspectionRegionProvince, "irp")
      .innerJoin(Inspector, "inspector", "inspector.fiscal_year = irp.fiscal_year AND inspector.region_code = irp.region_code")
      .innerJoin(InspectionRegion, "region", "region.fiscal_year = irp.fiscal_year AND region.code = irp.region_code AND region.retired_at IS NULL")
      .where("irp.fiscal_year = :fiscalYear AND inspector.account_id = :accountId", { fiscalYear, accountId: identity.id })
      .orderBy("irp.province_code")
      .getMany();
    return [...new Set(rows.map((row) => row.provinceCode))];
  },

  /**
   * Saves a region of a fiscal year (new, changed or back from retirement) with exactly the provinces
   * given. A province is in one region of a year: one already in another region is refused, and the
   * table's key keeps it so when two admins save at once.
   */
  async save(ctx: RequestContext, input: InspectionRegionInput): Promise<InspectionRegion> {
    requireRole(ctx, Role.ADMIN);
    const provinceCodes = [...new Set(input.provinceCodes)].sort();
    if (provinceCodes.length !== input.provinceCodes.length) {
      throw badInput("input.provinceCodes", "A province is named twice", { messageTh: "มีจังหวัดซ้ำในรายการ" });
    }
    const { fiscalYear, code } = input;
    try {
      return await writeTransaction(ctx.dataSource, async (manager) => {
        const provinces = new Map((await manager.findBy(Province, { code: In(provinceCodes) })).map((p) => [p.code, p]));
        const unknown = provinceCodes.find((c) => !provinces.has(c));
        if (unknown) throw badInput("input.provinceCodes", `Province ${unknown} does not exist`, { messageTh: `ไม่พบจังหวัดรหัส ${unknown}` });
        const elsewhere = await manager.findOne(InspectionRegionProvince, {
          where: { fiscalYear, provinceCode: In(provinceCodes) },
          order: { provinceCode: "ASC" },
        });
        const others = elsewhere && elsewhere.regionCode !== code ? elsewhere : null;
        if (others) throw provinceTaken(provinces.get(others.provinceCode), others.provinceCode, fiscalYear, others.regionCode);
        const before = await manager.findOneBy(InspectionRegion, { fiscalYear, code });
        const beforeProvinces = before ? await provinceCodesOf(manager, fiscalYear, code) : [];
        const region = manager.create(InspectionRegion, {
          fiscalYear,
          code,
          nameTh: input.nameTh.trim(),
          nameEn: input.nameEn.trim(),
          retiredAt: null,
        });
        await manager.save(InspectionRegion, region);
        await manager.delete(InspectionRegionProvince, { fiscalYear, regionCode: code });
        await manager.insert(
          InspectionRegionProvince,
          provinceCodes.map((provinceCode) => ({ fiscalYear, regionCode: code, provinceCode })),
        );
        await recordHistory(manager, ctx, {
          entityName: "InspectionRegion",
          entityId: `${fiscalYear}:${code}`,
          action: before ? "UPDATE" : "CREATE",
          before: before ? snapshot(before, beforeProvinces) : null,
          after: snapshot(region, provinceCodes),
        });
        return region;
      });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      // Another admin put one of these provinces into another region between our check and our insert.
      const taken = await ctx.dataSource.manager.findOne(InspectionRegionProvince, { where: { fiscalYear, provinceCode: In(provinceCodes) } });
      throw provinceTaken(undefined, taken?.provinceCode ?? provinceCodes[0]!, fiscalYear, taken?.regionCode ?? "?");
    }
  },

  /**
   * Retires a region from its year: its provinces are free for another region, the region itself is
   * kept (history and past reviews name it). Refused while inspectors are assigned to it.
   */
  async retire(ctx: RequestContext, fiscalYear: number, code: string): Promise<InspectionRegion> {
    requireRole(ctx, Role.ADMIN);
    return writeTransaction(ctx.dataSource, async (manager) => {
      const region = await manager.findOneBy(InspectionRegion, { fiscalYear, code });
      if (!region || region.retiredAt) throw notFound("Inspection region", `${code} of FY ${fiscalYear}`);
      const inspectors = await manager.countBy(Inspector, { fiscalYear, regionCode: code });
      if (inspectors > 0) {
        throw conflict(`${inspectors} inspector(s) are assigned to region ${code} in FY ${fiscalYear}; assign them elsewhere first`, {
          field: "code",
          messageTh: `${regionNameTh(code)} ยังมีผู้ตรวจราชการ ${inspectors} คนในปีงบประมาณ ${fiscalYear} โปรดย้ายไปเขตอื่นก่อน`,
        });
      }
      const provinceCodes = await provinceCodesOf(manager, fiscalYear, code);
      await manager.delete(InspectionRegionProvince, { fiscalYear, regionCode: code });
      const retired = { ...region, retiredAt: new Date() };
      await manager.update(InspectionRegion, { fiscalYear, code }, { retiredAt: retired.retiredAt });
      await recordHistory(manager, ctx, {
        entityName: "InspectionRegion",
        entityId: `${fiscalYear}:${code}`,
        action: "RETIRE",
        before: snapshot(region, provinceCodes),
        after: snapshot(retired, []),
      });
      return retired;
    });
  },
};
