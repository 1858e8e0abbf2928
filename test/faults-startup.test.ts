import net from "node:net";
import { openDataSource } from "@change-leaders/common";
import { peopleSubgraph } from "@change-leaders/people";

/**
 * A service that starts before its database (compose, Kubernetes) waits for it up to DATABASE_WAIT_MS,
 * but a mistake that waiting cannot cure (a wrong password) stops it at once, saying so.
 */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe("a service starting while its database is not there", () => {
  it.each([
    {
      case: "nothing listens on the database port",
      url: async () => `mysql://root@127.0.0.1:${await closedPort()}/cl`,
      waited: true,
      error: /ECONNREFUSED/,
    },
    { case: "the password is wrong", url: async () => "mysql://root:not-the-password@127.0.0.1:3306/cl", waited: false, error: /Access denied/ },
  ])("$case", async ({ url, waited, error }) => {
    const databaseWaitMs = 2000;
    const started = Date.now();
    await expect(openDataSource({ databaseUrl: await url(), dataDir: "", databaseWaitMs }, peopleSubgraph.dataSource)).rejects.toThrow(error);
    const took = Date.now() - started;
    if (waited) expect(took).toBeGreaterThanOrEqual(databaseWaitMs - 500);
    else expect(took).toBeLessThan(1000);
    expect(took).toBeLessThan(databaseWaitMs + 2500);
  });
});
