/**
 * Benchmark of `importLeaders`: a 100,000-row CSV sent to a people subgraph over HTTP, as a province
 * would send it, first as a dry run, then for real. Not part of `npm test`. Run after `npm run build`:
 *
 *   node services/people/dist/bench/import.bench.js                       # embedded SQLite (a temp folder)
 *   BENCH_DATABASE_URL=mysql://root@127.0.0.1:3306/clbench node services/people/dist/bench/import.bench.js
 *   BENCH_ROWS=20000 node services/people/dist/bench/import.bench.js
 */
import "reflect-metadata";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { IDENTITY_HEADER, Role, dropMysqlDatabase, loadConfig, signSubgraphIdentity, startSubgraph } from "@change-leaders/common";
import { peopleSubgraph } from "../definition";
import { csvLine } from "../leader/csv";
import { syntheticNationalId } from "../seed/demo-leaders";

const ROWS = Number(process.env.BENCH_ROWS ?? 100_000);
const HEADER = "คำนำหน้า,ชื่อ,นามสกุล,เพศ,วันเกิด,เลขประจำตัวประชาชน,โทรศัพท์,บทบาทในชุมชน,รหัสตำบล,หมู่ที่,ปีงบประมาณ";
const TAMBONS = ["220102", "220103", "220202", "220302", "450213", "450101", "100101", "500101"];

function buildCsv(rows: number): string {
  const lines = [`\uFEFF${HEADER}`];
  for (let i = 0; i < rows; i++) {
    lines.push(
      csvLine([
        i % 2 ? "นาง" : "นาย",
        `ผู้นำ${i}`,
        `ทดสอบ${i % 997}`,
        i % 2 ? "หญิง" : "ชาย",
        `${1 + (i % 28)}/${1 + (i % 12)}/${2500 + (i % 40)}`,
        syntheticNationalId(1_000_000 + i),
        `08${String(10_000_000 + i).slice(-8)}`,
        "อาสาพัฒนาชุมชน",
        TAMBONS[i % TAMBONS.length],
        1 + (i % 12),
        2564,
      ]),
    );
  }
  return lines.join("\r\n");
}

async function main() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "cl-import-bench-"));
  const databaseUrl = process.env.BENCH_DATABASE_URL || undefined;
  const config = { ...loadConfig({ NODE_ENV: "test", SEED: "none" }), dataDir, databaseUrl };
  const running = await startSubgraph(peopleSubgraph, config, 0);
  const headers = {
    "content-type": "application/json",
    [IDENTITY_HEADER]: signSubgraphIdentity({ kind: "account", id: "bench", name: "bench", role: Role.ADMIN }, config.jwtSecret),
  };
  let peakRss = 0;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50);
  try {
    const csv = buildCsv(ROWS);
    console.log(`${ROWS} rows, ${(Buffer.byteLength(csv) / 1e6).toFixed(1)} MB of CSV, ${databaseUrl ? "MySQL" : "SQLite"}`);
    for (const dryRun of [true, false]) {
      const started = process.hrtime.bigint();
      const response = await fetch(running.url, {
        method: "POST",
        headers,
        body: JSON.stringify({
          query:
            "mutation ($csv: String!, $dryRun: Boolean) { importLeaders(csv: $csv, dryRun: $dryRun) { ok rowCount createdCount errorCount errors { row field message } } }",
          variables: { csv, dryRun },
        }),
      });
      const body = (await response.json()) as {
        data?: { importLeaders: { ok: boolean; createdCount: number; errorCount: number } };
        errors?: unknown;
      };
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      if (!body.data?.importLeaders.ok) throw new Error(JSON.stringify(body).slice(0, 2000));
      console.log(
        `${dryRun ? "dry run" : "import "}: ${seconds.toFixed(2)} s, ${Math.round(ROWS / seconds).toLocaleString("en")} rows/s, ` +
          `created ${body.data.importLeaders.createdCount}, peak RSS ${(peakRss / 1e6).toFixed(0)} MB`,
      );
    }
  } finally {
    clearInterval(sampler);
    await running.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
    if (databaseUrl) await dropMysqlDatabase(databaseUrl, "people");
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
