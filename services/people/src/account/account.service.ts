import crypto from "node:crypto";
import {
  type Identity,
  type Page,
  type PageInput,
  type RequestContext,
  Role,
  badInput,
  byKey,
  canonicalUsername,
  conflict,
  likePrefix,
  pageOf,
  recordHistory,
  requireIdentity,
  requireRole,
  signLoginToken,
  unauthenticated,
  writeTransaction,
} from "@change-leaders/common";
import bcrypt from "bcryptjs";
import { Brackets, type EntityManager, In } from "typeorm";
import { Province } from "../geography/province.entity";
import { InspectionRegion } from "../region/region.entity";
import { Account } from "./account.entity";
import type { AccountFilter, AccountInput, AuthPayload } from "./account.inputs";
import { clearLoginAttempts, countLoginAttempt } from "./login-throttle";
import { assertPasswordAllowed } from "./password.policy";

export const BCRYPT_ROUNDS = 10;
/** Compared against when the username is unknown, so both failures take the same time. */
const NO_SUCH_ACCOUNT_HASH = bcrypt.hashSync("no such account", BCRYPT_ROUNDS);

export function identityOf(account: Account): Identity {
  return {
    kind: "account",
    id: account.id,
    name: account.username,
    role: account.role,
    provinceCode: account.provinceCode,
    regionCode: account.regionCode,
    sessionVersion: account.sessionVersion,
  };
}

/** The account as history keeps it: never the password hash. */
export const accountSnapshot = ({ passwordHash: _hash, ...rest }: Account) => rest;

/** The latest fiscal year with inspection regions (what an inspector's region is checked against by default). */
async function latestRegionYear(manager: EntityManager): Promise<number | null> {
  const row = await manager
    .createQueryBuilder(InspectionRegion, "region")
    .select("MAX(region.fiscalYear)", "year")
    .getRawOne<{ year: number | string | null }>();
  return row?.year == null ? null : Number(row.year);
}

export const accountService = {
  async login(ctx: RequestContext, username: string, password: string): Promise<AuthPayload> {
    await countLoginAttempt(ctx, username);
    const canonical = canonicalUsername(username);
    const found = canonical ? await ctx.dataSource.manager.findOneBy(Account, { username: canonical }) : null;
    // The store's collation may call `júdge` equal to `judge`; the account is the one spelt exactly so.
    const account = found && found.username === canonical ? found : null;
    const matches = await bcrypt.compare(password, account?.passwordHash ?? NO_SUCH_ACCOUNT_HASH);
    if (!account || !matches || !account.active) {
      throw unauthenticated("Wrong username or password", { messageTh: "ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง" });
    }
    await clearLoginAttempts(ctx, username);
    const { token, expiresAt } = signLoginToken(identityOf(account), ctx.config.jwtSecret, ctx.config.tokenTtlSeconds);
    return { token, expiresAt, account };
  },

  async me(ctx: RequestContext): Promise<Account | null> {
    const identity = requireIdentity(ctx);
    return identity.kind === "account" ? this.find(ctx, identity.id) : null;
  },

  /**
   * An account another subgraph names (a nomination's nominator, a review's reviewer): for admins
   * and the account itself; null for anyone else (SPEC section 2: accounts are the admins').
   */
  findReadable(ctx: RequestContext, id: string): Promise<Account | null> {
    const identity = requireIdentity(ctx);
    if (identity.role !== Role.ADMIN && !(identity.kind === "account" && identity.id === id)) return Promise.resolve(null);
    return this.find(ctx, id);
  },

  /** The display names of up to 100 accounts, for staff (resolver's roles); unknown ids are left out. */
  async displayNames(ctx: RequestContext, ids: string[]): Promise<{ id: string; displayName: string }[]> {
    if (ids.length > 100) throw badInput("ids", "At most 100 ids at once", { messageTh: "ขอชื่อได้ครั้งละไม่เกิน 100 รายการ" });
    const accounts = await Promise.all([...new Set(ids)].map((id) => this.find(ctx, id)));
    return accounts.filter((account) => account !== null).map(({ id, displayName }) => ({ id, displayName }));
  },

  /** An account by id, batched over the request; no access rules (findReadable applies them). */

  find(ctx: RequestContext, id: string): Promise<Account | null> {
    return ctx.loaders
      .get<string, Account | null>("account", async (ids) =>
        byKey(ids, await ctx.dataSource.manager.findBy(Account, { id: In([...ids]) }), (a) => a.id),
      )
      .load(id);
  },

  /** One page of accounts in username order (admins only); never a password hash. */
  async list(ctx: RequestContext, filter?: AccountFilter, page?: PageInput): Promise<Page<Account>> {
    requireRole(ctx, Role.ADMIN);
    const { limit, offset } = pageOf(page);
    const query = ctx.dataSource.manager.createQueryBuilder(Account, "account");
    if (filter?.role) query.andWhere("account.role = :role", { role: filter.role });
    if (filter?.provinceCode) query.andWhere("account.provinceCode = :provinceCode", { provinceCode: filter.provinceCode });
    if (filter?.active !== undefined && filter.active !== null) query.andWhere("account.active = :active", { active: filter.active ? 1 : 0 });
    if (filter?.search) {
      const prefix = likePrefix(filter.search);
      const lower = likePrefix(filter.search.toLowerCase());
      query.andWhere(
        new Brackets((where) =>
          where.where("account.username LIKE :lower ESCAPE '!'", { lower }).orWhere("account.displayName LIKE :prefix ESCAPE '!'", { prefix }),
        ),
      );
    }
    const [nodes, totalCount] = await query.orderBy("account.username", "ASC").skip(offset).take(limit).getManyAndCount();
    return { nodes, totalCount };
  },

  async create(ctx: RequestContext, input: AccountInput): Promise<Account> {
    requireRole(ctx, Role.ADMIN);
    if (input.role === Role.PARTNER) throw badInput("input.role", "Partners use API keys, not accounts");
    if (input.role === Role.PROVINCE_OFFICER && !input.provinceCode) throw badInput("input.provinceCode", "A province officer needs a province");
    if (input.role === Role.INSPECTOR && !input.regionCode) throw badInput("input.regionCode", "An inspector needs an inspection region");
    return writeTransaction(ctx.dataSource, async (manager) => {
      if (input.provinceCode && !(await manager.existsBy(Province, { code: input.provinceCode }))) {
        throw badInput("input.provinceCode", `Province ${input.provinceCode} does not exist`);
      }
      if (input.role === Role.INSPECTOR && input.regionCode) {
        const fiscalYear = input.fiscalYear ?? (await latestRegionYear(manager));
        if (fiscalYear === null || !(await manager.existsBy(InspectionRegion, { fiscalYear, code: input.regionCode }))) {
          throw badInput("input.regionCode", `Inspection region ${input.regionCode} does not exist in FY ${fiscalYear ?? "(none)"}`);
        }
      }
      const username = input.username.toLowerCase();
      assertPasswordAllowed("input.password", input.password, username);
      if (await manager.existsBy(Account, { username })) throw conflict(`Username ${username} is taken`, { field: "input.username" });
      const account = manager.create(Account, {
        id: crypto.randomUUID(),
        username,
        passwordHash: await bcrypt.hash(input.password, BCRYPT_ROUNDS),
        displayName: input.displayName,
        role: input.role,
        provinceCode: input.role === Role.PROVINCE_OFFICER ? input.provinceCode : null,
        regionCode: input.role === Role.INSPECTOR ? input.regionCode : null,
        active: true,
        sessionVersion: 0,
      });
      await manager.save(account);
      await recordHistory(manager, ctx, { entityName: "Account", entityId: account.id, action: "CREATE", after: accountSnapshot(account) });
      return account;
    });
  },
};
