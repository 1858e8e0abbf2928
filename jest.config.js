/**
 * One jest run for the whole monorepo: unit tests beside the code, each subgraph's GraphQL tests
 * (SQLite and MySQL), and the cross-service tests in test/. TypeScript runs from source through SWC.
 */
const swc = [
  "@swc/jest",
  {
    jsc: {
      parser: { syntax: "typescript", decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      target: "es2022",
    },
    module: { type: "commonjs" },
  },
];

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  transform: { "^.+\\.ts$": swc },
  moduleNameMapper: {
    "^@change-leaders/common/testing$": "<rootDir>/services/common/src/testing/index.ts",
    "^@change-leaders/common/demo$": "<rootDir>/services/common/src/demo/index.ts",
    "^@change-leaders/(common|people|activities|evaluation|gateway)$": "<rootDir>/services/$1/src/index.ts",
    "^@change-leaders/schema$": "<rootDir>/schema/src/index.ts",
  },
  testMatch: ["<rootDir>/services/*/src/**/__tests__/**/*.test.ts", "<rootDir>/schema/src/**/__tests__/**/*.test.ts", "<rootDir>/test/**/*.test.ts"],
  testPathIgnorePatterns: ["/node_modules/", "/dist/"],
  globalSetup: "<rootDir>/services/common/src/testing/global-setup.ts",
  globalTeardown: "<rootDir>/services/common/src/testing/global-teardown.ts",
  testTimeout: 60_000,
  maxWorkers: 2,
};
