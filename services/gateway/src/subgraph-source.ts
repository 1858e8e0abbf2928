import { RemoteGraphQLDataSource } from "@apollo/gateway";
import { IDENTITY_HEADER, REQUEST_ID_HEADER, signSubgraphIdentity } from "@change-leaders/common";
import type { GatewayContext } from "./context";

/**
 * How the gateway talks to one subgraph: over kept-alive connections, giving up after the timeout
 * (the answer is then partial, never hung), and carrying the caller's identity signed by the gateway.
 */
export class SubgraphSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(url: string, timeoutMs: number) {
    super({
      url,
      fetcher: (input, init) => fetch(input as string, { ...(init as RequestInit), signal: AbortSignal.timeout(timeoutMs) }) as never,
    });
  }

  override willSendRequest({ request, context }: Parameters<NonNullable<RemoteGraphQLDataSource<GatewayContext>["willSendRequest"]>>[0]) {
    if (!context || !("requestId" in context)) return;
    request.http?.headers.set(REQUEST_ID_HEADER, context.requestId);
    if (context.identity) request.http?.headers.set(IDENTITY_HEADER, context.subgraphToken(context.identity, signSubgraphIdentity));
  }
}
