import type { ApolloServerPlugin } from "@apollo/server";
import type { Config, Logger } from "@change-leaders/common";
import type express from "express";
import type { ValidationRule } from "graphql";
import { CostAdmission } from "./admission";
import { queryLimits } from "./armor";
import { type RateLimiter, createRateLimiter } from "./rate-limiter";
import { apiKeyRateLimit, bodyErrors, jsonBody, loginAttemptLimit } from "./requests";

export { LIMIT_CODES, type LimitCode, withLimitCodes } from "./codes";
export { MemoryRateLimiter, RedisRateLimiter, type RateLimiter, bucketOf, createRateLimiter } from "./rate-limiter";
export { queryLimits } from "./armor";
export { CostAdmission } from "./admission";
export { ANONYMOUS_MAX_BODY_BYTES } from "./requests";
export { DEFAULT_LIST_SIZE, LIST_SIZES, operationCost } from "./cost";

/** Everything the gateway refuses abuse with, ready to wire into Express and Apollo Server. */
export interface GatewayLimits {
  limiter: RateLimiter;
  /** The cost running at once, shared by Apollo's road and the shortcut. */
  admission: CostAdmission;
  /** Before the body is read on /graphql: the per-API-key rate limit. */
  beforeBody: express.RequestHandler;
  /** /graphql's JSON body, parsed with the limit the caller earned (a staff login or not). */
  jsonBody: express.RequestHandler;
  /** After /graphql: a refused body answered as JSON (413 and the like). */
  bodyErrors: express.ErrorRequestHandler;
  /** For ApolloServer's options: the document limits, the login-attempt limit, and closing the counters on stop. */
  apollo: { plugins: ApolloServerPlugin<{ clientAddress: string }>[]; validationRules: ValidationRule[]; parseOptions: { maxTokens: number } };
}

export async function createGatewayLimits(config: Config, logger: Logger): Promise<GatewayLimits> {
  const limiter = await createRateLimiter(config, logger);
  const admission = new CostAdmission(config.queryLimits.costInFlight);
  const document = queryLimits(config.queryLimits, config.production, admission);
  const closeCounters: ApolloServerPlugin<{ clientAddress: string }> = {
    async serverWillStart() {
      return { serverWillStop: () => limiter.close() };
    },
  };
  return {
    limiter,
    admission,
    beforeBody: apiKeyRateLimit(limiter, config),
    jsonBody: jsonBody(config),
    bodyErrors,
    apollo: {
      plugins: [...(document.plugins as ApolloServerPlugin<{ clientAddress: string }>[]), loginAttemptLimit(limiter, config), closeCounters],
      validationRules: document.validationRules,
      parseOptions: document.parseOptions,
    },
  };
}
