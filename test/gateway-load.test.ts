import fs from "node:fs";
import path from "node:path";
import { DEMO_PASSWORD, loadConfig } from "@change-leaders/common";
import { type TestStore, bearer, createTestStore, graphql } from "@change-leaders/common/testing";
import { operationCost, readSupergraph } from "@change-leaders/gateway";
import { type OperationDefinitionNode, buildSchema, parse } from "graphql";
import { csvLine } from "../services/people/src/leader/csv";
import { syntheticNationalId } from "../services/people/src/seed/demo-leaders";
import { type Launched, ROOT, freePortBlock, launchService, waitForReady } from "./support/processes";

/**
 * The heaviest document the cost limit lets through, sent by 5 clients at once to a system of four
 * processes (as compose runs it), over 500 tambons of 15 leaders each (the programme's own ratio):
 * the gateway lets them into the subgraphs one at a time (limits/admission.ts), the people process
 * stays under its memory budget and a small request still answers meanwhile. Before the cost counted
 * pages, 10 aliases of a lighter document took people from 185 MB to 914 MB.
 */
const PEOPLE_RSS_BUDGET_MB = 512;
/** The heap setting the production image runs every service with. */
const PRODUCTION_NODE_OPTIONS = /NODE_OPTIONS=(\S+)/.exec(fs.readFileSync(path.join(ROOT, "docker/Dockerfile"), "utf8"))![1];
/**
 * The figure: `{ me { id } }` under 200 ms while the burst runs. Measured alone: median
 * 54–58 ms, slowest 337–372 ms against 1.57–1.61 s for one heaviest document alone (people starts
 * one batch per turn of its event loop, common/loaders.ts, and hands a batch's child pages back 500
 * rows per turn, common/children.ts); before, a median of ~1.1 s, a whole document. The
 * median is held to 200 ms; the slowest to half of one heaviest document alone, measured in the same
 * run, so the full suite's load on two cores moves both sides of that bound alike.
 */
const SMALL_REQUEST_MEDIAN_MS = 200;
const SMALL_REQUEST_SLOWEST_SHARE_OF_HEAVY = 0.5;
const CLIENTS = 5;
const ROUNDS = 2;
const TAMBONS = 500;
const LEADERS_PER_TAMBON = 15;

/** Every tambon of a page of 500 with its district, province and a page of 15 leaders, every leader field, personal ones too. */
const HEAVIEST = `query Heaviest {
  tambons(page: { limit: ${TAMBONS} }) {
    totalCount
    nodes {
      code nameTh nameEn districtCode provinceCode postalCode
      district { code nameTh nameEn provinceCode }
      province { code nameTh nameEn }
      leaders(page: { limit: ${LEADERS_PER_TAMBON} }) {
        totalCount
        nodes { id title firstName lastName gender communityRole tambonCode districtCode provinceCode villageNo cohortYear status
          withdrawnAt anonymisedAt version createdAt updatedAt nationalId phone birthDate }
      }
    }
  }
}`;
const ME = `query Me { me { id } }`;
interface Heaviest {
  tambons: { nodes: { code: string; leaders: { nodes: { id: string }[] } }[] };
}

/** The resident memory of a process, from Linux's /proc. */
const rssMb = (pid: number) => Number(/VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"))![1]) / 1024;

describe("the heaviest document the limits allow, 5 clients at once", () => {
  let store: TestStore;
  let url: string;
  let headers: Record<string, string>;
  const services: Record<string, Launched> = {};

  beforeAll(async () => {
    store = createTestStore("sqlite");
    const port = await freePortBlock();
    const env = {
      PORT: String(port),
      HOST: "127.0.0.1",
      DATA_DIR: store.config.dataDir,
      SEED: "none",
      ADMIN_PASSWORD: "",
      LOG_LEVEL: "warn",
      NODE_OPTIONS: PRODUCTION_NODE_OPTIONS,
    };
    for (const name of ["people", "activities", "evaluation"] as const) services[name] = launchService(name, env);
    await Promise.all([1, 2, 3].map((offset, i) => waitForReady(`http://127.0.0.1:${port + offset}/ready`, Object.values(services)[i])));
    services.gateway = launchService("gateway", env);
    await waitForReady(`http://127.0.0.1:${port}/ready`, services.gateway);
    url = `http://127.0.0.1:${port}/graphql`;
    const login = await graphql<{ login: { token: string } }>(url, `mutation { login(username: "admin", password: "${DEMO_PASSWORD}") { token } }`);
    headers = bearer(login.data!.login.token);

    const tambons = await graphql<{ tambons: { nodes: { code: string }[] } }>(
      url,
      `{ tambons(page: { limit: ${TAMBONS} }) { nodes { code } } }`,
      {},
      headers,
    );
    const rows = tambons.data!.tambons.nodes.flatMap(({ code }, t) =>
      Array.from({ length: LEADERS_PER_TAMBON }, (_, i) => {
        const serial = t * LEADERS_PER_TAMBON + i;
        return csvLine([
          "นาง",
          `ผู้นำ${serial}`,
          `ทดสอบ${t}`,
          "หญิง",
          "15/03/2518",
          syntheticNationalId(2_000_000 + serial),
          "0891234567",
          "กลุ่มสตรี",
          code,
          1,
          2564,
        ]);
      }),
    );
    const csv = ["คำนำหน้า,ชื่อ,นามสกุล,เพศ,วันเกิด,เลขประจำตัวประชาชน,โทรศัพท์,บทบาทในชุมชน,รหัสตำบล,หมู่ที่,ปีงบประมาณ", ...rows].join("\r\n");
    const imported = await graphql<{ importLeaders: { createdCount: number } }>(
      url,
      `
        mutation Import($csv: String!) {
          importLeaders(csv: $csv) {
            createdCount
            errors {
              row
              message
            }
          }
        }
      `,
      { csv },
      headers,
    );
    expect(imported.data?.importLeaders.createdCount).toBe(TAMBONS * LEADERS_PER_TAMBON);
  }, 180_000);

  afterAll(async () => {
    for (const launched of Object.values(services)) {
      if (launched.child.exitCode !== null) continue;
      launched.child.kill("SIGKILL");
      await launched.exited;
    }
    await store?.drop();
  });

  it("is within 5 % of the cost limit", () => {
    const limit = loadConfig({ NODE_ENV: "test" }).queryLimits.cost;
    const document = parse(HEAVIEST);
    const cost = operationCost(
      buildSchema(readSupergraph(), { assumeValidSDL: true }),
      document,
      document.definitions[0] as OperationDefinitionNode,
      {},
    );
    expect(cost).toBeLessThanOrEqual(limit);
    expect(cost).toBeGreaterThan(limit * 0.95);
  });

  it(`keeps people under ${PEOPLE_RSS_BUDGET_MB} MB, and { me { id } } in a median under ${SMALL_REQUEST_MEDIAN_MS} ms`, async () => {
    const pid = services.people.child.pid!;
    await graphql(url, HEAVIEST, {}, headers);
    const alone = performance.now();
    await graphql(url, HEAVIEST, {}, headers);
    const heavyAloneMs = performance.now() - alone;
    const before = rssMb(pid);
    let peak = before;
    const sampler = setInterval(() => (peak = Math.max(peak, rssMb(pid))), 25);
    const meTimes: number[] = [];
    let heavyDone = false;
    const probe = (async () => {
      while (!heavyDone) {
        const started = performance.now();
        const me = await graphql<{ me: { id: string } }>(url, ME, {}, headers);
        meTimes.push(performance.now() - started);
        expect(me.data?.me.id).toEqual(expect.any(String));
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    })();
    const started = performance.now();
    const client = async () => {
      const answers = [];
      for (let round = 0; round < ROUNDS; round++) answers.push(await graphql<Heaviest>(url, HEAVIEST, {}, headers));
      return answers;
    };
    const answers = (await Promise.all(Array.from({ length: CLIENTS }, client))).flat();
    const heavyMs = performance.now() - started;
    heavyDone = true;
    await probe;
    clearInterval(sampler);

    for (const answer of answers) {
      expect(answer.errors).toBeUndefined();
      expect(answer.data!.tambons.nodes).toHaveLength(TAMBONS);
      expect(answer.data!.tambons.nodes.reduce((sum, tambon) => sum + tambon.leaders.nodes.length, 0)).toBe(TAMBONS * LEADERS_PER_TAMBON);
    }
    const slowest = Math.max(...meTimes);
    const sorted = [...meTimes].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)];
    console.log(
      `one heaviest document alone ${Math.round(heavyAloneMs)} ms; ${CLIENTS} clients × ${ROUNDS} in ${Math.round(heavyMs)} ms; people RSS ${Math.round(before)} → peak ${Math.round(peak)} MB; ` +
        `{ me { id } } ×${meTimes.length}: median ${Math.round(median)} ms, slowest ${Math.round(slowest)} ms`,
    );
    expect(peak).toBeLessThan(PEOPLE_RSS_BUDGET_MB);
    expect(meTimes.length).toBeGreaterThan(20);
    expect(median).toBeLessThan(SMALL_REQUEST_MEDIAN_MS);
    expect(slowest).toBeLessThan(SMALL_REQUEST_SLOWEST_SHARE_OF_HEAVY * heavyAloneMs);
  }, 180_000);
});
