import fs from "node:fs";
import path from "node:path";
import { composeServices } from "@apollo/composition";
import { printSubgraphSchema } from "@apollo/subgraph";
import { SUBGRAPHS } from "@change-leaders/common";
import { parse } from "graphql";
import { SUBGRAPH_DEFINITIONS } from "./subgraphs";

/** Where the committed SDL lives: this package's folder. */
export const SCHEMA_DIR = path.resolve(__dirname, "..");
export const SUPERGRAPH_FILE = "supergraph.graphql";

export interface ComposedSchemas {
  /** Each subgraph's SDL, by file name (`people.graphql`, …). */
  subgraphs: Record<string, string>;
  supergraph: string;
}

/**
 * Prints each subgraph's SDL and composes the supergraph offline with @apollo/composition: no server,
 * no database. The URLs in the supergraph are placeholders; the gateway routes by subgraph name.
 */
export async function composeSupergraph(): Promise<ComposedSchemas> {
  const subgraphs: Record<string, string> = {};
  const services = [];
  for (const name of SUBGRAPHS) {
    const sdl = printSubgraphSchema(await SUBGRAPH_DEFINITIONS[name].buildSchema());
    subgraphs[`${name}.graphql`] = sdl;
    services.push({ name, url: `http://${name}.change-leaders.internal/graphql`, typeDefs: parse(sdl) });
  }
  const result = composeServices(services);
  if (result.errors) throw new Error(`Composition failed:\n${result.errors.map((e) => e.message).join("\n")}`);
  return { subgraphs, supergraph: result.supergraphSdl };
}

async function main() {
  const composed = await composeSupergraph();
  for (const [file, sdl] of Object.entries(composed.subgraphs)) fs.writeFileSync(path.join(SCHEMA_DIR, file), sdl);
  fs.writeFileSync(path.join(SCHEMA_DIR, SUPERGRAPH_FILE), composed.supergraph);
  console.log(`composed ${Object.keys(composed.subgraphs).join(", ")} into schema/${SUPERGRAPH_FILE}`);
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
