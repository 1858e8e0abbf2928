import net from "node:net";
import { type RequestContext, Role, createRequestContext, loadConfig, queryPeer } from "@change-leaders/common";
import type { DataSource } from "typeorm";

/**
 * A subgraph asking a peer (queryPeer) that is down or hung gets a coded error naming the peer within
 * the subgraph timeout, never a masked INTERNAL_SERVER_ERROR or a request that hangs.
 */
const TIMEOUT_MS = 800;

describe("a peer subgraph down or hung", () => {
  const sockets: net.Socket[] = [];
  let hung: net.Server;
  let hungPort: number;
  let closedPort: number;

  beforeAll(async () => {
    // Accepts connections and never answers, like a stopped process whose kernel still queues them.
    hung = net.createServer((socket) => sockets.push(socket));
    await new Promise<void>((resolve) => hung.listen(0, "127.0.0.1", resolve));
    hungPort = (hung.address() as net.AddressInfo).port;
    const closed = net.createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    closedPort = (closed.address() as net.AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
  });
  afterAll(async () => {
    for (const socket of sockets) socket.destroy();
    await new Promise((resolve) => hung.close(resolve));
  });

  const contextFor = (peopleUrl: string): RequestContext =>
    createRequestContext({
      identity: { kind: "account", id: "1", name: "admin", role: Role.ADMIN },
      requestId: "faults-peer",
      dataSource: {} as DataSource,
      config: { ...loadConfig({ NODE_ENV: "test", SUBGRAPH_TIMEOUT_MS: String(TIMEOUT_MS) }), subgraphUrls: { people: peopleUrl } },
    });

  it.each([
    { case: "nothing listens", url: () => `http://127.0.0.1:${closedPort}/graphql`, code: "SUBGRAPH_UNAVAILABLE" },
    { case: "it accepts and never answers", url: () => `http://127.0.0.1:${hungPort}/graphql`, code: "SUBGRAPH_TIMEOUT" },
  ])("$case: $code", async ({ url, code }) => {
    const started = Date.now();
    const failure = await queryPeer(contextFor(url()), "people", "{ __typename }").catch((error: unknown) => error);
    expect(Date.now() - started).toBeLessThan(TIMEOUT_MS + 1000);
    expect(failure).toMatchObject({ extensions: { code, service: "people", messageTh: expect.any(String) } });
    expect(String((failure as Error).message)).not.toMatch(/127\.0\.0\.1|ECONN|fetch failed/);
  });
});
