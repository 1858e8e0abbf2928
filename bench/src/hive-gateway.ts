/**
 * A peer gateway for the "peers" measure (peers.ts): Hive Gateway's runtime (@graphql-hive/gateway-runtime,
 * MIT) in this process, serving the committed supergraph against the bench's subgraph processes. With
 * `router` it plans with Hive Router's Rust query planner (@graphql-hive/router-runtime's
 * `unifiedGraphHandler`); otherwise with Hive's default (JavaScript) runtime.
 *
 * `node hive-gateway.js <stitching|router> <port>`, with HIVE_SUBGRAPH_URLS (JSON: subgraph name → URL),
 * SUPERGRAPH_FILE and JWT_SECRET in the environment. Our subgraphs trust only an identity the gateway
 * signed, so every subgraph request carries the bench's ADMIN identity, signed here with the bench's
 * secret (re-signed before it expires, as our gateway does): a bench harness, not a way to run Hive
 * in front of this system. Hive checks no login token; our gateway does, on every request.
 *
 * Nothing here may call out: no usage reporting (`reporting` unset; the supergraph is a string, so no
 * CDN, GraphOS or registry polling), no landing page, no GraphiQL, no logs below errors.
 */
import fs from "node:fs";
import http from "node:http";
import net from "node:net";
import { createGatewayRuntime } from "@graphql-hive/gateway-runtime";
import { unifiedGraphHandler } from "@graphql-hive/router-runtime";
import { IDENTITY_HEADER, Role, signSubgraphIdentity } from "@change-leaders/common";

const [runtime, port] = process.argv.slice(2);
const subgraphUrls = JSON.parse(process.env.HIVE_SUBGRAPH_URLS ?? "{}") as Record<string, string>;
const secret = process.env.JWT_SECRET ?? "";
const identity = { kind: "account" as const, id: "bench", name: "bench", role: Role.ADMIN };

/** Every address this process connects to that is not loopback, sent to the bench when it asks ("outside"). */
const outside = new Set<string>();
const connect = net.Socket.prototype.connect as (...args: unknown[]) => net.Socket;
net.Socket.prototype.connect = function (this: net.Socket, ...args: unknown[]) {
  const first = (Array.isArray(args[0]) ? args[0][0] : args[0]) as { host?: string; port?: number; path?: string } | number;
  const host =
    typeof first === "object" ? (first.path ? undefined : (first.host ?? "localhost")) : typeof args[1] === "string" ? args[1] : "localhost";
  if (host && !/^(127\.|::1$|localhost$)/.test(host)) outside.add(`${host}:${typeof first === "object" ? first.port : first}`);
  return connect.apply(this, args);
} as typeof net.Socket.prototype.connect;
process.on("message", (message) => {
  if (message === "outside") process.send?.({ outside: [...outside] });
});

const gateway = createGatewayRuntime({
  supergraph: fs.readFileSync(process.env.SUPERGRAPH_FILE ?? "", "utf8"),
  ...(runtime === "router" ? { unifiedGraphHandler } : {}),
  transportEntries: Object.fromEntries(Object.entries(subgraphUrls).map(([name, location]) => [name, { location }])),
  propagateHeaders: { fromClientToSubgraphs: () => ({ [IDENTITY_HEADER]: signSubgraphIdentity(identity, secret) }) },
  logging: "error",
  landingPage: false,
  graphiql: false,
});

const server = http.createServer(gateway);
server.listen(Number(port), "127.0.0.1", () => process.send?.("listening"));
const stop = () => server.close(() => void Promise.resolve(gateway.dispose()).finally(() => process.exit(0)));
process.on("SIGTERM", stop);
process.on("disconnect", stop);
