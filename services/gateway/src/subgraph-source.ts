import http from "node:http";
import https from "node:https";
import { RemoteGraphQLDataSource } from "@apollo/gateway";
import { ERROR_CODES, IDENTITY_HEADER, REQUEST_ID_HEADER, signSubgraphIdentity } from "@change-leaders/common";
import { GraphQLError } from "graphql";
import type { GatewayContext } from "./context";

/** Kept-alive connections to the subgraphs, shared by every source (one per subgraph), over http or https. */
const AGENT_OPTIONS = { keepAlive: true, keepAliveMsecs: 30_000, maxSockets: 64, maxFreeSockets: 64, scheduling: "lifo" } as const;
const agents = { http: new http.Agent(AGENT_OPTIONS), https: new https.Agent(AGENT_OPTIONS) };

/** What RemoteGraphQLDataSource reads of a response. */
interface SubgraphResponse {
  ok: boolean;
  status: number;
  statusText: string;
  url: string;
  headers: { get(name: string): string | null };
  text(): Promise<string>;
  json(): Promise<unknown>;
}

/**
 * A 400 whose body is a GraphQL answer with errors (a variable the subgraph's scalar refused, e.g. a
 * Baht with three decimals) is the subgraph speaking, not failing: pass its errors and codes on.
 */
function isGraphQLAnswer(status: number, text: string): boolean {
  if (status !== 400) return false;
  try {
    const body = JSON.parse(text) as { errors?: unknown };
    return Array.isArray(body.errors) && body.errors.length > 0;
  } catch {
    return false;
  }
}

export class SubgraphTimeout extends Error {
  constructor(timeoutMs: number) {
    super(`The subgraph did not answer within ${timeoutMs} ms`);
  }
}

/**
 * The error a client sees when a subgraph is down, slow or answers garbage: a code, the service's name
 * and Thai and English words; never its URL, the socket error or a stack (those go to the log).
 */
export function subgraphFailure(service: string, error: unknown): GraphQLError {
  const code = error instanceof SubgraphTimeout ? "SUBGRAPH_TIMEOUT" : "SUBGRAPH_UNAVAILABLE";
  return new GraphQLError(`${ERROR_CODES[code].en} (${service})`, { extensions: { code, service, messageTh: ERROR_CODES[code].th } });
}

/**
 * POSTs over node:http(s) on the shared keep-alive agents: measured cheaper per request than the global
 * fetch (undici with WHATWG streams) for the small JSON bodies a gateway exchanges with a subgraph.
 */
export function postToSubgraph(
  url: string,
  init: { method?: string; headers?: Record<string, string>; body?: string },
  timeoutMs: number,
): Promise<SubgraphResponse> {
  return new Promise((resolve, reject) => {
    const body = init.body ?? "";
    const secure = url.startsWith("https:");
    const request = (secure ? https : http).request(
      url,
      {
        method: init.method ?? "POST",
        agent: secure ? agents.https : agents.http,
        headers: { ...init.headers, "content-length": Buffer.byteLength(body) },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("error", reject);
        response.on("end", () => {
          clearTimeout(timer);
          const text = Buffer.concat(chunks).toString("utf8");
          const status = response.statusCode ?? 0;
          resolve({
            ok: (status >= 200 && status < 300) || isGraphQLAnswer(status, text),
            status,
            statusText: response.statusMessage ?? "",
            url,
            headers: {
              get: (name) => {
                const value = response.headers[name.toLowerCase()];
                return value === undefined ? null : Array.isArray(value) ? value.join(", ") : value;
              },
            },
            text: async () => text,
            json: async () => JSON.parse(text),
          });
        });
      },
    );
    // The subgraph did not answer in time: give up (the answer is then partial, never hung).
    const timer = setTimeout(() => request.destroy(new SubgraphTimeout(timeoutMs)), timeoutMs);
    request.on("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    request.end(body);
  });
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
