import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { type Dialect, SUBGRAPHS, type SubgraphName, dropMysqlDatabase, openDataSource } from "@change-leaders/common";
import { SUBGRAPH_DEFINITIONS } from "./subgraphs";

const ROOT = path.resolve(__dirname, "../..");
const DIALECTS: Dialect[] = ["sqlite", "mysql"];
const MYSQL_URL = process.env.MYSQL_URL ?? "mysql://root@127.0.0.1:3306";

/** A throw-away store of a dialect: a temporary SQLite folder or a uniquely named MySQL database. */
export function scratchStore(dialect: Dialect, label: string) {
  const name = `cl_${label}_${crypto.randomBytes(4).toString("hex")}`;
  if (dialect === "sqlite") {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `${name}-`));
    return { config: { dataDir, databaseUrl: undefined }, drop: async () => fs.rmSync(dataDir, { recursive: true, force: true }) };
  }
  const databaseUrl = `${MYSQL_URL.replace(/\/+$/, "")}/${name}`;
  return { config: { dataDir: os.tmpdir(), databaseUrl }, drop: (service: string) => dropMysqlDatabase(databaseUrl, service) };
}

/** The SQL that would bring a freshly migrated store up to its entities: empty when there is no drift. */
export async function pendingSchemaChanges(subgraph: SubgraphName, dialect: Dialect) {
  const definition = SUBGRAPH_DEFINITIONS[subgraph];
  const store = scratchStore(dialect, "drift");
  const dataSource = await openDataSource(store.config, definition.dataSource);
  try {
    return await dataSource.driver.createSchemaBuilder().log();
  } finally {
    await dataSource.destroy();
    await store.drop(definition.dataSource.service);
  }
}

const quote = (sql: string) => JSON.stringify(sql);

function migrationSource(className: string, up: { query: string; parameters?: unknown[] }[], down: { query: string; parameters?: unknown[] }[]) {
  const lines = (queries: typeof up) =>
    queries
      .map((q) => `    await queryRunner.query(${quote(q.query)}${q.parameters?.length ? `, ${JSON.stringify(q.parameters)}` : ""});`)
      .join("\n");
  return `import type { MigrationInterface, QueryRunner } from "typeorm";

export class ${className} implements MigrationInterface {
  name = "${className}";

  public async up(queryRunner: QueryRunner): Promise<void> {
${lines(up)}
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
${lines([...down].reverse())}
  }
}
`;
}

/** Rewrites a subgraph's migrations/index.ts to list every migration file of both dialects, oldest first. */
function writeIndex(subgraph: SubgraphName) {
  const dir = path.join(ROOT, "services", subgraph, "src", "migrations");
  const imports: string[] = [];
  const lists: Record<Dialect, string[]> = { sqlite: [], mysql: [] };
  for (const dialect of DIALECTS) {
    const files = fs.existsSync(path.join(dir, dialect))
      ? fs
          .readdirSync(path.join(dir, dialect))
          .filter((f) => f.endsWith(".ts"))
          .sort()
      : [];
    for (const file of files) {
      const className = /export class (\w+)/.exec(fs.readFileSync(path.join(dir, dialect, file), "utf8"))![1];
      const alias = `${dialect}${className}`;
      imports.push(`import { ${className} as ${alias} } from "./${dialect}/${file.replace(/\.ts$/, "")}";`);
      lists[dialect].push(alias);
    }
  }
  const varName = `${subgraph}Migrations`;
  fs.writeFileSync(
    path.join(dir, "index.ts"),
    `import type { MigrationSet } from "@change-leaders/common";
${imports.join("\n")}

/** The ${subgraph} store's migrations, one list per dialect, oldest first (written by \`npm run migration:generate\`). */
export const ${varName}: MigrationSet = {
  sqlite: [${lists.sqlite.join(", ")}],
  mysql: [${lists.mysql.join(", ")}],
};
`,
  );
}

/** `npm run migration:generate -- <Name> [subgraph…]`: one migration per dialect where the entities changed. */
async function main() {
  const [name, ...only] = process.argv.slice(2);
  if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name))
    throw new Error("Usage: npm run migration:generate -- <PascalCaseName> [people|activities|evaluation…]");
  const stamp = Date.now();
  for (const subgraph of (only.length ? only : SUBGRAPHS) as SubgraphName[]) {
    for (const dialect of DIALECTS) {
      const sql = await pendingSchemaChanges(subgraph, dialect);
      if (sql.upQueries.length === 0) {
        console.log(`${subgraph}/${dialect}: no changes`);
        continue;
      }
      const className = `${name}${stamp}`;
      const file = path.join(ROOT, "services", subgraph, "src", "migrations", dialect, `${stamp}-${name}.ts`);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, migrationSource(className, sql.upQueries, sql.downQueries));
      console.log(`${subgraph}/${dialect}: wrote ${path.relative(ROOT, file)} (${sql.upQueries.length} statements)`);
    }
    writeIndex(subgraph);
  }
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
