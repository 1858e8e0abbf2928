import "reflect-metadata";

export * from "./auth";
export * from "./children";
export * from "./official-codes";
export * from "./config";
export * from "./context";
export * from "./database";
export * from "./errors";
export * from "./federation";
export * from "./filters";
export * from "./files";
export * from "./fiscal-year-setup";
export * from "./four-eyes";
export * from "./history";
export * from "./history-page";
export * from "./identity";
export * from "./loaders";
export * from "./money";
export * from "./need-to-know";
export * from "./observability";
export * from "./pagination";
export * from "./paperwork";
export * from "./peer";
export * from "./scalars";
export * from "./scope";
export * from "./server";
export * from "./subgraph";
export * from "./transaction";
export * from "./transitions";
export * from "./transport";
export * from "./validation";
export * from "./input-rules";

// username
export { USERNAME_PATTERN, canonicalUsername, loginAttemptKey } from "./username";
