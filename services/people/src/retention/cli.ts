import "reflect-metadata";
import { createLogger, loadConfig, openDataSource } from "@change-leaders/common";
import { peopleSubgraph } from "../definition";
import { anonymiseWithdrawnLeaders } from "./retention.service";

/**
 * The PDPA retention job as a command (the Kubernetes CronJob runs it): anonymises the leaders
 * withdrawn longer than LEADER_RETENTION_DAYS, prints what it did as one JSON log line, exits 0
 * (1 on failure). `--dry-run` only counts.
 *
 *   node services/people/dist/retention/cli.js [--dry-run]
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger("people", config);
  try {
    const dataSource = await openDataSource(config, peopleSubgraph.dataSource, { migrate: config.migrateOnStart });
    try {
      const dryRun = process.argv.includes("--dry-run");
      const outcome = await anonymiseWithdrawnLeaders(dataSource, { retentionDays: config.leaderRetentionDays, dryRun });
      logger.info({ job: "retention", ...outcome }, dryRun ? "retention job dry run" : "retention job ran");
    } finally {
      await dataSource.destroy();
    }
  } catch (error) {
    logger.fatal({ job: "retention", error: String((error as Error).stack ?? error) }, "retention job failed");
    process.exitCode = 1;
  }
}

void main();
