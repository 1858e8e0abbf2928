import { DEMO_PASSWORD } from "@change-leaders/common";
import { type TestStore, bearer, createTestStore, graphql } from "@change-leaders/common/testing";
import { type Launched, exitCode, freePortBlock, launchService, waitForReady } from "./support/processes";

/**
 * A subgraph process that dies or stops answering costs the gateway's callers only that subgraph's fields:
 * the rest of the answer comes back with a coded error within SUBGRAPH_TIMEOUT_MS, and the gateway serves
 * full answers again as soon as the subgraph is back on its port, with no restart of its own.
 */
const TIMEOUT_MS = 1500;
/** What the gateway may add to the subgraph timeout (planning, the other subgraphs, a loaded machine). */
const MARGIN_MS = 1500;

const TAMBONS = `
  {
    tambons(filter: { provinceCode: "22" }, page: { limit: 20 }) {
      totalCount
      nodes { code nameTh events { totalCount } nominations { totalCount } }
    }
  }
`;
interface Tambons {
  tambons: {
    totalCount: number;
    nodes: { code: string; nameTh: string; events: { totalCount: number } | null; nominations: { totalCount: number } | null }[];
  };
}

describe("a subgraph down or hung", () => {
  let store: TestStore;
  let port: number;
  let env: Record<string, string>;
  const services: Record<string, Launched> = {};
  let headers: Record<string, string>;
  const gatewayUrl = () => `http://127.0.0.1:${port}`;
  const subgraphReady = (offset: number) => `http://127.0.0.1:${port + offset}/ready`;

  const ask = async () => {
    const started = Date.now();
    const answer = await graphql<Tambons>(`${gatewayUrl()}/graphql`, TAMBONS, {}, headers);
    return { answer, ms: Date.now() - started };
  };
  const ready = async () => {
    const response = await fetch(`${gatewayUrl()}/ready`);
    return { status: response.status, body: (await response.json()) as { subgraphs: Record<string, string> } };
  };
  const expectFull = async () => {
    const { answer } = await ask();
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.tambons.totalCount).toBe(76);
    for (const tambon of answer.data!.tambons.nodes) expect(tambon.events).toEqual({ totalCount: expect.any(Number) });
    expect((await ready()).status).toBe(200);
  };
  /** The people and evaluation parts are there; only the activities part is missing, with one coded error. */
  const expectPartial = async (code: string) => {
    const { answer, ms } = await ask();
    console.log(`${code}: partial answer in ${ms} ms (SUBGRAPH_TIMEOUT_MS ${TIMEOUT_MS})`);
    expect(ms).toBeLessThan(TIMEOUT_MS + MARGIN_MS);
    expect(answer.data!.tambons.totalCount).toBe(76);
    expect(answer.data!.tambons.nodes).toHaveLength(20);
    for (const tambon of answer.data!.tambons.nodes) {
      expect(tambon.nameTh).toBeTruthy();
      expect(tambon.nominations).not.toBeNull();
      expect(tambon.events).toBeNull();
    }
    expect(answer.errors!.length).toBeGreaterThan(0);
    for (const error of answer.errors!) expect(error.extensions).toMatchObject({ code, service: "activities", messageTh: expect.any(String) });
    const text = JSON.stringify(answer.errors);
    expect(text).not.toMatch(/127\.0\.0\.1|localhost|:\d{4,5}\/|ECONN|socket|stack|\bat \w/);
    const state = await ready();
    expect(state.status).toBe(503);
    expect(state.body.subgraphs).toMatchObject({ people: "ready", activities: "unreachable", evaluation: "ready" });
  };

  beforeAll(async () => {
    store = createTestStore("sqlite");
    port = await freePortBlock();
    env = {
      PORT: String(port),
      HOST: "127.0.0.1",
      DATA_DIR: store.config.dataDir,
      SEED: "none",
      ADMIN_PASSWORD: "",
      SUBGRAPH_TIMEOUT_MS: String(TIMEOUT_MS),
      LOG_LEVEL: "warn",
    };
    for (const name of ["people", "activities", "evaluation"] as const) services[name] = launchService(name, env);
    await Promise.all([1, 2, 3].map((offset, i) => waitForReady(subgraphReady(offset), Object.values(services)[i])));
    services.gateway = launchService("gateway", env);
    await waitForReady(`${gatewayUrl()}/ready`, services.gateway);
    const login = await graphql<{ login: { token: string } }>(
      `${gatewayUrl()}/graphql`,
      `mutation { login(username: "admin", password: "${DEMO_PASSWORD}") { token } }`,
    );
    headers = bearer(login.data!.login.token);
  }, 120_000);

  afterAll(async () => {
    for (const launched of Object.values(services)) {
      if (launched.child.exitCode !== null) continue;
      launched.child.kill("SIGCONT");
      launched.child.kill("SIGKILL");
      await launched.exited;
    }
    await store?.drop();
  });

  it("answers in full while every subgraph is up", async () => {
    await expectFull();
  });

  it("answers partially with SUBGRAPH_UNAVAILABLE when the activities process is killed, and in full once it is back on its port", async () => {
    const gatewayPid = services.gateway.child.pid;
    services.activities.child.kill("SIGKILL");
    await services.activities.exited;
    await expectPartial("SUBGRAPH_UNAVAILABLE");

    services.activities = launchService("activities", env);
    await waitForReady(subgraphReady(2), services.activities);
    await expectFull();
    expect(services.gateway.child.pid).toBe(gatewayPid);
    expect(services.gateway.child.exitCode).toBeNull();
  });

  it("answers partially with SUBGRAPH_TIMEOUT within the timeout when the activities process hangs, and in full once it resumes", async () => {
    services.activities.child.kill("SIGSTOP");
    try {
      await expectPartial("SUBGRAPH_TIMEOUT");
    } finally {
      services.activities.child.kill("SIGCONT");
    }
    await expectFull();
  });

  it("still stops cleanly on SIGTERM afterwards", async () => {
    services.gateway.child.kill("SIGTERM");
    expect(await exitCode(services.gateway)).toBe(0);
  });
});
