import "./no-telemetry";
import "./tracing";
import { SUBGRAPHS, type SubgraphName, createLogger, loadConfig, subgraphUrl } from "@change-leaders/common";
import { stopTracing } from "@change-leaders/common/tracing";
import { createGateway } from "./gateway";
import { adminDir, readSupergraph } from "./paths";

/** The gateway alone, for production where each subgraph runs as its own deployment. */
async function main() {
  const config = loadConfig();
  const subgraphUrls = Object.fromEntries(SUBGRAPHS.map((name) => [name, subgraphUrl(config, name)])) as Record<SubgraphName, string>;
  const gateway = await createGateway({ config, supergraphSdl: readSupergraph(), subgraphUrls, adminDir: adminDir() });
  const running = await gateway.listen(config.port, process.env.HOST ?? "0.0.0.0");
  const logger = createLogger("gateway", config);
  logger.info({ url: running.url }, "listening");
  const stop = async (signal: string) => {
    logger.info({ signal }, "stopping");
    await running.stop();
    await stopTracing();
    process.exit(0);
  };
  process.once("SIGTERM", () => void stop("SIGTERM"));
  process.once("SIGINT", () => void stop("SIGINT"));
}

main().catch((error) => {
  createLogger("gateway", { logLevel: process.env.LOG_LEVEL || "info" }).fatal({ error: String(error?.stack ?? error) }, "could not start");
  process.exit(1);
});
