import { type SubgraphName, subgraphUrl } from "./config";
import type { RequestContext } from "./context";
import { DomainError, unauthenticated } from "./errors";
import { IDENTITY_HEADER, REQUEST_ID_HEADER, signSubgraphIdentity } from "./identity";

/**
 * Asks another subgraph over GraphQL, as the caller: the one sanctioned way for a subgraph to read
 * data another subgraph owns when a rule needs it inside a mutation (never its tables). The caller's
 * identity is signed again for the peer, so the peer applies its own access rules to the same person.
 * Errors the peer answers with a code (NOT_FOUND, FORBIDDEN…) are passed on as they are.
 */
export async function queryPeer<T>(ctx: RequestContext, peer: SubgraphName, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  if (!ctx.identity) throw unauthenticated();
  const response = await fetch(subgraphUrl(ctx.config, peer), {
    method: "POST",
    headers: {
      "content-type": "application/json",
      [IDENTITY_HEADER]: signSubgraphIdentity(ctx.identity, ctx.config.jwtSecret),
      [REQUEST_ID_HEADER]: ctx.requestId,
    },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(ctx.config.subgraphTimeoutMs),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };
  const error = body.errors?.[0];
  if (error) {
    const code = error.extensions?.code;
    if (code && code !== "INTERNAL_SERVER_ERROR")
      throw new DomainError(code as never, error.message, { ...(error.extensions ?? {}), code: undefined });
    throw new Error(`${peer} answered: ${error.message}`);
  }
  return body.data as T;
}
