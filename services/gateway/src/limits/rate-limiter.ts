import crypto from "node:crypto";
import { type Config, ConfigError, type Logger } from "@change-leaders/common";
import Redis from "ioredis";

/** What a counter says about one more request in its window. */
export interface RateDecision {
  allowed: boolean;
  /** Requests counted in the current window, this one included. */
  count: number;
  /** Whole seconds until the window ends (at least 1): the `Retry-After` of a refusal. */
  retryAfterSeconds: number;
}

/** Fixed-window counters: `hit` counts one request against a bucket; `refund` takes one back. */
export interface RateLimiter {
  readonly shared: boolean;
  hit(bucket: string, limit: number, windowMs: number): Promise<RateDecision>;
  refund(bucket: string): Promise<void>;
  close(): Promise<void>;
}

/** A bucket's name from a secret or personal value (an API key, a username): its SHA-256, never the value itself. */
export function bucketOf(kind: string, ...parts: string[]): string {
  return `${kind}:${crypto.createHash("sha256").update(parts.join("\u0000")).digest("hex")}`;
}

const decide = (count: number, limit: number, msLeft: number): RateDecision => ({
  allowed: count <= limit,
  count,
  retryAfterSeconds: Math.max(1, Math.ceil(msLeft / 1000)),
});

/** One process's counters: for `npm start` on SQLite and for tests; replicas would each count alone. */
export class MemoryRateLimiter implements RateLimiter {
  readonly shared = false;
  private readonly windows = new Map<string, { count: number; endsAt: number }>();

  async hit(bucket: string, limit: number, windowMs: number): Promise<RateDecision> {
    const now = Date.now();
    let window = this.windows.get(bucket);
    if (!window || window.endsAt <= now) {
      if (this.windows.size >= 100_000) this.sweep(now);
      window = { count: 0, endsAt: now + windowMs };
      this.windows.set(bucket, window);
    }
    window.count += 1;
    return decide(window.count, limit, window.endsAt - now);
  }

  async refund(bucket: string): Promise<void> {
    const window = this.windows.get(bucket);
    if (window && window.count > 0) window.count -= 1;
  }

  async close(): Promise<void> {
    this.windows.clear();
  }

  private sweep(now: number) {
    for (const [bucket, window] of this.windows) if (window.endsAt <= now) this.windows.delete(bucket);
  }
}

/** INCR and, on the window's first request, PEXPIRE, in one atomic step; answers the count and the milliseconds left. */
const HIT = `
local count = redis.call('INCR', KEYS[1])
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then
  redis.call('PEXPIRE', KEYS[1], ARGV[1])
  ttl = tonumber(ARGV[1])
end
return {count, ttl}`;

/** Only a key that still exists is decremented: a refund never creates a window of its own. */
const REFUND = `if redis.call('EXISTS', KEYS[1]) == 1 then return redis.call('DECR', KEYS[1]) end return 0`;

type CountingRedis = Redis & {
  rateHit(key: string, windowMs: number): Promise<[number, number]>;
  rateRefund(key: string): Promise<number>;
};

/**
 * Counters in Redis, shared by every gateway replica. When Redis does not answer (within 500 ms),
 * the request is let through (fails open) and a warning is logged at most every 30 s: an outage of
 * the counters must not take the public API down with it; the subgraphs still authenticate and
 * authorise every request.
 */
export class RedisRateLimiter implements RateLimiter {
  readonly shared = true;
  private readonly redis: CountingRedis;
  private lastWarning = 0;
  private closing = false;

  constructor(
    url: string,
    private readonly logger: Logger,
    private readonly prefix = "cl:rate:",
  ) {
    const redis = new Redis(url, {
      lazyConnect: true,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      commandTimeout: 500,
      connectTimeout: 2000,
      retryStrategy: (times) => (this.closing ? null : Math.min(times * 200, 2000)),
    });
    redis.defineCommand("rateHit", { numberOfKeys: 1, lua: HIT });
    redis.defineCommand("rateRefund", { numberOfKeys: 1, lua: REFUND });
    redis.on("error", (error: Error) => this.warn(error));
    this.redis = redis as CountingRedis;
  }

  /** Connects, or warns and keeps retrying in the background: the gateway starts either way. */
  async connect(): Promise<void> {
    try {
      await this.redis.connect();
    } catch (error) {
      this.warn(error as Error);
    }
  }

  async hit(bucket: string, limit: number, windowMs: number): Promise<RateDecision> {
    try {
      const [count, msLeft] = await this.redis.rateHit(this.prefix + bucket, windowMs);
      return decide(Number(count), limit, Number(msLeft));
    } catch (error) {
      this.warn(error as Error);
      return { allowed: true, count: 0, retryAfterSeconds: 1 };
    }
  }

  async refund(bucket: string): Promise<void> {
    try {
      await this.redis.rateRefund(this.prefix + bucket);
    } catch (error) {
      this.warn(error as Error);
    }
  }

  async close(): Promise<void> {
    this.closing = true;
    this.redis.disconnect();
  }

  private warn(error: Error) {
    const now = Date.now();
    if (now - this.lastWarning < 30_000) return;
    this.lastWarning = now;
    this.logger.warn({ error: error.message }, "rate limits: Redis does not answer; requests are let through uncounted");
  }
}

/**
 * Redis at REDIS_URL when set; otherwise counters in this process, with a warning, except in
 * production, where a gateway without shared counters refuses to start (each replica would allow
 * the full rate on its own).
 */
export async function createRateLimiter(config: Config, logger: Logger): Promise<RateLimiter> {
  if (config.redisUrl) {
    const limiter = new RedisRateLimiter(config.redisUrl, logger);
    await limiter.connect();
    return limiter;
  }
  if (config.production) {
    throw new ConfigError("REDIS_URL is required in production: the gateway's rate limits are shared by its replicas through Redis");
  }
  logger.warn("REDIS_URL is not set: rate limits are counted in this process only (fine for one gateway, not for replicas)");
  return new MemoryRateLimiter();
}
