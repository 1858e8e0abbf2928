import { context, propagation } from "@opentelemetry/api";
import { type Config, type SubgraphName, subgraphUrl } from "./config";
import type { RequestContext } from "./context";
import { DomainError, ERROR_CODES, unauthenticated } from "./errors";
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
  const headers: Record<string, string> = {
    "content-type": "application/json",
    [IDENTITY_HEADER]: signSubgraphIdentity(identity, config.jwtSecret),
    ...(requestId ? { [REQUEST_ID_HEADER]: requestId } : {}),
  };
  // The trace goes on into the peer (W3C traceparent) when tracing is on; a no-op otherwise.
  propagation.inject(context.active(), headers);
  const response = await fetch(url, {
    method: "POST",
    headers,
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
  let body: SubgraphAnswer<T>;
  try {
    body = await postToSubgraph<T>(subgraphUrl(ctx.config, peer), ctx.identity, ctx.config, query, variables, ctx.requestId);
  } catch (failure) {
    // The peer is down, too slow, or answered something that is not GraphQL: say which, coded.
    const code = (failure as Error)?.name === "TimeoutError" ? "SUBGRAPH_TIMEOUT" : "SUBGRAPH_UNAVAILABLE";
    throw new DomainError(code, `${ERROR_CODES[code].en} (${peer})`, { service: peer });
  }
  const error = body.errors?.[0];
  if (error) {
    const code = error.extensions?.code;
    if (code && code !== "INTERNAL_SERVER_ERROR")
      throw new DomainError(code as never, error.message, { ...(error.extensions ?? {}), code: undefined });
    throw new Error(`${peer} answered: ${error.message}`);
  }
  return body.data as T;
}
