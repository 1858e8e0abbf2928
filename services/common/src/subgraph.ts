import type { GraphQLSchema } from "graphql";
import type { DataSource } from "typeorm";
import { type Config, type SubgraphName, loadConfig, subgraphPort } from "./config";
import { type DataSourceSpec, openDataSource } from "./database";
import { type RunningServer, type ServiceServer, createSubgraphServer } from "./server";

/** What a subgraph is: its name, its tables and migrations, its schema and its seed. */
export interface SubgraphDefinition {
  name: SubgraphName;
  dataSource: DataSourceSpec;
  buildSchema(): Promise<GraphQLSchema>;
  /** Fills an empty store; must add nothing to a store that already has its data. Returns lines to print. */
  seed(dataSource: DataSource, config: Config): Promise<string[]>;
}

export interface Subgraph {
  definition: SubgraphDefinition;
  dataSource: DataSource;
  server: ServiceServer;
  seedReport: string[];
}

/** Opens the subgraph's store (migrated), seeds it, and builds its server without listening yet. */
export async function createSubgraph(definition: SubgraphDefinition, config: Config): Promise<Subgraph> {
  const dataSource = await openDataSource(config, definition.dataSource);
  try {
    const seedReport = await definition.seed(dataSource, config);
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
  return {
    ...running,
    subgraph,
    stop: async () => {
      await running.stop();
      await subgraph.dataSource.destroy();
    },
  };
}

/** The `main` of a subgraph process: configuration from the environment, stop on SIGTERM or Ctrl-C. */
export async function runSubgraphMain(definition: SubgraphDefinition): Promise<void> {
  const log = (msg: string, extra: object = {}) => console.log(JSON.stringify({ level: "info", service: definition.name, msg, ...extra }));
  try {
    const config = loadConfig();
    const running = await startSubgraph(definition, config, subgraphPort(config, definition.name));
    for (const line of running.subgraph.seedReport) log(line);
    log("listening", { url: running.url, database: running.subgraph.dataSource.options.type });
    let stopping = false;
    const stop = async (signal: string) => {
      if (stopping) return;
      stopping = true;
      log("stopping", { signal });
      await running.stop();
      process.exit(0);
    };
    process.on("SIGTERM", () => void stop("SIGTERM"));
    process.on("SIGINT", () => void stop("SIGINT"));
  } catch (error) {
    console.error(JSON.stringify({ level: "fatal", service: definition.name, msg: String((error as Error).stack ?? error) }));
    process.exit(1);
  }
}
