import fs from "node:fs";
import path from "node:path";

const ROOT = path.resolve(__dirname, "../../..");

/** The committed supergraph (`SUPERGRAPH_PATH` overrides). */
export const supergraphPath = () => process.env.SUPERGRAPH_PATH || path.join(ROOT, "schema", "supergraph.graphql");
/** The built panel (`ADMIN_DIR` overrides). */
export const adminDir = () => process.env.ADMIN_DIR || path.join(ROOT, "admin", "dist");

export const readSupergraph = () => fs.readFileSync(supergraphPath(), "utf8");
