import { RemoteGraphQLDataSource } from "@apollo/gateway";
import { ERROR_CODES, IDENTITY_HEADER, REQUEST_ID_HEADER, SubgraphTimeout, postToSubgraph, signSubgraphIdentity } from "@change-leaders/common";
import { GraphQLError } from "graphql";
import type { GatewayContext } from "./context";

/**
 * The error a client sees when a subgraph is down, slow or answers garbage: a code, the service's name
 * and Thai and English words; never its URL, the socket error or a stack (those go to the log).
 */
export function subgraphFailure(service: string, error: unknown): GraphQLError {
  const code = error instanceof SubgraphTimeout ? "SUBGRAPH_TIMEOUT" : "SUBGRAPH_UNAVAILABLE";
  return new GraphQLError(`${ERROR_CODES[code].en} (${service})`, { extensions: { code, service, messageTh: ERROR_CODES[code].th } });
}

/** What the gateway tells a subgraph of the caller: the request id, and the identity it signed (none for an anonymous caller). */
export function callerHeaders(context: GatewayContext): Record<string, string> {
  const headers: Record<string, string> = { [REQUEST_ID_HEADER]: context.requestId };
  if (context.identity) headers[IDENTITY_HEADER] = context.subgraphToken(context.identity, signSubgraphIdentity);
  return headers;
}

/**
 * How the gateway talks to one subgraph: over kept-alive connections, giving up after the timeout
 * (the answer is then partial, never hung), and carrying the caller's identity signed by the gateway.
 */
export class SubgraphSource extends RemoteGraphQLDataSource<GatewayContext> {
  private readonly service: string;

  constructor(url: string, timeoutMs: number, service: string) {
    super({
      url,
      fetcher: ((input: string, init: Parameters<typeof postToSubgraph>[1]) => postToSubgraph(input, init, timeoutMs)) as never,
    });
    this.service = service;
  }

  /** A failed call (refused, reset, timed out, a 5xx) becomes a coded error; the rest of the answer stands. */
  override didEncounterError(error: Error): never {
    const code = error instanceof GraphQLError ? error.extensions.code : undefined;
    if (code === "UNAUTHENTICATED" || code === "FORBIDDEN") throw error;
    throw subgraphFailure(this.service, error);
  }

  override willSendRequest({ request, context }: Parameters<NonNullable<RemoteGraphQLDataSource<GatewayContext>["willSendRequest"]>>[0]) {
    if (!context || !("requestId" in context)) return;
    for (const [name, value] of Object.entries(callerHeaders(context as GatewayContext))) request.http?.headers.set(name, value);
  }
}
