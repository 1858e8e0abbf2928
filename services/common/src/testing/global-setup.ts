import os from "node:os";
import path from "node:path";
import { TEST_LOG_FILE_ENV } from "../observability/logger";
import { MYSQL_AVAILABLE_ENV, MYSQL_URL, REDIS_AVAILABLE_ENV, REDIS_URL, mysqlAvailable, redisAvailable } from "./stores";

/** Asks once whether MySQL answers, so that every test file knows whether to run its MySQL suites. */
export default async function globalSetup() {
  process.env.APOLLO_TELEMETRY_DISABLED = "1";
  // Every service left silent writes its lines here; the teardown greps them all for national IDs.
  process.env[TEST_LOG_FILE_ENV] ??= path.join(os.tmpdir(), `change-leaders-test-log-${process.pid}.jsonl`);
  const available = await mysqlAvailable();
  process.env[MYSQL_AVAILABLE_ENV] = available ? "1" : "0";
  if (!available) {
    const message = `No MySQL server answers at ${MYSQL_URL}`;
    if (process.env.CI === "true") throw new Error(`${message}; CI needs one (start MariaDB first)`);
    console.warn(`\n${message}: the MySQL runs are skipped (set MYSQL_URL to run them).\n`);
  }
  const redis = await redisAvailable();
  process.env[REDIS_AVAILABLE_ENV] = redis ? "1" : "0";
  if (!redis) {
    const message = `No Redis server answers at ${REDIS_URL}`;
    if (process.env.CI === "true") throw new Error(`${message}; CI needs one (start Redis first)`);
    console.warn(`\n${message}: the tests of shared rate limits are skipped (set REDIS_URL to run them).\n`);
  }
}
