import type http from "node:http";
import { type Config, type Identity, requestIdOf, unauthenticated, unauthenticatedRequest, verifyLoginToken } from "@change-leaders/common";
import type { CallerVerifier } from "./callers";

/** UNAUTHENTICATED with HTTP 503: the caller may be fine, but people cannot say so now. */
function unavailable(message: string) {
  const error = unauthenticated(message);
  error.extensions.http = { status: 503 };
  return error;
}

/** What the gateway knows of a request: who calls, and its id for the logs. */
export interface GatewayContext {
  identity: Identity | null;
  requestId: string;
  /** The caller's address as this process sees it (login attempts are counted per username and address). */
  clientAddress: string;
  /** The identity signed for the subgraphs, signed once per request. */
  subgraphToken(identity: Identity, sign: (identity: Identity, secret: string) => string): string;
}

/** The token of an `Authorization: Bearer <token>` header, or undefined for any other header. */
export const bearerToken = (header: string | undefined): string | undefined => /^Bearer\s+(\S+)$/i.exec(header ?? "")?.[1];

/**
 * Authenticates at the edge: a login token as `Authorization: Bearer`, or a partner's key as
 * `X-Api-Key` (the PARTNER role). A request with a bad token or key is refused rather than treated
 * as anonymous; a request with both is refused as ambiguous. A login token's account is asked
 * about (cached 30 s): a deactivated, missing or logged-out account's token is refused.
 */
export async function createGatewayContext(req: http.IncomingMessage, config: Config, callers?: CallerVerifier): Promise<GatewayContext> {
  const header = req.headers.authorization;
  const apiKey = req.headers["x-api-key"];
  let identity: Identity | null = null;
  if (header && apiKey !== undefined) throw unauthenticatedRequest("Send either Authorization or X-Api-Key, not both");
  if (apiKey !== undefined) {
    if (typeof apiKey !== "string" || apiKey.trim() === "" || !callers) throw unauthenticatedRequest("Invalid API key");
    let found: Identity | null;
    try {
      found = await callers.identityOf(apiKey.trim());
    } catch {
      throw unavailable("The API key could not be verified now; try again");
    }
    if (!found) throw unauthenticatedRequest("Invalid or revoked API key");
    identity = found;
  }
  if (header) {
    const token = bearerToken(header);
    if (!token) throw unauthenticatedRequest("Authorization must be `Bearer <token>`");
    try {
      identity = verifyLoginToken(token, config.jwtSecret);
    } catch {
      throw unauthenticatedRequest("Invalid or expired token");
    }
    // A well-signed token is not enough: its account must exist, be active and not have logged out since.
    let live: boolean;
    try {
      live = !!callers && (await callers.sessionIsLive(identity));
    } catch {
      throw unavailable("The session could not be verified now; try again");
    }
    if (!live) throw unauthenticatedRequest("This session has ended; log in again");
  }
  const requestId = requestIdOf(req);
  let signed: string | undefined;
  return {
    identity,
    requestId,
    clientAddress: req.socket?.remoteAddress ?? "unknown",
    subgraphToken: (id, sign) => (signed ??= sign(id, config.jwtSecret)),
  };
}
