/**
 * The panel's weight, as a person on a slow line meets it: the login page's scripts and styles (bytes as built and as
 * the gateway sends them, and how many requests), and the time from typing the address to a usable login form and on
 * to the dashboard, in Debian's Chromium throttled to DevTools' "Fast 3G" (150 ms, 1.6 Mbps down, 750 kbps up), an
 * empty cache each time. Written to bench/panel-results.{json,md}; `npm run bench` runs it after the data benches.
 */
import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { type Page, chromium } from "playwright-core";
import prettier from "prettier";
import { DEMO_PASSWORD } from "@change-leaders/common";

const ROOT = path.join(__dirname, "..", "..");
const ADMIN_DIR = process.env.ADMIN_DIR || path.join(ROOT, "admin", "dist");
const RUNS = 3;
/** Chrome DevTools' "Fast 3G" preset. */
const FAST_3G = { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };

interface PanelRun {
  at: string;
  machine: { cpus: number; node: string };
  login: { requests: number; rawBytes: number; sentBytes: number; encodings: string[] };
  fast3g: { loginFormMs: number[]; dashboardMs: number[]; loginFormMedianMs: number; dashboardMedianMs: number };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}

async function waitForReady(url: string, child: ChildProcess) {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the system exited (${child.exitCode}) before it was ready`);
    const ready = await fetch(url).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error("the system was not ready within 2 minutes");
}

/** The login page's scripts and styles as the browser received them: decoded bytes, bytes on the wire, encodings. */
async function loginWeight(page: Page, url: string): Promise<PanelRun["login"]> {
  const assets: Promise<{ raw: number; sent: number; encoding: string }>[] = [];
  page.on("response", (response) => {
    const type = response.request().resourceType();
    if (type !== "script" && type !== "stylesheet") return;
    assets.push(
      (async () => {
        const [body, sizes] = await Promise.all([response.body(), response.request().sizes()]);
        return { raw: body.length, sent: sizes.responseBodySize, encoding: (await response.headerValue("content-encoding")) ?? "identity" };
      })(),
    );
  });
  await page.goto(url);
  await page.getByLabel(/ชื่อผู้ใช้/).waitFor();
  await page.waitForLoadState("networkidle");
  const read = await Promise.all(assets);
  return {
    requests: read.length,
    rawBytes: read.reduce((sum, asset) => sum + asset.raw, 0),
    sentBytes: read.reduce((sum, asset) => sum + asset.sent, 0),
    encodings: [...new Set(read.map((asset) => asset.encoding))],
  };
}

/** One throttled visit with an empty cache: ms to a usable login form, and to the dashboard after signing in. */
async function throttledLogin(page: Page, url: string): Promise<{ loginFormMs: number; dashboardMs: number }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  await cdp.send("Network.emulateNetworkConditions", FAST_3G);
  const started = Date.now();
  await page.goto(url);
  const username = page.getByLabel(/ชื่อผู้ใช้/);
  await username.waitFor();
  await page.getByRole("button", { name: "เข้าสู่ระบบ" }).waitFor();
  const loginFormMs = Date.now() - started;
  await username.fill("admin");
  await page.getByLabel(/รหัสผ่าน/).fill(DEMO_PASSWORD);
  const signedIn = Date.now();
  await page.getByRole("button", { name: "เข้าสู่ระบบ" }).click();
  await page.getByText(/ยินดีต้อนรับ/).waitFor({ timeout: 60_000 });
  return { loginFormMs, dashboardMs: loginFormMs + (Date.now() - signedIn) };
}

function renderMarkdown(run: PanelRun): string {
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KiB`;
  return [
    "# The panel's weight",
    "",
    `Measured by \`npm run bench\` (bench/src/panel.ts) on ${run.at}, ${run.machine.cpus} CPUs, Node ${run.machine.node}, Debian Chromium.`,
    "",
    "| measure | value |",
    "| --- | --- |",
    `| login page: scripts and styles | ${run.login.requests} requests |`,
    `| login page: bytes as built | ${kb(run.login.rawBytes)} |`,
    `| login page: bytes sent (${run.login.encodings.join(", ")}) | ${kb(run.login.sentBytes)} |`,
    `| Fast 3G, address to a usable login form (median of ${run.fast3g.loginFormMs.length}) | ${run.fast3g.loginFormMedianMs} ms |`,
    `| Fast 3G, address to the dashboard, signing in (median) | ${run.fast3g.dashboardMedianMs} ms |`,
    "",
    "Fast 3G is DevTools' preset (150 ms latency, 1.6 Mbps down, 750 kbps up), the browser's cache empty each time; the",
    "target is a usable login form in under 2 s. The dashboard time includes the sign-in request and the dashboard's",
    "own code and figures.",
    "",
  ].join("\n");
}

async function main() {
  if (!fs.existsSync(path.join(ADMIN_DIR, "index.html"))) throw new Error(`no built panel in ${ADMIN_DIR} (npm run build)`);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "cl-bench-panel-"));
  const port = await freePort();
  const system = spawn(process.execPath, [path.join(ROOT, "services/gateway/dist/launcher.js")], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: "development",
      APOLLO_TELEMETRY_DISABLED: "1",
      DATA_DIR: dataDir,
      ADMIN_DIR,
      PORT: String(port),
      HOST: "127.0.0.1",
      LOG_LEVEL: "error",
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
  });
  try {
    const url = `http://127.0.0.1:${port}/`;
    await waitForReady(`${url}ready`, system);
    const weighed = await browser.newContext();
    const login = await loginWeight(await weighed.newPage(), url);
    await weighed.close();
    const visits: { loginFormMs: number; dashboardMs: number }[] = [];
    for (let i = 0; i < RUNS; i++) {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
      visits.push(await throttledLogin(await context.newPage(), url));
      await context.close();
    }
    const loginFormMs = visits.map((visit) => visit.loginFormMs);
    const dashboardMs = visits.map((visit) => visit.dashboardMs);
    const run: PanelRun = {
      at: new Date().toISOString(),
      machine: { cpus: os.cpus().length, node: process.version },
      login,
      fast3g: { loginFormMs, dashboardMs, loginFormMedianMs: median(loginFormMs), dashboardMedianMs: median(dashboardMs) },
    };
    fs.writeFileSync(path.join(ROOT, "bench", "panel-results.json"), `${JSON.stringify(run, null, 2)}\n`);
    const file = path.join(ROOT, "bench", "panel-results.md");
    const markdown = await prettier.format(renderMarkdown(run), { ...(await prettier.resolveConfig(file)), parser: "markdown" });
    fs.writeFileSync(file, markdown);
    console.log(markdown);
  } finally {
    await browser.close();
    system.kill("SIGTERM");
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
