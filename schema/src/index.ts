export { SUBGRAPH_DEFINITIONS } from "./subgraphs";
export { composeSupergraph, SCHEMA_DIR, SUPERGRAPH_FILE } from "./compose";
export { pendingSchemaChanges, scratchStore } from "./generate-migration";
