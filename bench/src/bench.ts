/**
 * `npm run bench [-- --mysql] [--leaders 110000] [--seconds 6]` (not part of `npm test`): seeds a
 * fresh national-scale store (SQLite in a temp folder, or MariaDB/MySQL at MYSQL_URL), starts the
 * system as `npm start` does (three subgraph processes and the gateway, production mode), and measures
 * each figure as a ratio within this one run. Prints a table and writes bench/results.{json,md}.
 */
import "reflect-metadata";
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import prettier from "prettier";
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
/** For working on one measure: `--only hop,dashboard,page,statements,import` prints without writing the results. */
const ONLY = argument(args, "only")?.split(",");
const wants = (measure: string) => !ONLY || ONLY.includes(measure);
const MYSQL_URL = process.env.MYSQL_URL ?? "mysql://root@127.0.0.1:3306";

interface Timing {
  medianMs: number;
  p95Ms: number;
}
interface Load extends Timing {
  requestsPerSecond: number;
  errors: number;
}

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

/** `count` sequential runs of `run`, timed. */
async function sequential(count: number, run: () => Promise<unknown>): Promise<Timing> {
  for (let i = 0; i < Math.min(5, count); i++) await run();
  const samples: number[] = [];
  for (let i = 0; i < count; i++) {
    const started = process.hrtime.bigint();
    await run();
    samples.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  return timing(samples);
}

async function post<T>(url: string, query: string, variables: Record<string, unknown>, headers: Record<string, string>): Promise<T> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const answer = (await response.json()) as { data?: T; errors?: unknown };
  if (answer.errors || !answer.data) throw new Error(`${url}: ${JSON.stringify(answer.errors ?? answer).slice(0, 1000)}`);
  return answer.data;
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
  const rss: Record<string, number> = { gateway: rssMb(launcher.pid!) };
  const children = fs.readFileSync(`/proc/${launcher.pid}/task/${launcher.pid}/children`, "utf8").trim().split(/\s+/).filter(Boolean);
  for (const child of children) {
    const name = SUBGRAPHS.find((s) => fs.readFileSync(`/proc/${child}/cmdline`, "utf8").includes(`services/${s}/`));
    if (name) rss[name] = rssMb(Number(child));
  }
  return rss;
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

const HOP_QUERY = `query Leaders($tambonCode: ID) { leaders(page: { limit: 15 }, filter: { tambonCode: $tambonCode }) { totalCount nodes { id title firstName lastName tambonCode cohortYear status } } }`;
const BUDGET_QUERY = `query Budget($fiscalYear: Int!) {
  budgetSummary(fiscalYear: $fiscalYear) {
    awardCount awardedTotal disbursedTotal paidTotal remainingTotal
    byProvince { provinceCode awardCount awardedTotal disbursedTotal paidTotal remainingTotal }
  }
}`;
const BUDGET_SQL = `
  SELECT a.province_code AS provinceCode, COUNT(*) AS awardCount, SUM(a.amount_satang) AS awarded, SUM(a.disbursed_satang) AS disbursed,
         SUM(COALESCE((SELECT SUM(d.amount_satang) FROM disbursement d WHERE d.award_id = a.id AND d.status = 'PAID'), 0)) AS paid
  FROM award a WHERE a.fiscal_year = ? GROUP BY a.province_code ORDER BY a.province_code`;
const LEADER_PAGE_QUERY = `query Page($offset: Int!) { leaders(page: { limit: 500, offset: $offset }) { totalCount nodes { id title firstName lastName gender communityRole tambonCode districtCode provinceCode villageNo cohortYear status } } }`;
const LEADER_PAGE_SQL = `
  SELECT id, title, first_name, last_name, gender, community_role, tambon_code, district_code, province_code, village_no, cohort_year, status
  FROM leader WHERE deleted_at IS NULL ORDER BY last_name_key ASC, first_name_key ASC, id ASC LIMIT 500 OFFSET ?`;
const LEADER_COUNT_SQL = `SELECT COUNT(*) AS n FROM leader WHERE deleted_at IS NULL`;
const PROVINCE_NESTED = `query ProvinceNested($code: ID!, $limit: Int!) {
  province(code: $code) {
    code
    tambons(page: { limit: $limit }) {
      totalCount
      nodes {
        code nameTh
        leaders(page: { limit: 5 }) { totalCount nodes { id firstName lastName } }
        events(page: { limit: 5 }) { totalCount nodes { id title } }
        nominations(page: { limit: 5 }) { totalCount nodes { id round status } }
        awards(page: { limit: 5 }) { totalCount nodes { id level } }
      }
    }
  }
}`;

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

const LOGIN = `mutation Login($username: String!, $password: String!) { login(username: $username, password: $password) { token } }`;

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
  const launcher = spawn(process.execPath, [path.join(ROOT, "services/gateway/dist/launcher.js")], {
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
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const gatewayUrl = `http://127.0.0.1:${port}/graphql`;
  const peopleUrl = `http://127.0.0.1:${port + 1}/graphql`;
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
      const hop = {
        direct1: await load(peopleUrl, direct, hopBody, 1, SECONDS),
        gateway1: await load(gatewayUrl, admin, hopBody, 1, SECONDS),
        direct20: await load(peopleUrl, direct, hopBody, 20, SECONDS),
        gateway20: await load(gatewayUrl, admin, hopBody, 20, SECONDS),
      };
      results.gatewayHop = {
        query: "leaders of one tambon, 15 per page (people only)",
        ...hop,
        medianRatio: round(hop.gateway1.medianMs / hop.direct1.medianMs),
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
      const budgetGraph = await sequential(200, () => post(gatewayUrl, BUDGET_QUERY, { fiscalYear: plan.fiscalYear }, admin));
      const budgetSql = await sequential(200, () => evaluationStore.query(BUDGET_SQL, [plan.fiscalYear]));
      results.dashboard = {
        query: `budgetSummary(fiscalYear: ${plan.fiscalYear}) by province: ${sqlAwards} awards in ${sqlRows.length} provinces`,
        graphql: budgetGraph,
        sql: budgetSql,
        medianRatio: round(budgetGraph.medianMs / budgetSql.medianMs),
      };
    }

    // 3. A partner's paged leader list, 500 a page, deep into the leaders, vs the raw SQL.
    if (wants("page")) {
      const key = await post<{ createApiKey: { key: string } }>(gatewayUrl, `mutation { createApiKey(name: "bench partner") { key } }`, {}, admin);
      const partner = { "x-api-key": key.createApiKey.key };
      const total = Number(((await peopleStore.query(LEADER_COUNT_SQL)) as { n: unknown }[])[0].n);
      const offset = Math.max(0, Math.floor((total - 500) / 500) * 500 - 9_500);
      const page = await post<{ leaders: { totalCount: number; nodes: { id: string }[] } }>(gatewayUrl, LEADER_PAGE_QUERY, { offset }, partner);
      const sqlPage = (await peopleStore.query(LEADER_PAGE_SQL, [offset])) as { id: string }[];
      if (page.leaders.totalCount !== total || page.leaders.nodes[0]?.id !== sqlPage[0]?.id) throw new Error("leader page: GraphQL and SQL disagree");
      const pageGraph = await sequential(40, () => post(gatewayUrl, LEADER_PAGE_QUERY, { offset }, partner));
      const pageSql = await sequential(40, async () => {
        await peopleStore.query(LEADER_PAGE_SQL, [offset]);
        await peopleStore.query(LEADER_COUNT_SQL);
      });
      results.leaderPage = {
        query: `leaders(page: { limit: 500, offset: ${offset} }) of ${total} as a partner (API key)`,
        graphql: pageGraph,
        sql: pageSql,
        medianRatio: round(pageGraph.medianMs / pageSql.medianMs),
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

/** bench/results.md from the runs in bench/results.json, formatted as the repository formats Markdown. */
async function writeMarkdown(all: Record<string, Run>): Promise<string> {
  const file = path.join(ROOT, "bench", "results.md");
  const markdown = await prettier.format(renderMarkdown(all), { ...(await prettier.resolveConfig(file)), parser: "markdown" });
  fs.writeFileSync(file, markdown);
  return markdown;
}

interface Run {
  dialect: Dialect;
  at: string;
  machine: { cpus: number; cpu?: string; memoryGb: number; node: string };
  scale: { programmeTambons: number; leaders: number; seedSeconds: number };
  gatewayHop: {
    query: string;
    direct1: Load;
    gateway1: Load;
    direct20: Load;
    gateway20: Load;
    medianRatio: number;
    p95Ratio: number;
    medianRatioAt20: number;
    throughputRatioAt20: number;
  };
  dashboard: { query: string; graphql: Timing; sql: Timing; medianRatio: number };
  leaderPage: { query: string; graphql: Timing; sql: Timing; medianRatio: number };
  statements: { provinceCode: string; at5: Record<string, number>; at70: Record<string, number> };
  import: { rows: number; seconds: number; rowsPerSecond: number };
  rssMb: Record<string, number>;
  benchSeconds: number;
}

const verdict = (ok: boolean) => (ok ? "✅" : "❌");

function renderMarkdown(all: Record<string, Run>): string {
  const lines = [
    "# Benchmark results",
    "",
    "Written by `npm run bench` (SQLite) and `npm run bench -- --mysql` (MariaDB). Each figure is a ratio measured within one run.",
    "",
  ];
  for (const run of Object.values(all)) {
    const h = run.gatewayHop;
    const same = SUBGRAPHS.every((name) => run.statements.at5[name] === run.statements.at70[name]);
    lines.push(
      `## ${run.dialect === "mysql" ? "MariaDB / MySQL" : "SQLite"}`,
      "",
      `${run.at}; ${run.machine.cpus} CPUs (${run.machine.cpu}), ${run.machine.memoryGb} GB, Node ${run.machine.node}; ` +
        `${run.scale.programmeTambons.toLocaleString("en")} programme tambons, ${run.scale.leaders.toLocaleString("en")} national leaders ` +
        `(seeded in ${run.scale.seedSeconds} s); whole bench ${run.benchSeconds} s.`,
      "",
      "| Measure | GraphQL | Baseline | Ratio | Target |",
      "|---|---|---|---|---|",
      `| 1. Gateway hop, median latency, 1 client (${h.query}) | ${h.gateway1.medianMs} ms | ${h.direct1.medianMs} ms direct | ${h.medianRatio} | ≤ 1.5 ${verdict(h.medianRatio <= 1.5)} |`,
      `| 1. Gateway hop, p95 latency, 1 client | ${h.gateway1.p95Ms} ms | ${h.direct1.p95Ms} ms direct | ${h.p95Ratio} | |`,
      `| 1. Gateway hop, 20 clients: median / p95 | ${h.gateway20.medianMs} / ${h.gateway20.p95Ms} ms | ${h.direct20.medianMs} / ${h.direct20.p95Ms} ms | ${h.medianRatioAt20} (median) | |`,
      `| 1. Gateway hop, throughput at 20 clients | ${h.gateway20.requestsPerSecond} req/s | ${h.direct20.requestsPerSecond} req/s direct | ${h.throughputRatioAt20} | |`,
      `| 2. Dashboard: ${run.dashboard.query}, median (p95) | ${run.dashboard.graphql.medianMs} (${run.dashboard.graphql.p95Ms}) ms | ${run.dashboard.sql.medianMs} (${run.dashboard.sql.p95Ms}) ms hand-written SQL | ${run.dashboard.medianRatio} | ≤ 3 ${verdict(run.dashboard.medianRatio <= 3)} |`,
      `| 3. ${run.leaderPage.query}, median (p95) | ${run.leaderPage.graphql.medianMs} (${run.leaderPage.graphql.p95Ms}) ms | ${run.leaderPage.sql.medianMs} (${run.leaderPage.sql.p95Ms}) ms raw SQL (page + count) | ${run.leaderPage.medianRatio} | |`,
      `| 4. SQL statements per request, province ${run.statements.provinceCode}'s tambons with leaders, events, nominations, awards | 5 tambons: ${fmt(run.statements.at5)} | 70 tambons: ${fmt(run.statements.at70)} | ${same ? "equal" : "DIFFERENT"} | equal ${verdict(same)} |`,
      `| 5. Leader import (${run.import.rows.toLocaleString("en")} CSV rows) | ${run.import.rowsPerSecond.toLocaleString("en")} rows/s | ${run.import.seconds} s | | ≥ 10,000 rows/s ${verdict(run.import.rowsPerSecond >= 10_000)} |`,
      `| 6. RSS after the load | gateway ${run.rssMb.gateway} MB | ${SUBGRAPHS.map((name) => `${name} ${run.rssMb[name]} MB`).join(", ")} | | gateway < 300 MB ${verdict(run.rssMb.gateway < 300)} |`,
      "",
    );
  }
  return `${lines.join("\n")}\n${OPTIMISATIONS}`;
}

/** What was changed for these numbers, measured before and after (hop bench, 15,000 leaders, SQLite, same machine). */
const OPTIMISATIONS = `
## Optimisations (before → after, measured with \`--only hop --leaders 15000\`)

| Change | Before | After | Kept |
|---|---|---|---|
| HMAC keys made once as \`KeyObject\`s (services/common/src/identity.ts): jsonwebtoken tried to parse a string/Buffer secret as a PEM key on every sign and verify; \`createPrivateKey\`+\`createPublicKey\` were 12.4 % of the gateway's CPU profile | gateway 3.56 ms, direct 1.09 ms median (1 client); 384 / 926 req/s at 20 clients | gateway 1.54 ms, direct 0.64 ms; 653 / 1,428 req/s | yes |
| Gateway → subgraph over \`node:http\` with one keep-alive \`Agent\` instead of the global \`fetch\` (services/gateway/src/subgraph-source.ts), two A/B runs | gateway 2.23 / 2.22 ms median, ratio 2.94 / 3.15; 474 / 513 req/s at 20 clients | 1.40 / 1.54 ms, ratio 2.17 / 2.23; 666 / 704 req/s | yes |
| No Express \`ETag\` on GraphQL answers (\`app.set("etag", false)\` in the gateway), two A/B runs | gateway 1.89 / 1.51 ms median; 1,335 / 1,250 req/s | 1.46 / 1.84 ms; 1,240 / 1,255 req/s | no (within noise) |
| Query-plan cache size | the one-operation bench already hits Apollo's default 30 MiB plan cache | no change | not changed |

The machine was shared with other work during these runs (load average ~5 on 2 CPUs): repeated runs moved single figures by up to ±30 %,
most of all the 20-client throughputs; the ratios of one run share the same conditions.

Not paid or not reachable here: the gateway's remaining cost is mostly kernel socket writes (\`writev\`, 13 % of its CPU profile: two more
loopback writes per request on this VM) and Apollo's result shaping (~2 %). The dashboard is compared with an in-process SQLite query of
~0.13 ms, less than one HTTP hop, so ≤ 3× cannot be met on SQLite; \`budgetSummary\` also loads every award for \`byAward\` even when
only \`byProvince\` is asked (services/evaluation/src/budget/budget.service.ts, left to its owner). The deep leader page is dominated
by the SQL itself (\`OFFSET\` over 100,000 sorted rows plus a \`COUNT\`): the API pages by offset, so a keyset cursor would be an API change.
`;

const fmt = (counts: Record<string, number>) => SUBGRAPHS.map((name) => `${name} ${counts[name]}`).join(", ");

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
