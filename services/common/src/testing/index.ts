export * from "./graphql-client";
export * from "./stores";
export * from "./statement-counter";
export * from "./subgraph-harness";
export * from "./metrics";
