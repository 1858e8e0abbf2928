import "reflect-metadata";

export * from "./auth";
export * from "./children";
export * from "./config";
export * from "./context";
export * from "./database";
export * from "./demo";
export * from "./errors";
export * from "./federation";
export * from "./history";
export * from "./identity";
export * from "./loaders";
export * from "./money";
export * from "./pagination";
export * from "./scalars";
export * from "./server";
export * from "./subgraph";
export * from "./validation";
