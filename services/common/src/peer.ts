import { type Config, type SubgraphName, subgraphUrl } from "./config";
import type { RequestContext } from "./context";
import { DomainError, unauthenticated } from "./errors";
import { IDENTITY_HEADER, type Identity, REQUEST_ID_HEADER, signSubgraphIdentity } from "./identity";

/** A subgraph's GraphQL answer as it came. */
export interface SubgraphAnswer<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; [key: string]: unknown } }[];
}

/**
 * POSTs one GraphQL operation to a subgraph as `identity`, signed as the gateway signs it, within the
 * subgraph timeout, and returns the answer as it came. The one transport of service-to-service calls.
 */
export async function postToSubgraph<T>(
  url: string,
  identity: Identity,
  config: Pick<Config, "jwtSecret" | "subgraphTimeoutMs">,
  query: string,
  variables: Record<string, unknown> = {},
  requestId?: string,
): Promise<SubgraphAnswer<T>> {
  const response = await fetch(url, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      [IDENTITY_HEADER]: signSubgraphIdentity(identity, config.jwtSecret),
      ...(requestId ? { [REQUEST_ID_HEADER]: requestId } : {}),
    },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(config.subgraphTimeoutMs),
  });
  return (await response.json()) as SubgraphAnswer<T>;
}

/**
 * Asks another subgraph over GraphQL, as the caller: the one sanctioned way for a subgraph to read
 * data another subgraph owns when a rule needs it inside a mutation (never its tables). The caller's
 * identity is signed again for the peer, so the peer applies its own access rules to the same person.
 * Errors the peer answers with a code (NOT_FOUND, FORBIDDEN…) are passed on as they are.
 */
export async function queryPeer<T>(ctx: RequestContext, peer: SubgraphName, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  if (!ctx.identity) throw unauthenticated();
  const body = await postToSubgraph<T>(subgraphUrl(ctx.config, peer), ctx.identity, ctx.config, query, variables, ctx.requestId);
  const error = body.errors?.[0];
  if (error) {
    const code = error.extensions?.code;
    if (code && code !== "INTERNAL_SERVER_ERROR")
      throw new DomainError(code as never, error.message, { ...(error.extensions ?? {}), code: undefined });
    throw new Error(`${peer} answered: ${error.message}`);
  }
  return body.data as T;
}
