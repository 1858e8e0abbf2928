import type http from "node:http";
import { type Config, type Identity, requestIdOf, unauthenticated, unauthenticatedRequest, verifyLoginToken } from "@change-leaders/common";
import type { ApiKeyVerifier } from "./api-keys";

/** What the gateway knows of a request: who calls, and its id for the logs. */
export interface GatewayContext {
  identity: Identity | null;
  requestId: string;
  /** The caller's address as this process sees it (login attempts are counted per username and address). */
  clientAddress: string;
  /** The identity signed for the subgraphs, signed once per request. */
  subgraphToken(identity: Identity, sign: (identity: Identity, secret: string) => string): string;
}

/**
 * Authenticates at the edge: a login token as `Authorization: Bearer`, or a partner's key as
 * `X-Api-Key` (the PARTNER role). A request with a bad token or key is refused rather than treated
 * as anonymous; a request with both is refused as ambiguous.
 */
export async function createGatewayContext(req: http.IncomingMessage, config: Config, apiKeys?: ApiKeyVerifier): Promise<GatewayContext> {
  const header = req.headers.authorization;
  const apiKey = req.headers["x-api-key"];
  let identity: Identity | null = null;
  if (header && apiKey !== undefined) throw unauthenticatedRequest("Send either Authorization or X-Api-Key, not both");
  if (apiKey !== undefined) {
    if (typeof apiKey !== "string" || apiKey.trim() === "" || !apiKeys) throw unauthenticatedRequest("Invalid API key");
    let found: Identity | null;
    try {
      found = await apiKeys.identityOf(apiKey.trim());
    } catch {
      const error = unauthenticated("The API key could not be verified now; try again");
      error.extensions.http = { status: 503 };
      throw error;
    }
    if (!found) throw unauthenticatedRequest("Invalid or revoked API key");
    identity = found;
  }
  if (header) {
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match) throw unauthenticatedRequest("Authorization must be `Bearer <token>`");
    try {
      identity = verifyLoginToken(match[1], config.jwtSecret);
    } catch {
      throw unauthenticatedRequest("Invalid or expired token");
    }
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
