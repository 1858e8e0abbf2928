/**
 * `npm run seed -- --scale national [--leaders 110000] [--database-url mysql://…]`: fills the stores
 * the system uses (DATA_DIR, or DATABASE_URL / --database-url) with the national-scale programme.
 * Each subgraph's own seed writes only its own store: first the usual seed (geography, accounts,
 * demo), then its national seed. Deterministic; a store that has the national data is left alone.
 */
import "reflect-metadata";
import { type Config, type SubgraphDefinition, loadConfig, openDataSource } from "@change-leaders/common";
import { type NationalPlan, nationalLeaderId, nationalPlan } from "@change-leaders/common/demo";
import { activitiesSubgraph, seedNationalActivities } from "@change-leaders/activities";
import { evaluationSubgraph, seedNationalEvaluation } from "@change-leaders/evaluation";
import { loadGeography, peopleSubgraph, seedNationalPeople } from "@change-leaders/people";
import type { DataSource } from "typeorm";

export interface SeedOptions {
  leaders: number;
  config: Config;
  log?: (line: string) => void;
}

const NATIONAL: [SubgraphDefinition, (dataSource: DataSource, plan: NationalPlan) => Promise<string[]>][] = [
  [peopleSubgraph, seedNationalPeople],
  [activitiesSubgraph, seedNationalActivities],
  [evaluationSubgraph, seedNationalEvaluation],
];

/** Seeds every store for national scale; returns the plan and the seconds each store took. */
export async function seedNational({
  leaders,
  config,
  log = console.log,
}: SeedOptions): Promise<{ plan: NationalPlan; seconds: Record<string, number> }> {
  const geography = await loadGeography();
  const plan = nationalPlan(geography.tambons, leaders);
  log(`national plan: ${plan.tambons.length} programme tambons × ${plan.leadersPerTambon} leaders, FY ${plan.fiscalYear}`);
  const seconds: Record<string, number> = {};
  for (const [definition, seed] of NATIONAL) {
    const started = Date.now();
    const dataSource = await openDataSource(config, definition.dataSource);
    try {
      for (const line of await definition.seed(dataSource, config)) log(`${definition.name}: ${line}`);
      if (definition.name === "people" && (await dataSource.query(`SELECT COUNT(*) AS n FROM leader WHERE id = '${nationalLeaderId(0)}'`))[0].n > 0) {
        log("people: the national data is already there; nothing added");
        await dataSource.destroy();
        return { plan, seconds };
      }
      for (const line of await seed(dataSource, plan)) log(`${definition.name}: ${line}`);
    } finally {
      if (dataSource.isInitialized) await dataSource.destroy();
    }
    seconds[definition.name] = (Date.now() - started) / 1000;
    log(`${definition.name}: ${seconds[definition.name].toFixed(1)} s`);
  }
  return { plan, seconds };
}

export function argument(args: string[], name: string): string | undefined {
  const i = args.indexOf(`--${name}`);
  if (i >= 0) return args[i + 1];
  return args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
}

async function main() {
  const args = process.argv.slice(2);
  const scale = argument(args, "scale") ?? "national";
  if (scale !== "national") throw new Error(`--scale must be "national", got "${scale}"`);
  const leaders = Number(argument(args, "leaders") ?? 15_000);
  if (!Number.isInteger(leaders) || leaders < 15) throw new Error("--leaders must be a whole number of at least 15");
  const databaseUrl = argument(args, "database-url");
  const config = loadConfig({ ...process.env, ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}) });
  const started = Date.now();
  await seedNational({ leaders, config });
  console.log(
    `national seed done in ${((Date.now() - started) / 1000).toFixed(1)} s (${config.databaseUrl ? "MySQL" : `SQLite in ${config.dataDir}`})`,
  );
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
