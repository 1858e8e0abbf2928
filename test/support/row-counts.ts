import path from "node:path";
import Database from "better-sqlite3";
import mysql from "mysql2/promise";
import { SUBGRAPHS, serviceDatabaseUrl } from "@change-leaders/common";

/** The number of rows in every table of every subgraph's store, as `service.table → rows`. */
export async function rowCounts(store: { dataDir: string; databaseUrl?: string }): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const service of SUBGRAPHS) {
    if (store.databaseUrl) {
      const { url, database } = serviceDatabaseUrl(store.databaseUrl, service);
      const connection = await mysql.createConnection(url);
      try {
        const [tables] = await connection.query(`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = ?`, [database]);
        for (const { name } of tables as { name: string }[]) {
          const [rows] = await connection.query(`SELECT COUNT(*) AS n FROM \`${name}\``);
          counts[`${service}.${name}`] = Number((rows as { n: number }[])[0].n);
        }
      } finally {
        await connection.end();
      }
    } else {
      const db = new Database(path.join(store.dataDir, `${service}.sqlite`), { readonly: true });
      try {
        const tables = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`).all() as { name: string }[];
        for (const { name } of tables) counts[`${service}.${name}`] = (db.prepare(`SELECT COUNT(*) AS n FROM "${name}"`).get() as { n: number }).n;
      } finally {
        db.close();
      }
    }
  }
  return counts;
}
