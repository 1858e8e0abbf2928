import type { GraphQLSchema } from "graphql";
import type { DataSource } from "typeorm";
import { type Config, type SubgraphName, loadConfig, subgraphPort } from "./config";
import { type DataSourceSpec, openDataSource } from "./database";
import { createLogger } from "./observability";
import { stopTracing } from "./observability/tracing";
import { type RunningServer, type ServiceServer, createSubgraphServer } from "./server";

/** What a subgraph is: its name, its tables and migrations, its schema and its seed. */
export interface SubgraphDefinition {
  name: SubgraphName;
  dataSource: DataSourceSpec;
  buildSchema(): Promise<GraphQLSchema>;
  /** Fills an empty store; must add nothing to a store that already has its data. Returns lines to print. */
  seed(dataSource: DataSource, config: Config): Promise<string[]>;
  /** Work the running subgraph does on its own (e.g. a scheduled job); returns how to stop it. */
  background?(dataSource: DataSource, config: Config): () => Promise<void>;
}

export interface Subgraph {
  definition: SubgraphDefinition;
  dataSource: DataSource;
  server: ServiceServer;
  seedReport: string[];
}

/** Opens the subgraph's store (migrated), seeds it, and builds its server without listening yet. */
export async function createSubgraph(definition: SubgraphDefinition, config: Config): Promise<Subgraph> {
  const dataSource = await openDataSource(config, definition.dataSource, { migrate: config.migrateOnStart });
  try {
    const seedReport = config.migrateOnStart ? await definition.seed(dataSource, config) : [];
    const server = await createSubgraphServer({ name: definition.name, schema: await definition.buildSchema(), dataSource, config });
    return { definition, dataSource, server, seedReport };
  } catch (error) {
    await dataSource.destroy();
    throw error;
  }
}

/** Starts a subgraph and stops it cleanly: in-flight requests drain, then the database closes. */
export async function startSubgraph(definition: SubgraphDefinition, config: Config, port: number): Promise<RunningServer & { subgraph: Subgraph }> {
  const subgraph = await createSubgraph(definition, config);
  const running = await subgraph.server.listen(port, process.env.HOST ?? "127.0.0.1");
  const stopBackground = definition.background?.(subgraph.dataSource, config);
  return {
    ...running,
    subgraph,
    stop: async () => {
      await stopBackground?.();
      await running.stop();
      await subgraph.dataSource.destroy();
    },
  };
}

/**
 * `main.js --migrate-only`: creates the store when missing, runs its pending migrations and the seed
 * (the first admin, the geography; nothing on a store that has them), then exits 0. Deployments run
 * it once (compose's `migrate`, the Kubernetes Job) before the replicas start.
 */
async function migrateOnly(definition: SubgraphDefinition, config: Config, logger: ReturnType<typeof createLogger>): Promise<void> {
  const dataSource = await openDataSource(config, definition.dataSource);
  try {
    for (const line of await definition.seed(dataSource, config)) logger.info(line);
    logger.info({ database: dataSource.options.type, migrations: dataSource.migrations.length }, "migrated");
  } finally {
    await dataSource.destroy();
  }
  await stopTracing();
  process.exit(0);
}

/** The `main` of a subgraph process: configuration from the environment, stop on SIGTERM or Ctrl-C. */
export async function runSubgraphMain(definition: SubgraphDefinition): Promise<void> {
  let logger = createLogger(definition.name, { logLevel: process.env.LOG_LEVEL || "info" });
  try {
    const config = loadConfig();
    if (process.argv.includes("--migrate-only")) return await migrateOnly(definition, config, logger);
    const running = await startSubgraph(definition, config, subgraphPort(config, definition.name));
    logger = running.subgraph.server.observability.logger;
    for (const line of running.subgraph.seedReport) logger.info(line);
    logger.info({ url: running.url, database: running.subgraph.dataSource.options.type }, "listening");
    let stopping = false;
    const stop = async (signal: string) => {
      if (stopping) return;
      stopping = true;
      logger.info({ signal }, "stopping");
      await running.stop();
      await stopTracing();
      process.exit(0);
    };
    process.on("SIGTERM", () => void stop("SIGTERM"));
    process.on("SIGINT", () => void stop("SIGINT"));
  } catch (error) {
    logger.fatal({ error: String((error as Error).stack ?? error) }, "could not start");
    process.exit(1);
  }
}
