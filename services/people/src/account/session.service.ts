import {
  DomainError,
  type RequestContext,
  Role,
  badInput,
  forbidden,
  notFound,
  recordHistory,
  requireIdentity,
  requireRole,
  signLoginToken,
  writeTransaction,
} from "@change-leaders/common";
import bcrypt from "bcryptjs";
import type { EntityManager } from "typeorm";
import { GATEWAY_SERVICE_ID } from "../apikey/apikey.service";
import { Account } from "./account.entity";
import type { AuthPayload } from "./account.inputs";
import { BCRYPT_ROUNDS, accountSnapshot, identityOf } from "./account.service";
import { assertPasswordAllowed } from "./password.policy";

/** Whether a login token of an account may still be used: what the gateway asks before it forwards one. */
export interface AccountSession {
  active: boolean;
  sessionVersion: number;
}

/** The account, locked for this transaction where the store has row locks (SQLite's writers are queued). */
async function lockedAccount(manager: EntityManager, id: string): Promise<Account> {
  const query = manager.createQueryBuilder(Account, "account").where("account.id = :id", { id });
  if (manager.connection.options.type !== "better-sqlite3") query.setLock("pessimistic_write");
  const account = await query.getOne();
  if (!account) throw notFound("Account", id);
  return account;
}

const invalidTransition = (message: string, messageTh: string) => new DomainError("INVALID_TRANSITION", message, { messageTh });

/**
 * Changes an account and ends its sessions in one transaction: every login token signed before is
 * refused by the gateway (within 30 s on other gateway replicas, at once on the one that carried it).
 */
async function changeAndEndSessions(ctx: RequestContext, id: string, change: (account: Account, manager: EntityManager) => Promise<void> | void) {
  return writeTransaction(ctx.dataSource, async (manager) => {
    const account = await lockedAccount(manager, id);
    const before = accountSnapshot(account);
    await change(account, manager);
    account.sessionVersion += 1;
    await manager.save(account);
    await recordHistory(manager, ctx, { entityName: "Account", entityId: account.id, action: "UPDATE", before, after: accountSnapshot(account) });
    return account;
  });
}

async function activeAdminsOtherThan(manager: EntityManager, id: string): Promise<number> {
  return manager
    .createQueryBuilder(Account, "account")
    .where("account.role = :role AND account.active = :active AND account.id <> :id", { role: Role.ADMIN, active: true, id })
    .getCount();
}

export const sessionService = {
  /** Internal: whether the gateway may still forward a login token of this account (null: no such account). */
  async status(ctx: RequestContext, accountId: string): Promise<AccountSession | null> {
    if (ctx.identity?.id !== GATEWAY_SERVICE_ID) throw forbidden("Only the gateway checks sessions");
    const account = await ctx.dataSource.manager.findOne(Account, {
      where: { id: accountId },
      select: { id: true, active: true, sessionVersion: true },
    });
    return account ? { active: account.active, sessionVersion: account.sessionVersion } : null;
  },

  /** Ends every session of the caller's account: its login tokens are refused from now on. */
  async logout(ctx: RequestContext): Promise<boolean> {
    const identity = requireIdentity(ctx);
    if (identity.kind !== "account") throw forbidden("An API key has no session to end");
    await changeAndEndSessions(ctx, identity.id, () => undefined);
    return true;
  },

  /** The caller's own password, given the current one; ends the other sessions and returns a new token. */
  async changePassword(ctx: RequestContext, currentPassword: string, newPassword: string): Promise<AuthPayload> {
    const identity = requireIdentity(ctx);
    if (identity.kind !== "account") throw forbidden("An API key has no password");
    const account = await changeAndEndSessions(ctx, identity.id, async (found) => {
      if (!(await bcrypt.compare(currentPassword, found.passwordHash))) {
        throw badInput("currentPassword", "The current password is wrong", { messageTh: "รหัสผ่านปัจจุบันไม่ถูกต้อง" });
      }
      if (currentPassword === newPassword) {
        throw badInput("newPassword", "The new password is the current one", { messageTh: "รหัสผ่านใหม่ต้องไม่ซ้ำกับรหัสผ่านปัจจุบัน" });
      }
      assertPasswordAllowed("newPassword", newPassword, found.username);
      found.passwordHash = await bcrypt.hash(newPassword, BCRYPT_ROUNDS);
    });
    const { token, expiresAt } = signLoginToken(identityOf(account), ctx.config.jwtSecret, ctx.config.tokenTtlSeconds);
    return { token, expiresAt, account };
  },

  /** An admin sets a new password for someone who lost theirs; that account's sessions end. */
  async resetPassword(ctx: RequestContext, accountId: string, newPassword: string): Promise<Account> {
    requireRole(ctx, Role.ADMIN);
    return changeAndEndSessions(ctx, accountId, async (account) => {
      assertPasswordAllowed("newPassword", newPassword, account.username);
      account.passwordHash = await bcrypt.hash(newPassword, BCRYPT_ROUNDS);
    });
  },

  /**
   * Deactivates (the login is refused, its tokens too) or reactivates an account (admins only). An
   * admin cannot deactivate their own account, nor the last active admin: someone must stay to undo it.
   */
  async setActive(ctx: RequestContext, accountId: string, active: boolean): Promise<Account> {
    const admin = requireRole(ctx, Role.ADMIN);
    return changeAndEndSessions(ctx, accountId, async (account, manager) => {
      if (account.active === active) {
        throw active
          ? invalidTransition(`Account ${account.username} is already active`, `บัญชี ${account.username} ใช้งานได้อยู่แล้ว`)
          : invalidTransition(`Account ${account.username} is already deactivated`, `บัญชี ${account.username} ถูกระงับอยู่แล้ว`);
      }
      if (!active && account.id === admin.id) {
        throw invalidTransition("You cannot deactivate your own account", "ไม่สามารถระงับบัญชีของตนเองได้");
      }
      if (!active && account.role === Role.ADMIN && (await activeAdminsOtherThan(manager, account.id)) === 0) {
        throw invalidTransition("The last active admin cannot be deactivated", "ไม่สามารถระงับผู้ดูแลระบบคนสุดท้ายที่ใช้งานอยู่ได้");
      }
      account.active = active;
    });
  },
};
