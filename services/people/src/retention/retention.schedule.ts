import { type Config, createLogger } from "@change-leaders/common";
import type { DataSource } from "typeorm";
import { anonymiseWithdrawnLeaders } from "./retention.service";

/**
 * Runs the retention job inside the people process: a minute after start, then every
 * RETENTION_INTERVAL_MINUTES (off when 0).
 * Every replica may run it: a leader is anonymised by exactly one run, the others find nothing due.
 * A failed run (the database away) is logged and tried again at the next interval.
 */
export function scheduleRetention(dataSource: DataSource, config: Config): () => Promise<void> {
  if (config.retentionIntervalMinutes <= 0) return async () => undefined;
  const logger = createLogger("people", config);
  let running: Promise<void> | null = null;
  const run = () => {
    if (running) return;
    running = anonymiseWithdrawnLeaders(dataSource, { retentionDays: config.leaderRetentionDays, dryRun: false })
      .then((outcome) => logger.info({ job: "retention", ...outcome }, "retention job ran"))
      .catch((error: unknown) => logger.error({ job: "retention", error: String(error) }, "retention job failed"))
      .finally(() => (running = null));
  };
  // The first run a minute after start (a service restarted more often than the interval still runs it).
  const intervalMs = config.retentionIntervalMinutes * 60_000;
  const first = setTimeout(run, Math.min(60_000, intervalMs));
  const timer = setInterval(run, intervalMs);
  first.unref();
  timer.unref();
  return async () => {
    clearTimeout(first);
    clearInterval(timer);
    await running;
  };
}
