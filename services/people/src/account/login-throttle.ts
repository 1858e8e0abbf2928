import crypto from "node:crypto";
import { DomainError, type RequestContext, loginAttemptKey } from "@change-leaders/common";
import { LoginFailure } from "./login-failure.entity";

const keyOf = (username: string) => crypto.createHash("sha256").update(loginAttemptKey(username)).digest("hex");

/**
 * Counts an attempt on a username before its password is checked, in the store (one atomic upsert),
 * so that every replica and every road in (gateway or straight to people) spends the same budget:
 * `LOGIN_FAILURES_PER_ACCOUNT` per window, whatever the address. Over it the login is refused with
 * RATE_LIMITED and the password is not checked. A successful login clears the count.
 */
export async function countLoginAttempt(ctx: RequestContext, username: string): Promise<void> {
  const { loginFailuresPerAccount, windowMs } = ctx.config.rateLimit;
  const key = keyOf(username);
  const now = Date.now();
  const windowStart = now - windowMs;
  const mysql = ctx.dataSource.options.type !== "better-sqlite3";
  const upsert = mysql
    ? "INSERT INTO login_failure (attempt_key, failures, window_started_at) VALUES (?, 1, ?) ON DUPLICATE KEY UPDATE " +
      "failures = IF(window_started_at <= ?, 1, failures + 1), window_started_at = IF(window_started_at <= ?, VALUES(window_started_at), window_started_at)"
    : "INSERT INTO login_failure (attempt_key, failures, window_started_at) VALUES (?, 1, ?) ON CONFLICT (attempt_key) DO UPDATE SET " +
      "failures = CASE WHEN window_started_at <= ? THEN 1 ELSE failures + 1 END, window_started_at = CASE WHEN window_started_at <= ? THEN excluded.window_started_at ELSE window_started_at END";
  await ctx.dataSource.query(upsert, [key, now, windowStart, windowStart]);
  const row = await ctx.dataSource.manager.findOneBy(LoginFailure, { attemptKey: key });
  if (row && row.failures > loginFailuresPerAccount) {
    const retryAfterSeconds = Math.max(1, Math.ceil((Number(row.windowStartedAt) + windowMs - now) / 1000));
    throw new DomainError("RATE_LIMITED", `Too many failed logins for this username; try again in ${retryAfterSeconds} s`, {
      retryAfterSeconds,
      messageTh: `เข้าสู่ระบบผิดบ่อยเกินไปสำหรับชื่อผู้ใช้นี้ กรุณารอ ${retryAfterSeconds} วินาทีแล้วลองใหม่`,
    });
  }
}

/** A login that succeeded gives its budget back; counts of windows past are dropped (names sprayed at random too). */
export async function clearLoginAttempts(ctx: RequestContext, username: string): Promise<void> {
  await ctx.dataSource
    .createQueryBuilder()
    .delete()
    .from(LoginFailure)
    .where("attempt_key = :key OR window_started_at <= :expired", { key: keyOf(username), expired: Date.now() - ctx.config.rateLimit.windowMs })
    .execute();
}
