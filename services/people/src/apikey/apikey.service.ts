import crypto from "node:crypto";
import {
  type Identity,
  type RequestContext,
  PartnerScope,
  Role,
  badInput,
  forbidden,
  notFound,
  recordHistory,
  requireRole,
  writeTransaction,
} from "@change-leaders/common";
import { IsNull } from "typeorm";
import { ApiKey } from "./apikey.entity";

/** The id of the identity the gateway uses to ask who an API key belongs to (never an account's or key's id). */
export const GATEWAY_SERVICE_ID = "service:gateway";

/** Keys look like `clk_<43 base64url characters>` (256 random bits). */
const KEY_PREFIX = "clk_";
export const hashApiKey = (key: string) => crypto.createHash("sha256").update(key, "utf8").digest("hex");
/** A key lives at most two years: an agreement with a partner agency is renewed, not left open. */
const MAX_KEY_LIFETIME_MS = 2 * 366 * 24 * 3600 * 1000;
/** A key made without an expiry lives one year. */
const DEFAULT_KEY_LIFETIME_MS = 365 * 24 * 3600 * 1000;

export interface NewApiKey {
  name: string;
  scope: PartnerScope;
  purpose: string;
  /** One year from now when left out. */
  expiresAt?: Date | null;
}

const snapshot = ({ keyHash: _hash, ...rest }: ApiKey) => rest;

export const apiKeyService = {
  async create(ctx: RequestContext, input: NewApiKey): Promise<{ apiKey: ApiKey; key: string }> {
    requireRole(ctx, Role.ADMIN);
    const trimmed = input.name.trim();
    if (trimmed.length < 1 || trimmed.length > 200) throw badInput("name", "name is 1–200 characters", { messageTh: "ชื่อกุญแจ API ยาว 1–200 ตัวอักษร" });
    const purpose = input.purpose.trim();
    if (purpose.length < 5 || purpose.length > 500)
      throw badInput("purpose", "purpose says why the agency reads, 5–500 characters", {
        messageTh: "กรุณาระบุวัตถุประสงค์การใช้ข้อมูลของหน่วยงาน (5–500 ตัวอักษร)",
      });
    const now = Date.now();
    const expiresAt = input.expiresAt ?? new Date(now + DEFAULT_KEY_LIFETIME_MS);
    if (!(expiresAt.getTime() > now) || expiresAt.getTime() > now + MAX_KEY_LIFETIME_MS)
      throw badInput("expiresAt", "expiresAt is in the future and at most two years ahead", {
        messageTh: "วันหมดอายุของกุญแจต้องอยู่ในอนาคต และไม่เกิน 2 ปีนับจากวันนี้",
      });
    const key = `${KEY_PREFIX}${crypto.randomBytes(32).toString("base64url")}`;
    return writeTransaction(ctx.dataSource, async (manager) => {
      const apiKey = manager.create(ApiKey, {
        id: crypto.randomUUID(),
        name: trimmed,
        prefix: key.slice(0, 12),
        keyHash: hashApiKey(key),
        scope: input.scope,
        purpose,
        expiresAt,
        createdBy: ctx.identity?.id ?? null,
        revokedAt: null,
      });
      await manager.insert(ApiKey, apiKey);
      const saved = await manager.findOneByOrFail(ApiKey, { id: apiKey.id });
      await recordHistory(manager, ctx, { entityName: "ApiKey", entityId: saved.id, action: "CREATE", after: snapshot(saved) });
      return { apiKey: saved, key };
    });
  },

  list(ctx: RequestContext): Promise<ApiKey[]> {
    requireRole(ctx, Role.ADMIN);
    return ctx.dataSource.manager.find(ApiKey, { order: { createdAt: "DESC", id: "ASC" } });
  },

  async revoke(ctx: RequestContext, id: string): Promise<ApiKey> {
    requireRole(ctx, Role.ADMIN);
    return writeTransaction(ctx.dataSource, async (manager) => {
      const before = await manager.findOneBy(ApiKey, { id });
      if (!before) throw notFound("ApiKey", id);
      if (before.revokedAt) return before;
      await manager.update(ApiKey, { id, revokedAt: IsNull() }, { revokedAt: new Date() });
      const after = await manager.findOneByOrFail(ApiKey, { id });
      await recordHistory(manager, ctx, { entityName: "ApiKey", entityId: id, action: "REVOKE", before: snapshot(before), after: snapshot(after) });
      return after;
    });
  },

  /**
   * The PARTNER identity of a live key (not revoked, not expired), with its scope and purpose, or null. Only the gateway's service identity may ask (the
   * gateway signs it with the shared secret); everyone else gets FORBIDDEN.
   */
  async identityOfKey(ctx: RequestContext, key: string): Promise<(Identity & { expiresAt: Date | null }) | null> {
    if (ctx.identity?.id !== GATEWAY_SERVICE_ID) throw forbidden("Only the gateway verifies API keys");
    if (!key.startsWith(KEY_PREFIX) || key.length > 100) return null;
    const apiKey = await ctx.dataSource.manager.findOneBy(ApiKey, { keyHash: hashApiKey(key), revokedAt: IsNull() });
    if (!apiKey || (apiKey.expiresAt && apiKey.expiresAt.getTime() <= Date.now())) return null;
    return {
      kind: "apiKey",
      id: apiKey.id,
      name: apiKey.name,
      role: Role.PARTNER,
      scope: apiKey.scope,
      purpose: apiKey.purpose,
      expiresAt: apiKey.expiresAt,
    };
  },
};
