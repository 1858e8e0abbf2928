import net from "node:net";
import { graphql } from "@change-leaders/common/testing";
import { startSystem } from "./support/system";

/** A government system must not call a vendor: every connection the system makes stays on this machine. */
describe("nothing calls home", () => {
  it("sets APOLLO_TELEMETRY_DISABLED as soon as the gateway module loads", () => {
    delete process.env.APOLLO_TELEMETRY_DISABLED;
    jest.isolateModules(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- a fresh load of the module is the point
      require("@change-leaders/gateway");
    });
    expect(process.env.APOLLO_TELEMETRY_DISABLED).toBe("1");
  });

  it("connects only to loopback while starting, answering and stopping the whole system", async () => {
    const destinations: string[] = [];
    const original = net.Socket.prototype.connect;
    const spy = jest.spyOn(net.Socket.prototype, "connect").mockImplementation(function (this: net.Socket, ...args: unknown[]) {
      // net.connect() hands connect() its normalised arguments as one array: [options, callback].
      const first = Array.isArray(args[0]) ? args[0][0] : args[0];
      const options = first as { host?: string; path?: string; port?: number } | number;
      destinations.push(typeof options === "object" ? (options.path ?? `${options.host ?? "localhost"}:${options.port}`) : `localhost:${options}`);
      return (original as (...a: unknown[]) => net.Socket).apply(this, args);
    });
    try {
      const system = await startSystem("sqlite");
      const admin = await system.loginAs("admin");
      const answer = await graphql(
        system.url,
        `
          {
            tambons(filter: { provinceCode: "22" }) {
              nodes {
                events {
                  totalCount
                }
                nominations {
                  totalCount
                }
              }
            }
          }
        `,
        {},
        admin,
      );
      expect(answer.errors).toBeUndefined();
      await system.stop();
      await new Promise((resolve) => setTimeout(resolve, 200));
    } finally {
      spy.mockRestore();
    }
    expect(destinations.length).toBeGreaterThan(0);
    expect(destinations.filter((d) => !/^(127\.0\.0\.1|localhost|::1|\[::1\]):\d+$/.test(d))).toEqual([]);
  });
});
