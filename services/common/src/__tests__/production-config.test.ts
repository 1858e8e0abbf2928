import { ConfigError, DEMO_PASSWORD, loadConfig } from "../config";

/** A production environment that starts: its own random secret, its own first-admin password. */
const PRODUCTION = {
  NODE_ENV: "production",
  JWT_SECRET: "4b9e0c7a1f3d5e8b2a6c9d0e1f7a3b5c",
  ADMIN_PASSWORD: "ปลอดภัย-first-admin-2568",
  S3_BUCKET: "cdd-change-leaders-evidence",
  S3_ENDPOINT: "http://minio:9000",
  S3_ACCESS_KEY_ID: "cl-evidence-writer",
  S3_SECRET_ACCESS_KEY: "k9Qw2mZx7Lp4Vt8Rn3Hs6Jd1Fb5Gc0Ye",
};

describe("production refuses to start with what anyone who read the repository knows", () => {
  it.each([
    ["the demo JWT secret (46 characters, long enough)", { JWT_SECRET: "change-leaders-demo-secret-not-for-production" }, "JWT_SECRET"],
    ["docker/.env.example's placeholder, padded", { JWT_SECRET: "change-me-jwt-secret-change-me-jwt-secret" }, "JWT_SECRET"],
    ["the k8s template's placeholder, padded", { JWT_SECRET: "REPLACE_ME".repeat(4) }, "JWT_SECRET"],
    ["a secret of one repeated character", { JWT_SECRET: "s".repeat(40) }, "JWT_SECRET"],
    ["a short secret", { JWT_SECRET: "short-but-random-9f3c" }, "JWT_SECRET"],
    ["no secret", { JWT_SECRET: "" }, "JWT_SECRET"],
    ["the demo password for the first admin", { ADMIN_PASSWORD: DEMO_PASSWORD }, "ADMIN_PASSWORD"],
    ["docker/.env.example's admin password", { ADMIN_PASSWORD: "change-me-first-admin-password" }, "ADMIN_PASSWORD"],
    ["a first-admin password of 11 characters", { ADMIN_PASSWORD: "abcdefghijk" }, "ADMIN_PASSWORD"],
    ["SEED=demo (the demo logins share a published password)", { SEED: "demo" }, "SEED"],
    ["no object storage for the evidence (a pod's disk is lost with it)", { S3_BUCKET: "" }, "S3_BUCKET"],
    ["MinIO's published default credentials", { S3_ACCESS_KEY_ID: "minioadmin", S3_SECRET_ACCESS_KEY: "minioadmin" }, "S3_ACCESS_KEY_ID"],
    ["the compose file's placeholder storage secret", { S3_SECRET_ACCESS_KEY: "change-me-minio-secret" }, "S3_SECRET_ACCESS_KEY"],
  ])("%s", (_case, override, variable) => {
    expect(() => loadConfig({ ...PRODUCTION, ...override })).toThrow(ConfigError);
    expect(() => loadConfig({ ...PRODUCTION, ...override })).toThrow(variable);
  });

  it("starts with its own secret and password, and then seeds no demo logins unless told otherwise", () => {
    const config = loadConfig(PRODUCTION);
    expect(config.production).toBe(true);
    expect(config.seed).toBe("none");
    expect(loadConfig({ ...PRODUCTION, SEED: "none" }).seed).toBe("none");
    expect(config.files.s3).toEqual({
      bucket: "cdd-change-leaders-evidence",
      endpoint: "http://minio:9000",
      region: "us-east-1",
      accessKeyId: "cl-evidence-writer",
      secretAccessKey: "k9Qw2mZx7Lp4Vt8Rn3Hs6Jd1Fb5Gc0Ye",
      forcePathStyle: true,
    });
    // A single-server install may keep its evidence on its own disk, when it says so.
    expect(loadConfig({ ...PRODUCTION, S3_BUCKET: "", FILE_STORE: "local" }).files.s3).toBeUndefined();
  });

  it("development keeps the demo defaults so `npm start` works out of the box", () => {
    const config = loadConfig({});
    expect(config.seed).toBe("demo");
    expect(config.adminPassword).toBe(DEMO_PASSWORD);
  });
});
