import crypto from "node:crypto";
import { type Config, DEMO_PASSWORD, Role, insertInChunks } from "@change-leaders/common";
import { DEMO_FISCAL_YEAR } from "@change-leaders/common/demo";
import bcrypt from "bcryptjs";
import type { DataSource } from "typeorm";
import { Account } from "../account/account.entity";
import { BCRYPT_ROUNDS } from "../account/account.service";
import { District } from "../geography/district.entity";
import { loadGeography } from "../geography/geography.source";
import { Province } from "../geography/province.entity";
import { Tambon } from "../geography/tambon.entity";
import { Leader } from "../leader/leader.entity";
import { nameKey } from "../leader/leader.rules";
import { FY2564_INSPECTION_REGIONS } from "../region/region.data";
import { InspectionRegion, InspectionRegionProvince } from "../region/region.entity";
import { Inspector } from "../staff/inspector.entity";
import { OfficeLevel, Officer } from "../staff/officer.entity";
import { demoLeaders } from "./demo-leaders";

/** The demo logins, one per role of the panel (partners use API keys). All share the demo password. */
export const DEMO_ACCOUNTS: { username: string; displayName: string; role: Role; provinceCode?: string; regionCode?: string }[] = [
  { username: "officer.chanthaburi", displayName: "เจ้าหน้าที่พัฒนาชุมชนจังหวัดจันทบุรี", role: Role.PROVINCE_OFFICER, provinceCode: "22" },
  { username: "inspector.region9", displayName: "ผู้ตรวจราชการกรม เขตตรวจราชการที่ 9", role: Role.INSPECTOR, regionCode: "9" },
  { username: "judge", displayName: "กรรมการระดับประเทศ (ตัวอย่าง)", role: Role.JUDGE },
  { username: "budget", displayName: "เจ้าหน้าที่การเงินและงบประมาณ", role: Role.BUDGET_OFFICER },
  // Four eyes: a disbursement one budget officer records is approved by another.
  { username: "budget.approver", displayName: "หัวหน้าฝ่ายการเงินและงบประมาณ", role: Role.BUDGET_OFFICER },
  { username: "executive", displayName: "ผู้บริหารกรมการพัฒนาชุมชน", role: Role.EXECUTIVE },
];

/** Loads the real geography into an empty store; keeps a store that has it. */
async function seedGeography(dataSource: DataSource): Promise<string[]> {
  if ((await dataSource.manager.count(Province)) > 0) return [];
  const geography = await loadGeography();
  await dataSource.transaction(async (manager) => {
    await insertInChunks(manager, Province, geography.provinces);
    await insertInChunks(manager, District, geography.districts);
    await insertInChunks(manager, Tambon, geography.tambons);
  });
  return [`geography loaded: ${geography.provinces.length} provinces, ${geography.districts.length} districts, ${geography.tambons.length} tambons`];
}

async function newAccount(username: string, password: string, displayName: string, role: Role, extra: Partial<Account> = {}) {
  return {
    id: crypto.randomUUID(),
    username,
    passwordHash: await bcrypt.hash(password, BCRYPT_ROUNDS),
    displayName,
    role,
    provinceCode: null,
    regionCode: null,
    active: true,
    ...extra,
  };
}

/** The first admin (and, in demo mode, one login per role) on a store with no accounts. */
async function seedAccounts(dataSource: DataSource, config: Config): Promise<string[]> {
  if ((await dataSource.manager.count(Account)) > 0) return [];
  if (!config.adminPassword) throw new Error("ADMIN_PASSWORD is required to create the first admin on an empty store");
  const accounts = [await newAccount(config.adminUsername, config.adminPassword, "ผู้ดูแลระบบ", Role.ADMIN)];
  const report = [`first admin created: ${config.adminUsername}`];
  if (config.seed === "demo") {
    for (const demo of DEMO_ACCOUNTS) {
      accounts.push(
        await newAccount(demo.username, DEMO_PASSWORD, demo.displayName, demo.role, {
          provinceCode: demo.provinceCode ?? null,
          regionCode: demo.regionCode ?? null,
        }),
      );
    }
    report.push(`demo logins (password "${DEMO_PASSWORD}"): ${DEMO_ACCOUNTS.map((a) => a.username).join(", ")}`);
  }
  if (config.adminPassword === DEMO_PASSWORD) report.push(`WARNING: admin password is the demo password "${DEMO_PASSWORD}"; set ADMIN_PASSWORD`);
  await dataSource.transaction((manager) => manager.insert(Account, accounts));
  return report;
}

/** The inspection regions (reference data, seeded in every mode) on a store without any. */
async function seedRegions(dataSource: DataSource): Promise<string[]> {
  if ((await dataSource.manager.count(InspectionRegion)) > 0) return [];
  await dataSource.transaction(async (manager) => {
    await manager.insert(
      InspectionRegion,
      FY2564_INSPECTION_REGIONS.map(({ fiscalYear, code, nameTh, nameEn }) => ({ fiscalYear, code, nameTh, nameEn })),
    );
    await insertInChunks(
      manager,
      InspectionRegionProvince,
      FY2564_INSPECTION_REGIONS.flatMap((region) =>
        region.provinceCodes.map((provinceCode) => ({ fiscalYear: region.fiscalYear, regionCode: region.code, provinceCode })),
      ),
    );
  });
  return [`inspection regions loaded: ${FY2564_INSPECTION_REGIONS.length} for FY 2564 (example grouping, see region.data.ts)`];
}

/** Demo mode on a store without leaders: Chanthaburi's leaders, its officers and region 9's inspectors. */
async function seedDemoPeople(dataSource: DataSource, config: Config): Promise<string[]> {
  if (config.seed !== "demo" || (await dataSource.manager.count(Leader)) > 0) return [];
  const tambons = new Map((await dataSource.manager.find(Tambon)).map((t) => [t.code, t]));
  const accounts = new Map((await dataSource.manager.find(Account)).map((a) => [a.username, a.id]));
  const leaders = demoLeaders().map((fields) => {
    const tambon = tambons.get(fields.tambonCode)!;
    return {
      ...fields,
      firstNameKey: nameKey(fields.firstName),
      lastNameKey: nameKey(fields.lastName),
      districtCode: tambon.districtCode,
      provinceCode: tambon.provinceCode,
      version: 1,
      deletedAt: null,
      deletionMarker: "",
    };
  });
  await dataSource.transaction(async (manager) => {
    await insertInChunks(manager, Leader, leaders);
    await manager.insert(Officer, [
      {
        id: "0ff1ce00-2564-4000-8000-000000000022",
        title: "นาง",
        firstName: "สุนันทา",
        lastName: "พัฒนาจันท์",
        position: "พัฒนาการจังหวัดจันทบุรี",
        officeLevel: OfficeLevel.PROVINCE,
        provinceCode: "22",
        districtCode: null,
        accountId: accounts.get("officer.chanthaburi") ?? null,
      },
      {
        id: "0ff1ce00-2564-4000-8000-000000002201",
        title: "นาย",
        firstName: "ชาตรี",
        lastName: "มั่นพัฒนา",
        position: "พัฒนาการอำเภอเมืองจันทบุรี",
        officeLevel: OfficeLevel.DISTRICT,
        provinceCode: "22",
        districtCode: "2201",
        accountId: null,
      },
    ]);
    await manager.insert(Inspector, [
      {
        id: "1e5bec70-2564-4000-8000-000000000009",
        title: "นาย",
        firstName: "วีระ",
        lastName: "ตรวจการดี",
        position: "ผู้ตรวจราชการกรมการพัฒนาชุมชน เขตตรวจราชการที่ 9",
        fiscalYear: DEMO_FISCAL_YEAR,
        regionCode: "9",
        accountId: accounts.get("inspector.region9") ?? null,
      },
    ]);
  });
  return [
    `demo people: ${leaders.length} leaders in Chanthaburi's ${new Set(leaders.map((l) => l.tambonCode)).size} target tambons, 2 officers, 1 inspector`,
  ];
}

/**
 * Seeds the people store: geography and inspection regions always (when empty), accounts on a store
 * without any, and in demo mode the demo leaders and staff on a store without leaders.
 */
export async function seedPeople(dataSource: DataSource, config: Config): Promise<string[]> {
  return [
    ...(await seedGeography(dataSource)),
    ...(await seedRegions(dataSource)),
    ...(await seedAccounts(dataSource, config)),
    ...(await seedDemoPeople(dataSource, config)),
  ];
}
