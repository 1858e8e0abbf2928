/**
 * `npm run bench [-- --mysql] [--leaders 110000] [--seconds 6]` (not part of `npm test`): seeds a
 * fresh national-scale store (SQLite in a temp folder, or MariaDB/MySQL at MYSQL_URL), starts the
 * system as `npm start` does (three subgraph processes and the gateway, production mode), and measures
 * each figure as a ratio within this one run. Prints a table and writes bench/results.{json,md}.
 */
import "reflect-metadata";
import { type ChildProcess, execFileSync, fork, spawn } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import {
  type Config,
  type Dialect,
  IDENTITY_HEADER,
  Role,
  SUBGRAPHS,
  type SubgraphName,
  dropMysqlDatabase,
  loadConfig,
  openDataSource,
  signSubgraphIdentity,
  startSubgraph,
} from "@change-leaders/common";
import { StatementCounter } from "@change-leaders/common/testing";
import { activitiesSubgraph } from "@change-leaders/activities";
import { evaluationSubgraph } from "@change-leaders/evaluation";
import { peopleSubgraph } from "@change-leaders/people";
import {
  BUDGET_QUERY,
  BUDGET_SQL,
  HOP_QUERY,
  LEADER_COUNT_SQL,
  LEADER_CURSOR_QUERY,
  LEADER_KEYSET_SQL,
  LEADER_PAGE_QUERY,
  LEADER_PAGE_SQL,
  LOGIN,
  PROVINCE_NESTED,
} from "./queries";
import { type Load, type Run, type Timing, writeMarkdown } from "./report";
import { measureDurabilityCost } from "./durability";
import { argument, seedNational } from "./seed";

process.env.APOLLO_TELEMETRY_DISABLED = "1";

const ROOT = path.resolve(__dirname, "../..");
const DEFINITIONS = { people: peopleSubgraph, activities: activitiesSubgraph, evaluation: evaluationSubgraph };
const BENCH_SECRET = "bench-secret-at-least-32-characters-long-0123456789";
const DEMO_PASSWORD = "demo-changeleaders";
const args = process.argv.slice(2);
const dialect: Dialect = args.includes("--mysql") ? "mysql" : "sqlite";
const LEADERS = Number(argument(args, "leaders") ?? 110_000);
const SECONDS = Number(argument(args, "seconds") ?? 6);
/** For working on one measure: `--only hop,dashboard,page,statements,import,durability` prints without writing the results. */
const ONLY = argument(args, "only")?.split(",");
const wants = (measure: string) => !ONLY || ONLY.includes(measure);
/** `--cpu-prof <dir>`: the gateway (launcher) process writes a V8 CPU profile there when it stops. */
const CPU_PROF = argument(args, "cpu-prof");
const MYSQL_URL = process.env.MYSQL_URL ?? "mysql://root@127.0.0.1:3306";

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;
function timing(samples: number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  return { medianMs: round(quantile(sorted, 0.5), 3), p95Ms: round(quantile(sorted, 0.95), 3) };
}

/** autocannon against one GraphQL URL; latency percentiles from every response it timed. */
function load(url: string, headers: Record<string, string>, body: string, connections: number, duration: number): Promise<Load> {
  return new Promise((resolve, reject) => {
    const times: number[] = [];
    const instance = autocannon(
      { url, method: "POST", headers: { "content-type": "application/json", ...headers }, body, connections, duration },
      (error, result) => {
        if (error) return reject(error);
        resolve({ ...timing(times), requestsPerSecond: round(result.requests.average, 0), errors: result.errors + result.non2xx + result.timeouts });
      },
    );
    instance.on("response", (_client, _status, _bytes, responseTime) => times.push(responseTime));
  });
}

/**
 * `count` rounds of the given runs taken in turn (A, B, C, A, B, C, …), each timed, after `warmup`
 * untimed rounds: every run sees the same warm servers and the same machine, whatever else it is doing.
 */
async function interleaved<K extends string>(count: number, runs: Record<K, () => Promise<unknown>>, warmup = count): Promise<Record<K, Timing>> {
  const names = Object.keys(runs) as K[];
  const samples = Object.fromEntries(names.map((name) => [name, [] as number[]])) as Record<K, number[]>;
  for (let round = 0; round < warmup + count; round++) {
    for (const name of names) {
      const started = process.hrtime.bigint();
      await runs[name]();
      if (round >= warmup) samples[name].push(Number(process.hrtime.bigint() - started) / 1e6);
    }
  }
  return Object.fromEntries(names.map((name) => [name, timing(samples[name])])) as Record<K, Timing>;
}

/** The bench's own client: node:http on one kept-alive agent (the global fetch cost ~1 ms a request more here, which is the client's, not the system's). */
const clientAgent = new http.Agent({ keepAlive: true });
function post<T>(url: string, query: string, variables: Record<string, unknown>, headers: Record<string, string>): Promise<T> {
  const body = JSON.stringify({ query, variables });
  return new Promise((resolve, reject) => {
    const request = http.request(
      url,
      { method: "POST", agent: clientAgent, headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body), ...headers } },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("error", reject);
        response.on("end", () => {
          const answer = JSON.parse(Buffer.concat(chunks).toString("utf8")) as { data?: T; errors?: unknown };
          if (answer.errors || !answer.data) reject(new Error(`${url}: ${JSON.stringify(answer.errors ?? answer).slice(0, 1000)}`));
          else resolve(answer.data);
        });
      },
    );
    request.on("error", reject);
    request.end(body);
  });
}

/** The bare proxy (bare-proxy.ts) in its own process in front of one subgraph; resolves once it listens. */
function startBareProxy(target: string, port: number): Promise<ChildProcess> {
  const child = fork(path.join(__dirname, "bare-proxy.js"), [target, String(port)], { stdio: ["ignore", "ignore", "inherit", "ipc"] });
  return new Promise((resolve, reject) => {
    child.once("message", () => resolve(child));
    child.once("exit", (code) => reject(new Error(`the bare proxy exited with ${code}`)));
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function rssMb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  return round(Number(/VmRSS:\s+(\d+)/.exec(status)![1]) / 1024, 0);
}

/** The resident memory of the gateway (the launcher) and of each subgraph process. */
function systemRss(launcher: ChildProcess): Record<string, number> {
  return Object.fromEntries(Object.entries(systemPids(launcher)).map(([name, pid]) => [name, rssMb(pid)]));
}

/** The process of the gateway (the launcher) and of each subgraph. */
function systemPids(launcher: ChildProcess): Record<string, number> {
  const pids: Record<string, number> = { gateway: launcher.pid! };
  const children = fs.readFileSync(`/proc/${launcher.pid}/task/${launcher.pid}/children`, "utf8").trim().split(/\s+/).filter(Boolean);
  for (const child of children) {
    const name = SUBGRAPHS.find((s) => fs.readFileSync(`/proc/${child}/cmdline`, "utf8").includes(`services/${s}/`));
    if (name) pids[name] = Number(child);
  }
  return pids;
}

/** CPU time (user + system) a process has used, in ms (/proc/<pid>/stat, clock ticks of 10 ms). */
function cpuMs(pid: number): number {
  const fields = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/** A load, with the CPU each process spent per request during it: unlike latency, hardly moved by other work on the machine. */
async function loadWithCpu(
  pids: Record<string, number>,
  ...args: Parameters<typeof load>
): Promise<Load & { cpuMsPerRequest: Record<string, number> }> {
  const before = Object.fromEntries(Object.entries(pids).map(([name, pid]) => [name, cpuMs(pid)]));
  const result = await load(...args);
  const requests = Math.max(1, result.requestsPerSecond * args[4]);
  const cpuMsPerRequest = Object.fromEntries(Object.entries(pids).map(([name, pid]) => [name, round((cpuMs(pid) - before[name]) / requests, 3)]));
  return { ...result, cpuMsPerRequest };
}

async function waitForReady(url: string, child: ChildProcess, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the system exited with ${child.exitCode}`);
    try {
      if ((await fetch(url, { signal: AbortSignal.timeout(1000) })).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} was not ready within ${timeoutMs / 1000} s`);
}

/** The same nested query at 5 and at 70 tambons, counted per subgraph in an in-process system on the same store. */
async function statementsPerRequest(config: Config, provinceCode: string) {
  const { createGateway, readSupergraph } = await import("@change-leaders/gateway");
  const subgraphUrls: Partial<Record<SubgraphName, string>> = {};
  const inProcess = { ...config, subgraphUrls };
  const running = {} as Record<SubgraphName, Awaited<ReturnType<typeof startSubgraph>>>;
  const counters = {} as Record<SubgraphName, StatementCounter>;
  for (const name of SUBGRAPHS) {
    running[name] = await startSubgraph(DEFINITIONS[name], inProcess, 0);
    subgraphUrls[name] = running[name].url;
    counters[name] = new StatementCounter();
    Object.assign(running[name].subgraph.dataSource, { logger: counters[name] });
  }
  const gateway = await createGateway({ config, supergraphSdl: readSupergraph(), subgraphUrls: subgraphUrls as Record<SubgraphName, string> });
  const server = await gateway.listen(0);
  try {
    const login = await post<{ login: { token: string } }>(server.url, LOGIN, { username: "admin", password: DEMO_PASSWORD }, {});
    const auth = { authorization: `Bearer ${login.login.token}` };
    const at = async (limit: number) => {
      await post(server.url, PROVINCE_NESTED, { code: provinceCode, limit }, auth); // warm the plan
      for (const name of SUBGRAPHS) counters[name].reset();
      await post(server.url, PROVINCE_NESTED, { code: provinceCode, limit }, auth);
      return Object.fromEntries(SUBGRAPHS.map((name) => [name, counters[name].count])) as Record<SubgraphName, number>;
    };
    return { provinceCode, at5: await at(5), at70: await at(70) };
  } finally {
    await server.stop();
    for (const name of SUBGRAPHS) await running[name].stop();
  }
}

/** services/people's import bench (100,000 rows over HTTP into a fresh store); rows per second of the real import. */
function importRate(): { rows: number; seconds: number; rowsPerSecond: number; output: string } {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: "test", APOLLO_TELEMETRY_DISABLED: "1" };
  if (dialect === "mysql") env.BENCH_DATABASE_URL = `${MYSQL_URL}/clbench_import`;
  const output = execFileSync(process.execPath, [path.join(ROOT, "services/people/dist/bench/import.bench.js")], { env, encoding: "utf8" });
  const line = /import\s*:\s*([\d.]+) s, ([\d,]+) rows\/s/.exec(output);
  const rows = /^(\d+) rows/m.exec(output);
  if (!line || !rows) throw new Error(`import bench said:\n${output}`);
  return { rows: Number(rows[1]), seconds: Number(line[1]), rowsPerSecond: Number(line[2].replace(/,/g, "")), output: output.trim() };
}

async function main() {
  if (args.includes("--render")) {
    const runs = JSON.parse(fs.readFileSync(path.join(ROOT, "bench", "results.json"), "utf8")) as Record<string, Run>;
    return console.log(await writeMarkdown(runs));
  }
  const started = Date.now();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "cl-bench-"));
  const databaseUrl = dialect === "mysql" ? `${MYSQL_URL}/clbench` : undefined;
  if (databaseUrl) for (const name of SUBGRAPHS) await dropMysqlDatabase(databaseUrl, name);
  const config = { ...loadConfig({ NODE_ENV: "development", SEED: "demo", DATA_DIR: dataDir }), databaseUrl, jwtSecret: BENCH_SECRET };
  console.log(
    `bench on ${dialect === "mysql" ? `MySQL at ${MYSQL_URL}` : `SQLite in ${dataDir}`}, ${os.cpus().length} CPUs, Node ${process.version}`,
  );
  const seedStarted = Date.now();
  const { plan } = await seedNational({ leaders: LEADERS, config, log: (line) => console.log(`  ${line}`) });
  const seedSeconds = (Date.now() - seedStarted) / 1000;

  const port = await freePort();
  const profile = CPU_PROF ? ["--cpu-prof", `--cpu-prof-dir=${path.resolve(CPU_PROF)}`] : [];
  const launcher = spawn(process.execPath, [...profile, path.join(ROOT, "services/gateway/dist/launcher.js")], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      APOLLO_TELEMETRY_DISABLED: "1",
      JWT_SECRET: BENCH_SECRET,
      ADMIN_PASSWORD: "bench-admin-password-unused",
      DATA_DIR: dataDir,
      DATABASE_URL: databaseUrl ?? "",
      PORT: String(port),
      HOST: "127.0.0.1",
      LOG_LEVEL: "error",
      // Production refuses in-process rate-limit counters; the bench's partner stays under RATE_LIMIT_PER_MINUTE.
      REDIS_URL: process.env.REDIS_URL ?? "redis://127.0.0.1:6379",
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const gatewayUrl = `http://127.0.0.1:${port}/graphql`;
  const peopleUrl = `http://127.0.0.1:${port + 1}/graphql`;
  const evaluationUrl = `http://127.0.0.1:${port + 1 + SUBGRAPHS.indexOf("evaluation")}/graphql`;
  const results: Record<string, unknown> = {};
  const evaluationStore = await openDataSource(config, evaluationSubgraph.dataSource);
  const peopleStore = await openDataSource(config, peopleSubgraph.dataSource);
  try {
    await waitForReady(`http://127.0.0.1:${port}/ready`, launcher, 120_000);
    const login = await post<{ login: { token: string } }>(gatewayUrl, LOGIN, { username: "admin", password: DEMO_PASSWORD }, {});
    const admin = { authorization: `Bearer ${login.login.token}` };
    const direct = { [IDENTITY_HEADER]: signSubgraphIdentity({ kind: "account", id: "bench", name: "bench", role: Role.ADMIN }, BENCH_SECRET) };

    // 1. The gateway hop: the same people query through the gateway and straight to the subgraph.
    if (wants("hop")) {
      const hopBody = JSON.stringify({ query: HOP_QUERY, variables: { tambonCode: plan.tambons[0].code } });
      const viaGateway = await post<{ leaders: { totalCount: number } }>(gatewayUrl, HOP_QUERY, { tambonCode: plan.tambons[0].code }, admin);
      const viaDirect = await post<{ leaders: { totalCount: number } }>(peopleUrl, HOP_QUERY, { tambonCode: plan.tambons[0].code }, direct);
      if (viaGateway.leaders.totalCount !== viaDirect.leaders.totalCount) throw new Error("the gateway and the subgraph disagree");
      await load(gatewayUrl, admin, hopBody, 4, 2); // warm-up
      await load(peopleUrl, direct, hopBody, 4, 2);
      const pids = systemPids(launcher);
      const people = { gateway: pids.gateway, people: pids.people };
      const proxyPort = await freePort();
      const proxy = await startBareProxy(peopleUrl, proxyPort);
      const proxyUrl = `http://127.0.0.1:${proxyPort}/graphql`;
      await load(proxyUrl, direct, hopBody, 4, 2);
      const hop = {
        direct1: await load(peopleUrl, direct, hopBody, 1, SECONDS),
        gateway1: await load(gatewayUrl, admin, hopBody, 1, SECONDS),
        proxy1: await load(proxyUrl, direct, hopBody, 1, SECONDS),
        direct20: await loadWithCpu(people, peopleUrl, direct, hopBody, 20, SECONDS),
        gateway20: await loadWithCpu(people, gatewayUrl, admin, hopBody, 20, SECONDS),
        proxy20: await load(proxyUrl, direct, hopBody, 20, SECONDS),
      };
      proxy.kill("SIGTERM");
      results.gatewayHop = {
        query: "leaders of one tambon, 15 per page (people only)",
        ...hop,
        medianRatio: round(hop.gateway1.medianMs / hop.direct1.medianMs),
        proxyMedianRatio: round(hop.proxy1.medianMs / hop.direct1.medianMs),
        p95Ratio: round(hop.gateway1.p95Ms / hop.direct1.p95Ms),
        medianRatioAt20: round(hop.gateway20.medianMs / hop.direct20.medianMs),
        throughputRatioAt20: round(hop.gateway20.requestsPerSecond / hop.direct20.requestsPerSecond),
      };
    }

    // 2. The national budget dashboard by province vs the hand-written SQL on the same database.
    if (wants("dashboard")) {
      const graph = await post<{ budgetSummary: { awardCount: number; paidTotal: string; byProvince: { provinceCode: string }[] } }>(
        gatewayUrl,
        BUDGET_QUERY,
        { fiscalYear: plan.fiscalYear },
        admin,
      );
      const sqlRows = (await evaluationStore.query(BUDGET_SQL, [plan.fiscalYear])) as { provinceCode: string; awardCount: unknown; paid: unknown }[];
      const sqlAwards = sqlRows.reduce((sum, row) => sum + Number(row.awardCount), 0);
      if (sqlAwards !== graph.budgetSummary.awardCount || sqlRows.length !== graph.budgetSummary.byProvince.length) {
        throw new Error(
          `budget: SQL ${sqlAwards} awards in ${sqlRows.length} provinces, GraphQL ${graph.budgetSummary.awardCount} in ${graph.budgetSummary.byProvince.length}`,
        );
      }
      const budget = await interleaved(200, {
        graphql: () => post(gatewayUrl, BUDGET_QUERY, { fiscalYear: plan.fiscalYear }, admin),
        subgraph: () => post(evaluationUrl, BUDGET_QUERY, { fiscalYear: plan.fiscalYear }, direct),
        sql: () => evaluationStore.query(BUDGET_SQL, [plan.fiscalYear]),
      });
      results.dashboard = {
        query: `budgetSummary(fiscalYear: ${plan.fiscalYear}) by province: ${sqlAwards} awards in ${sqlRows.length} provinces`,
        ...budget,
        medianRatio: round(budget.graphql.medianMs / budget.sql.medianMs),
      };
    }

    // 3. A partner's paged leader list, 500 a page, deep into the leaders, vs the raw SQL.
    if (wants("page")) {
      const key = await post<{ createApiKey: { key: string } }>(
        gatewayUrl,
        `mutation { createApiKey(name: "bench partner", purpose: "วัดประสิทธิภาพ", scope: NAMED) { key } }`,
        {},
        admin,
      );
      const partner = { "x-api-key": key.createApiKey.key };
      const total = Number(((await peopleStore.query(LEADER_COUNT_SQL)) as { n: unknown }[])[0].n);
      const offset = Math.max(0, Math.floor((total - 500) / 500) * 500 - 9_500);
      const page = await post<{ leaders: { totalCount: number; nodes: { id: string }[] } }>(gatewayUrl, LEADER_PAGE_QUERY, { offset }, partner);
      const sqlPage = (await peopleStore.query(LEADER_PAGE_SQL, [offset])) as { id: string }[];
      if (page.leaders.totalCount !== total || page.leaders.nodes[0]?.id !== sqlPage[0]?.id) throw new Error("leader page: GraphQL and SQL disagree");
      // Few warm-up rounds: a page by offset takes up to a second on MariaDB.
      const byOffset = await interleaved(
        40,
        {
          graphql: () => post(gatewayUrl, LEADER_PAGE_QUERY, { offset }, partner),
          sql: async () => {
            await peopleStore.query(LEADER_PAGE_SQL, [offset]);
            await peopleStore.query(LEADER_COUNT_SQL);
          },
        },
        5,
      );
      results.leaderPage = {
        query: `leaders(page: { limit: 500, offset: ${offset} }) of ${total} as a partner (API key)`,
        ...byOffset,
        medianRatio: round(byOffset.graphql.medianMs / byOffset.sql.medianMs),
      };

      // 3b. The same page by cursor: the nextCursor of the page before it, without totalCount, vs the raw keyset SQL.
      const before = await post<{ leaders: { nextCursor: string } }>(
        gatewayUrl,
        LEADER_PAGE_QUERY.replace("totalCount", "nextCursor"),
        { offset: offset - 500 },
        partner,
      );
      const after = before.leaders.nextCursor;
      const [, , last, first, id] = JSON.parse(Buffer.from(after, "base64url").toString("utf8")) as string[];
      const keyset = [last, last, last, first, first, id];
      const cursorPage = await post<{ leaders: { nodes: { id: string }[] } }>(gatewayUrl, LEADER_CURSOR_QUERY, { after }, partner);
      const keysetPage = (await peopleStore.query(LEADER_KEYSET_SQL, keyset)) as { id: string }[];
      if (cursorPage.leaders.nodes[0]?.id !== sqlPage[0]?.id || keysetPage[0]?.id !== sqlPage[0]?.id)
        throw new Error("leader page by cursor: not the offset page");
      const byCursor = await interleaved(40, {
        graphql: () => post(gatewayUrl, LEADER_CURSOR_QUERY, { after }, partner),
        sql: () => peopleStore.query(LEADER_KEYSET_SQL, keyset),
      });
      results.leaderCursor = {
        query: `the same page by cursor: leaders(page: { limit: 500, after: nextCursor }), no totalCount`,
        ...byCursor,
        medianRatio: round(byCursor.graphql.medianMs / byCursor.sql.medianMs),
        offsetOverCursor: round(byOffset.graphql.medianMs / byCursor.graphql.medianMs),
      };
    }

    // 6. Memory after the load.
    results.rssMb = systemRss(launcher);
  } finally {
    await evaluationStore.destroy();
    await peopleStore.destroy();
    launcher.kill("SIGTERM");
    await new Promise((resolve) => (launcher.exitCode !== null ? resolve(null) : launcher.once("exit", resolve)));
  }

  // 4. Statements per request at 5 and at 70 tambons of the province with the most tambons.
  const province = "30";
  if (wants("statements")) results.statements = await statementsPerRequest(config, province);

  // 5. The 100,000-row leader import.
  if (wants("import")) {
    const imported = importRate();
    results.import = { rows: imported.rows, seconds: imported.seconds, rowsPerSecond: imported.rowsPerSecond };
  }

  // 7. What synchronous = FULL costs a commit (the embedded store only; MySQL has its own settings).
  if (dialect === "sqlite" && wants("durability")) results.durability = measureDurabilityCost(dataDir, timing);

  if (databaseUrl) for (const name of SUBGRAPHS) await dropMysqlDatabase(databaseUrl, name);
  else fs.rmSync(dataDir, { recursive: true, force: true });

  const run = {
    dialect,
    at: new Date().toISOString(),
    machine: { cpus: os.cpus().length, cpu: os.cpus()[0]?.model, memoryGb: round(os.totalmem() / 2 ** 30, 1), node: process.version },
    scale: { programmeTambons: plan.tambons.length, leaders: plan.tambons.length * plan.leadersPerTambon, seedSeconds: round(seedSeconds, 1) },
    ...results,
    benchSeconds: round((Date.now() - started) / 1000, 0),
  };
  if (ONLY) return console.log(JSON.stringify(run, null, 2));
  const file = path.join(ROOT, "bench", "results.json");
  const all = fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, "utf8")) as Record<string, unknown>) : {};
  all[dialect] = run;
  fs.writeFileSync(file, `${JSON.stringify(all, null, 2)}\n`);
  console.log(`\n${await writeMarkdown(all as Record<string, Run>)}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
