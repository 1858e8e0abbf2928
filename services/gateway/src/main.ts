import "./no-telemetry";
import { SUBGRAPHS, type SubgraphName, loadConfig, subgraphUrl } from "@change-leaders/common";
import { createGateway } from "./gateway";
import { adminDir, readSupergraph } from "./paths";

/** The gateway alone, for production where each subgraph runs as its own deployment. */
async function main() {
  const config = loadConfig();
  const subgraphUrls = Object.fromEntries(SUBGRAPHS.map((name) => [name, subgraphUrl(config, name)])) as Record<SubgraphName, string>;
  const gateway = await createGateway({ config, supergraphSdl: readSupergraph(), subgraphUrls, adminDir: adminDir() });
  const running = await gateway.listen(config.port, process.env.HOST ?? "0.0.0.0");
  console.log(JSON.stringify({ level: "info", service: "gateway", msg: "listening", url: running.url }));
  const stop = async () => {
    await running.stop();
    process.exit(0);
  };
  process.once("SIGTERM", () => void stop());
  process.once("SIGINT", () => void stop());
}

main().catch((error) => {
  console.error(JSON.stringify({ level: "fatal", service: "gateway", msg: String(error?.stack ?? error) }));
  process.exit(1);
});
