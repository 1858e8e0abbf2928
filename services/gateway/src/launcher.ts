import "./no-telemetry";
import "./tracing";
import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";
import { DEMO_PASSWORD, SUBGRAPHS, type SubgraphName, loadConfig, subgraphUrl } from "@change-leaders/common";
import { stopTracing } from "@change-leaders/common/tracing";
import { createGateway } from "./gateway";
import { adminDir, readSupergraph } from "./paths";

/**
 * `npm start`: the three subgraphs as child processes, then the gateway in this one; prints where
 * everything is and how to log in; Ctrl-C or SIGTERM stops them all, in-flight requests drained.
 */
const ROOT = path.resolve(__dirname, "../../..");
const started = Date.now();

function waitForReady(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const readyUrl = url.replace(/\/graphql$/, "/ready");
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const poll = async () => {
      if (child.exitCode !== null) return reject(new Error(`${readyUrl}: the process exited with ${child.exitCode}`));
      try {
        if ((await fetch(readyUrl, { signal: AbortSignal.timeout(1000) })).ok) return resolve();
      } catch {
        // not listening yet
      }
      if (Date.now() > deadline) return reject(new Error(`${readyUrl} was not ready within ${timeoutMs / 1000} s`));
      setTimeout(poll, 200);
    };
    void poll();
  });
}

async function main() {
  const config = loadConfig();
  const children = new Map<SubgraphName, ChildProcess>();
  const stopChildren = () =>
    Promise.all(
      [...children.values()].map(
        (child) =>
          new Promise<void>((resolve) => {
            if (child.exitCode !== null) return resolve();
            child.once("exit", () => resolve());
            child.kill("SIGTERM");
          }),
      ),
    );
  let stopping = false;
  let shutdownGateway: (() => Promise<void>) | undefined;
  async function shutdown(code: number) {
    if (stopping) return;
    stopping = true;
    await shutdownGateway?.();
    await stopChildren();
    await stopTracing();
    process.exit(code);
  }
  process.once("SIGINT", () => void shutdown(0));
  process.once("SIGTERM", () => void shutdown(0));
  try {
    for (const name of SUBGRAPHS) {
      const child = spawn(process.execPath, [path.join(ROOT, "services", name, "dist", "main.js")], {
        env: { ...process.env, APOLLO_TELEMETRY_DISABLED: "1" },
        stdio: ["ignore", "inherit", "inherit"],
      });
      child.once("exit", (code) => {
        if (!stopping) console.error(`${name} subgraph exited (${code}); stopping.`);
        if (!stopping) void shutdown(1);
      });
      children.set(name, child);
    }
    const subgraphUrls = Object.fromEntries(SUBGRAPHS.map((name) => [name, subgraphUrl(config, name)])) as Record<SubgraphName, string>;
    await Promise.all(SUBGRAPHS.map((name) => waitForReady(subgraphUrls[name], children.get(name)!, 120_000)));
    const gateway = await createGateway({ config, supergraphSdl: readSupergraph(), subgraphUrls, adminDir: adminDir() });
    const running = await gateway.listen(config.port, process.env.HOST ?? "0.0.0.0");
    const base = running.url.replace(/\/graphql$/, "");
    console.log(
      [
        "",
        `Change Leaders is ready in ${((Date.now() - started) / 1000).toFixed(1)} s (${config.databaseUrl ? "MySQL" : `SQLite in ${config.dataDir}`})`,
        `  panel    ${base}/`,
        `  GraphQL  ${running.url}`,
        `  health   ${base}/health   ready ${base}/ready`,
        `  login    ${config.adminUsername} / ${config.adminPassword === DEMO_PASSWORD ? DEMO_PASSWORD : "(ADMIN_PASSWORD)"}` +
          (config.seed === "demo" ? `   (demo logins: officer.chanthaburi, inspector.region9, judge, budget, executive / ${DEMO_PASSWORD})` : ""),
        "Ctrl-C stops everything.",
        "",
      ].join("\n"),
    );
    shutdownGateway = () => running.stop();
  } catch (error) {
    console.error(String((error as Error).message ?? error));
    await shutdown(1);
  }
}

void main();
