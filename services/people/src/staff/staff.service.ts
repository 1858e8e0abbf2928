import crypto from "node:crypto";
import {
  type RequestContext,
  Role,
  badInput,
  byKey,
  conflict,
  groupByKey,
  provinceScope,
  recordHistory,
  requireIdentity,
  requireRole,
  writeTransaction,
} from "@change-leaders/common";
import { type EntityManager, In } from "typeorm";
import { Account } from "../account/account.entity";
import { District } from "../geography/district.entity";
import { Province } from "../geography/province.entity";
import { InspectionRegion } from "../region/region.entity";
import { Inspector } from "./inspector.entity";
import { OfficeLevel, Officer } from "./officer.entity";
import type { InspectorInput, OfficerFilter, OfficerInput } from "./staff.inputs";

/** Staff roles (everyone but partners) read staff records; admins create them. */
const STAFF_ROLES = [Role.ADMIN, Role.PROVINCE_OFFICER, Role.INSPECTOR, Role.JUDGE, Role.BUDGET_OFFICER, Role.EXECUTIVE];

async function checkAccount(manager: EntityManager, accountId: string | undefined, role: Role, matches: (account: Account) => boolean) {
  if (!accountId) return null;
  const account = await manager.findOneBy(Account, { id: accountId });
  if (!account || account.role !== role || !matches(account)) {
    throw badInput("input.accountId", `Account ${accountId} is not a ${role} login${role === Role.INSPECTOR ? "" : " of the same province"}`);
  }
  return account.id;
}

export const staffService = {
  officers(ctx: RequestContext, filter: OfficerFilter | undefined): Promise<Officer[]> {
    requireRole(ctx, ...STAFF_ROLES);
    const scope = provinceScope(ctx);
    if (scope !== null && filter?.provinceCode && filter.provinceCode !== scope) return Promise.resolve([]);
    const provinceCode = scope ?? filter?.provinceCode;
    return ctx.dataSource.manager.find(Officer, {
      where: provinceCode ? { provinceCode } : {},
      order: { provinceCode: "ASC", lastName: "ASC", id: "ASC" },
      take: 500,
    });
  },

  inspectors(ctx: RequestContext, fiscalYear: number): Promise<Inspector[]> {
    requireRole(ctx, ...STAFF_ROLES);
    return ctx.dataSource.manager.find(Inspector, { where: { fiscalYear }, order: { regionCode: "ASC", lastName: "ASC", id: "ASC" } });
  },

  /** An officer or inspector by id, for references from other subgraphs; null for partners. */
  findReadable<T extends Officer | Inspector>(ctx: RequestContext, entity: new () => T, id: string): Promise<T | null> {
    if (requireIdentity(ctx).role === Role.PARTNER) return Promise.resolve(null);
    return ctx.loaders
      .get<string, T | null>(`staff:${entity.name}`, async (ids) =>
        byKey(ids, (await ctx.dataSource.manager.findBy(entity, { id: In([...ids]) } as never)) as T[], (row) => row.id),
      )
      .load(id);
  },

  /** The officer and inspector records linked to a login, batched over every account of the request. */
  ofAccount<T extends Officer | Inspector>(ctx: RequestContext, entity: new () => T, accountId: string): Promise<T[]> {
    if (requireIdentity(ctx).role === Role.PARTNER) return Promise.resolve([]);
    return ctx.loaders
      .get<string, T[]>(`staffOfAccount:${entity.name}`, async (ids) =>
        groupByKey(
          ids,
          (await ctx.dataSource.manager.find(entity, { where: { accountId: In([...ids]) } as never, order: { id: "ASC" } as never })) as T[],
          (row) => row.accountId ?? "",
        ),
      )
      .load(accountId);
  },

  /** The inspectors of a region, batched over every region of the request; none for partners. */
  inspectorsOfRegion(ctx: RequestContext, region: Pick<InspectionRegion, "fiscalYear" | "code">): Promise<Inspector[]> {
    if (requireIdentity(ctx).role === Role.PARTNER) return Promise.resolve([]);
    return ctx.loaders
      .get<string, Inspector[]>("regionInspectors", async (keys) => {
        const rows = await ctx.dataSource.manager.find(Inspector, {
          where: { fiscalYear: In([...new Set(keys.map((key) => Number(key.split(":")[0])))]) },
          order: { lastName: "ASC", id: "ASC" },
        });
        return keys.map((key) => rows.filter((row) => `${row.fiscalYear}:${row.regionCode}` === key));
      })
      .load(`${region.fiscalYear}:${region.code}`);
  },

  async createOfficer(ctx: RequestContext, input: OfficerInput): Promise<Officer> {
    requireRole(ctx, Role.ADMIN);
    if (input.officeLevel === OfficeLevel.DISTRICT && !input.districtCode)
      throw badInput("input.districtCode", "A district officer needs a district");
    return writeTransaction(ctx.dataSource, async (manager) => {
      if (!(await manager.existsBy(Province, { code: input.provinceCode }))) {
        throw badInput("input.provinceCode", `Province ${input.provinceCode} does not exist`);
      }
      const districtCode = input.officeLevel === OfficeLevel.DISTRICT ? input.districtCode! : null;
      if (districtCode && !(await manager.existsBy(District, { code: districtCode, provinceCode: input.provinceCode }))) {
        throw badInput("input.districtCode", `District ${districtCode} is not in province ${input.provinceCode}`);
      }
      const accountId = await checkAccount(manager, input.accountId, Role.PROVINCE_OFFICER, (a) => a.provinceCode === input.provinceCode);
      const officer = manager.create(Officer, {
        id: crypto.randomUUID(),
        title: input.title.trim(),
        firstName: input.firstName.trim(),
        lastName: input.lastName.trim(),
        position: input.position.trim(),
        officeLevel: input.officeLevel,
        provinceCode: input.provinceCode,
        districtCode,
        accountId,
      });
      await manager.insert(Officer, officer);
      await recordHistory(manager, ctx, { entityName: "Officer", entityId: officer.id, action: "CREATE", after: officer });
      return officer;
    });
  },

  async createInspector(ctx: RequestContext, input: InspectorInput): Promise<Inspector> {
    requireRole(ctx, Role.ADMIN);
    return writeTransaction(ctx.dataSource, async (manager) => {
      if (!(await manager.existsBy(InspectionRegion, { fiscalYear: input.fiscalYear, code: input.regionCode }))) {
        throw badInput("input.regionCode", `Inspection region ${input.regionCode} does not exist in FY ${input.fiscalYear}`);
      }
      // Inspectors serve per fiscal year: any inspector login, one region a year.
      const accountId = await checkAccount(manager, input.accountId, Role.INSPECTOR, () => true);
      if (accountId && (await manager.existsBy(Inspector, { fiscalYear: input.fiscalYear, accountId }))) {
        throw conflict(`Account ${accountId} already serves an inspection region in FY ${input.fiscalYear}`, {
          field: "input.accountId",
          messageTh: `บัญชีนี้เป็นผู้ตรวจราชการของเขตหนึ่งในปีงบประมาณ ${input.fiscalYear} แล้ว`,
        });
      }
      const inspector = manager.create(Inspector, {
        id: crypto.randomUUID(),
        title: input.title.trim(),
        firstName: input.firstName.trim(),
        lastName: input.lastName.trim(),
        position: input.position.trim(),
        fiscalYear: input.fiscalYear,
        regionCode: input.regionCode,
        accountId,
      });
      await manager.insert(Inspector, inspector);
      await recordHistory(manager, ctx, { entityName: "Inspector", entityId: inspector.id, action: "CREATE", after: inspector });
      return inspector;
    });
  },
};
