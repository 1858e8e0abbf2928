import fs from "node:fs";
import { TEST_LOG_FILE_ENV } from "../observability/logger";

/** A 13-digit run that passes the Thai national ID's mod-11 check digit. */
function nationalIdsIn(line: string): string[] {
  return (line.match(/(?<!\d)\d{13}(?!\d)/g) ?? []).filter((digits) => {
    let sum = 0;
    for (let i = 0; i < 12; i++) sum += Number(digits[i]) * (13 - i);
    return (11 - (sum % 11)) % 10 === Number(digits[12]);
  });
}

/**
 * Reads every log line the services wrote during the whole run (global-setup.ts names the file) and
 * fails the run when one holds a national ID (SPEC section 2: no national ID in any log line).
 */
export default function globalTeardown() {
  const file = process.env[TEST_LOG_FILE_ENV];
  if (!file || !fs.existsSync(file)) return;
  const lines = fs.readFileSync(file, "utf8").split("\n").filter(Boolean);
  const leaks = lines.filter((line) => nationalIdsIn(line).length > 0);
  fs.rmSync(file, { force: true });
  console.log(`\nLog lines of the whole run read for national IDs: ${lines.length}, with one: ${leaks.length}\n`);
  if (leaks.length > 0) throw new Error(`National IDs in ${leaks.length} log line(s), e.g.:\n${leaks.slice(0, 5).join("\n")}`);
}
