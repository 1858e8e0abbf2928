import type { ApolloServerPlugin, GraphQLRequestContext } from "@apollo/server";
import { type Config, MAX_BODY, loginAttemptKey, verifyLoginToken } from "@change-leaders/common";
import express from "express";
import { type FieldNode, Kind, type OperationDefinitionNode } from "graphql";
import { bearerToken } from "../context";
import { limitBody, limitError } from "./codes";
import { type RateLimiter, bucketOf } from "./rate-limiter";

/**
 * Counts each request that carries `X-Api-Key` against that key's bucket (the key's SHA-256, never
 * the key) before anything else runs, so a flood of requests, valid key or not, costs one counter
 * each. Over the limit: HTTP 429, `Retry-After` in seconds and a GraphQL-shaped body (RATE_LIMITED).
 */
export function apiKeyRateLimit(limiter: RateLimiter, config: Config): express.RequestHandler {
  const { perKey, windowMs } = config.rateLimit;
  return (req, res, next) => {
    const key = req.headers["x-api-key"];
    if (typeof key !== "string" || key.trim() === "") return next();
    limiter.hit(bucketOf("apikey", key.trim()), perKey, windowMs).then((decision) => {
      res.setHeader("RateLimit-Limit", String(perKey));
      res.setHeader("RateLimit-Remaining", String(Math.max(0, perKey - decision.count)));
      if (decision.allowed) return next();
      res.setHeader("Retry-After", String(decision.retryAfterSeconds));
      res.status(429).json(
        limitBody("RATE_LIMITED", `This API key may send ${perKey} requests per ${windowMs / 1000} s; try again in ${decision.retryAfterSeconds} s`, {
          retryAfterSeconds: decision.retryAfterSeconds,
        }),
      );
    }, next);
  };
}

/**
 * The largest body a caller without a staff login may send, in bytes: a login, or a partner's query
 * with its variables, needs a few kilobytes. Only a well-signed staff token (checked by its signature,
 * which costs microseconds) unlocks MAX_BODY, which a 100,000-row leader import needs.
 */
export const ANONYMOUS_MAX_BODY_BYTES = 64 * 1024;

const tooLarge = () => limitBody("PAYLOAD_TOO_LARGE", "The request body is larger than the gateway accepts");

/**
 * Parses /graphql's JSON body with the limit the caller has earned: MAX_BODY for a staff login,
 * ANONYMOUS_MAX_BODY_BYTES for anyone else (no token, a bad token, an API key). A body announced
 * larger is answered 413 at once and the connection closed, not a byte of it read; one sent without
 * a length is cut off at the limit. Whether the session is still live is asked later, as always.
 */
export function jsonBody(config: Config): express.RequestHandler {
  const staff = express.json({ limit: MAX_BODY });
  const anyone = express.json({ limit: ANONYMOUS_MAX_BODY_BYTES });
  return (req, res, next) => {
    if (isStaffToken(req.headers.authorization, config.jwtSecret)) return staff(req, res, next);
    if (Number(req.headers["content-length"]) > ANONYMOUS_MAX_BODY_BYTES) {
      res.setHeader("Connection", "close");
      return res.status(413).json(tooLarge());
    }
    anyone(req, res, next);
  };
}

function isStaffToken(authorization: string | undefined, secret: string): boolean {
  const token = bearerToken(authorization);
  if (!token) return false;
  try {
    verifyLoginToken(token, secret);
    return true;
  } catch {
    return false;
  }
}

/**
 * A body the gateway will not read answered as JSON, not as Express's HTML page: 413 for one over
 * MAX_BODY (PAYLOAD_TOO_LARGE), the parser's own status for malformed JSON or an unknown charset.
 */
export const bodyErrors: express.ErrorRequestHandler = (error, _req, res, next) => {
  const status = Number(error?.status ?? error?.statusCode);
  if (typeof error?.type !== "string" || !(status >= 400 && status < 500)) return next(error);
  if (status === 413) return res.status(413).json(tooLarge());
  res.status(status).json(limitBody("BAD_REQUEST", status === 400 ? "The request body is not valid JSON" : "The request body cannot be read"));
};

/** The `login` fields of a mutation (aliases and fragments included): each is one attempt. */
function loginFields(operation: OperationDefinitionNode, context: GraphQLRequestContext<object>): FieldNode[] {
  if (operation.operation !== "mutation") return [];
  const found: FieldNode[] = [];
  const visit = (selections: OperationDefinitionNode["selectionSet"]["selections"]) => {
    for (const selection of selections) {
      if (selection.kind === Kind.FIELD && selection.name.value === "login") found.push(selection);
      else if (selection.kind === Kind.INLINE_FRAGMENT) visit(selection.selectionSet.selections);
      else if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = context.document?.definitions.find((d) => d.kind === Kind.FRAGMENT_DEFINITION && d.name.value === selection.name.value);
        if (fragment?.kind === Kind.FRAGMENT_DEFINITION) visit(fragment.selectionSet.selections);
      }
    }
  };
  visit(operation.selectionSet.selections);
  return found;
}

function usernameOf(field: FieldNode, variables: Record<string, unknown> | undefined): string {
  const argument = field.arguments?.find((a) => a.name.value === "username")?.value;
  if (argument?.kind === Kind.STRING) return argument.value;
  if (argument?.kind === Kind.VARIABLE) return String(variables?.[argument.name.value] ?? "");
  return "";
}

/**
 * Brute-force guard: login attempts per username and address, counted before the people subgraph
 * checks the password. A successful login gives its attempt back, so only failures use the budget;
 * over it, the login is refused with 429 (RATE_LIMITED) and `Retry-After`, the password unchecked.
 */
export function loginAttemptLimit<Context extends { clientAddress: string }>(limiter: RateLimiter, config: Config): ApolloServerPlugin<Context> {
  const { loginAttempts, windowMs } = config.rateLimit;
  return {
    async requestDidStart() {
      const counted: { bucket: string; responseKey: string }[] = [];
      return {
        async didResolveOperation(context) {
          if (!context.operation) return;
          for (const field of loginFields(context.operation, context)) {
            const username = loginAttemptKey(usernameOf(field, context.request.variables));
            const bucket = bucketOf("login", username, context.contextValue.clientAddress);
            const decision = await limiter.hit(bucket, loginAttempts, windowMs);
            counted.push({ bucket, responseKey: field.alias?.value ?? field.name.value });
            if (!decision.allowed) {
              throw limitError(
                "RATE_LIMITED",
                `Too many login attempts for this username; try again in ${decision.retryAfterSeconds} s`,
                429,
                decision.retryAfterSeconds,
              );
            }
          }
        },
        async willSendResponse({ response }) {
          if (counted.length === 0 || response.body.kind !== "single") return;
          const data = response.body.singleResult.data as Record<string, unknown> | null | undefined;
          await Promise.all(counted.filter(({ responseKey }) => data?.[responseKey]).map(({ bucket }) => limiter.refund(bucket)));
        },
      };
    },
  };
}
