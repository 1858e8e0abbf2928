import { type SubgraphName, subgraphUrl } from "./config";
import type { RequestContext } from "./context";
import { DomainError, ERROR_CODES, unauthenticated } from "./errors";
import { type SubgraphAnswer, SubgraphTimeout, askSubgraph } from "./transport";

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
    body = await askSubgraph<T>(subgraphUrl(ctx.config, peer), ctx.identity, ctx.config, query, variables, ctx.requestId);
  } catch (failure) {
    // The peer is down, too slow, or answered something that is not GraphQL: say which, coded.
    const code = failure instanceof SubgraphTimeout ? "SUBGRAPH_TIMEOUT" : "SUBGRAPH_UNAVAILABLE";
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
