import crypto from "node:crypto";
import { type Config, DEMO_PASSWORD, Role, insertInChunks } from "@change-leaders/common";
import bcrypt from "bcryptjs";
import type { DataSource } from "typeorm";
import { Account } from "../account/account.entity";
import { BCRYPT_ROUNDS } from "../account/account.service";
import { District } from "../geography/district.entity";
import { loadGeography } from "../geography/geography.source";
import { Province } from "../geography/province.entity";
import { Tambon } from "../geography/tambon.entity";

/** The demo logins, one per role of the panel (partners use API keys). All share the demo password. */
export const DEMO_ACCOUNTS: { username: string; displayName: string; role: Role; provinceCode?: string; regionCode?: string }[] = [
  { username: "officer.chanthaburi", displayName: "เจ้าหน้าที่พัฒนาชุมชนจังหวัดจันทบุรี", role: Role.PROVINCE_OFFICER, provinceCode: "22" },
  { username: "inspector.region9", displayName: "ผู้ตรวจราชการกรม เขตตรวจราชการที่ 9", role: Role.INSPECTOR, regionCode: "9" },
  { username: "judge", displayName: "กรรมการระดับประเทศ (ตัวอย่าง)", role: Role.JUDGE },
  { username: "budget", displayName: "เจ้าหน้าที่การเงินและงบประมาณ", role: Role.BUDGET_OFFICER },
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

/** Seeds the people store: geography always (when empty), accounts on a store without any. */
export async function seedPeople(dataSource: DataSource, config: Config): Promise<string[]> {
  return [...(await seedGeography(dataSource)), ...(await seedAccounts(dataSource, config))];
}
