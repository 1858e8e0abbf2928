import { DEMO_PASSWORD } from "@change-leaders/common";
import { bearer, createTestStore, describeEachDatabase, graphql } from "@change-leaders/common/testing";
import { exitCode, freePortBlock, isListening, launch, waitForOutput } from "./support/processes";
import { rowCounts } from "./support/row-counts";

/**
 * `npm start` as a newcomer runs it (the built launcher): starts everything on an empty store with the
 * demo, prints where it is, stops cleanly on SIGTERM, and a second start keeps every row and adds none.
 */
describeEachDatabase("npm start", (dialect) => {
  it("starts, answers across subgraphs, stops on SIGTERM, and restarts on the same store without adding a row", async () => {
    const store = createTestStore(dialect);
    const port = await freePortBlock();
    const env = {
      PORT: String(port),
      DATA_DIR: store.config.dataDir,
      ...(store.config.databaseUrl ? { DATABASE_URL: store.config.databaseUrl } : {}),
      ADMIN_PASSWORD: "",
      SEED: "demo",
    };
    try {
      const first = launch(env);
      await waitForOutput(first, /Change Leaders is ready/);
      expect(first.output()).toContain(`http://localhost:${port}/graphql`);
      expect(first.output()).toContain(`admin / ${DEMO_PASSWORD}`);
      const url = `http://127.0.0.1:${port}/graphql`;
      const login = await graphql<{ login: { token: string } }>(url, `mutation { login(username: "admin", password: "${DEMO_PASSWORD}") { token } }`);
      const answer = await graphql<{
        tambons: { totalCount: number; nodes: { events: { totalCount: number }; nominations: { totalCount: number } }[] };
      }>(
        url,
        `
          {
            tambons(filter: { provinceCode: "22" }, page: { limit: 100 }) {
              totalCount
              nodes {
                code
                nameTh
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
        bearer(login.data!.login.token),
      );
      expect(answer.errors).toBeUndefined();
      expect(answer.data!.tambons.totalCount).toBe(76);
      expect(answer.data!.tambons.nodes.filter((t) => t.events.totalCount > 0)).toHaveLength(11);
      const panel = await fetch(`http://127.0.0.1:${port}/`);
      expect(panel.status).toBe(200);
      expect(await panel.text()).toContain("<html");

      first.child.kill("SIGTERM");
      expect(await exitCode(first)).toBe(0);
      for (const p of [port, port + 1, port + 2, port + 3]) expect(await isListening(p)).toBe(false);
      const before = await rowCounts(store.config);
      expect(before["people.tambon"]).toBeGreaterThan(7400);
      expect(before["people.account"]).toBe(7); // the admin and the six demo logins

      const second = launch(env);
      await waitForOutput(second, /Change Leaders is ready/);
      expect(second.output()).not.toMatch(/geography loaded|demo activities|demo evaluation|first admin created/);
      second.child.kill("SIGINT");
      expect(await exitCode(second)).toBe(0);
      expect(await rowCounts(store.config)).toEqual(before);
    } finally {
      await store.drop();
    }
  });
});
