import { execFile, execFileSync, spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { loadConfig } from "@change-leaders/common";
import { createTestStore, describeEachDatabase } from "@change-leaders/common/testing";
import { parse, parseAllDocuments } from "yaml";
import { ROOT, exitCode, freePortBlock, launchService, waitForReady } from "./support/processes";

/**
 * The deployment files, checked by a parser (no container engine or cluster runs here): docker/compose.yaml
 * and every Kubernetes manifest of docker/k8s, rule by rule. No JSON schema of Compose or Kubernetes is
 * installed, so the rules below are the validation; `kubectl kustomize` also renders the k8s set when
 * kubectl is on this machine.
 */

type Doc = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const read = (file: string) => fs.readFileSync(path.join(ROOT, file), "utf8");
const dockerfile = read("docker/Dockerfile");
const compose = parse(read("docker/compose.yaml"), { merge: true }) as Doc;
const kustomization = parse(read("docker/k8s/kustomization.yaml")) as Doc;
const k8s: Doc[] = (kustomization.resources as string[]).flatMap((file) =>
  parseAllDocuments(read(`docker/k8s/${file}`)).map((doc) => doc.toJSON() as Doc),
);
const template = parse(read("docker/k8s/secret.template.yaml")) as Doc;

const SUBGRAPH_PORTS: Record<string, number> = { people: 4001, activities: 4002, evaluation: 4003 };
const APPS: Record<string, number> = { ...SUBGRAPH_PORTS, gateway: 4000 };
/** Values that are secrets: never written in a manifest, always from .env (compose) or a Secret (k8s). */
const SECRET = /(SECRET|PASSWORD|_TOKEN)$|^(DATABASE_URL|REDIS_URL|S3_ACCESS_KEY_ID|S3_SECRET_ACCESS_KEY|MINIO_ROOT_USER)$/;
/** The services that write or read uploaded evidence (the gateway writes; activities and evaluation read records): they alone get the bucket's key. */
const EVIDENCE_SERVICES = ["gateway", "activities", "evaluation"];
const S3_KEY = ["S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY"];
const EVIDENCE_ENV = ["S3_BUCKET", "S3_ENDPOINT", ...S3_KEY];
const MINIO_ENDPOINT = "http://minio:9000";
/** The bucket policy minio-setup gives the services' key: the bucket's objects, nothing else. */
const EVIDENCE_POLICY_ACTIONS = ["s3:GetObject", "s3:ListBucket", "s3:PutObject"];
const dockerTargets = [...dockerfile.matchAll(/^FROM\s+\S+\s+AS\s+(\S+)/gim)].map((m) => m[1]);

/** Every environment variable a service reads, found in the sources (config.ts and the few direct reads). */
function variablesRead(): Set<string> {
  const names = new Set<string>();
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory() && !["__tests__", "dist", "node_modules", "testing"].includes(entry.name)) walk(file);
      else if (entry.isFile() && file.endsWith(".ts")) {
        const source = fs.readFileSync(file, "utf8");
        for (const m of source.matchAll(/\benv(?:\.([A-Z][A-Z0-9_]+)|\[\s*"([A-Z][A-Z0-9_]+)"\s*\])/g)) names.add(m[1] ?? m[2]);
        for (const m of source.matchAll(/\w+\(\s*env\s*,\s*"([A-Z][A-Z0-9_]+)"/g)) names.add(m[1]);
        // config.ts: `${name.toUpperCase()}_PORT` and `_URL` of each subgraph.
        for (const suffix of ["PORT", "URL"]) {
          if (source.includes(`\${name.toUpperCase()}_${suffix}`))
            for (const name of Object.keys(SUBGRAPH_PORTS)) names.add(`${name.toUpperCase()}_${suffix}`);
        }
      }
    }
  };
  walk(path.join(ROOT, "services"));
  return names;
}
const READ = variablesRead();

/** What each workload must be given to start in production (beyond the image's own ENV). */
const REQUIRED: Record<string, string[]> = {
  // S3_BUCKET for every one: production refuses to start without a bucket (or FILE_STORE=local).
  people: ["NODE_ENV", "HOST", "JWT_SECRET", "DATABASE_URL", "PEOPLE_PORT", "MIGRATE_ON_START", "S3_BUCKET"],
  activities: ["NODE_ENV", "HOST", "JWT_SECRET", "DATABASE_URL", "ACTIVITIES_PORT", "PEOPLE_URL", "MIGRATE_ON_START", ...EVIDENCE_ENV],
  evaluation: ["NODE_ENV", "HOST", "JWT_SECRET", "DATABASE_URL", "EVALUATION_PORT", "PEOPLE_URL", "MIGRATE_ON_START", ...EVIDENCE_ENV],
  // DATA_DIR: where an upload streams in before it goes to the bucket (the image's /app is read-only).
  gateway: [
    "NODE_ENV",
    "HOST",
    "JWT_SECRET",
    "PORT",
    "PEOPLE_URL",
    "ACTIVITIES_URL",
    "EVALUATION_URL",
    "REDIS_URL",
    ...EVIDENCE_ENV,
    "DATA_DIR",
    "UPLOAD_MAX_BYTES",
  ],
  migrate: ["NODE_ENV", "JWT_SECRET", "DATABASE_URL", "ADMIN_PASSWORD", "SEED", "S3_BUCKET"],
  retention: ["NODE_ENV", "JWT_SECRET", "DATABASE_URL", "LEADER_RETENTION_DAYS", "S3_BUCKET"],
};

/** A value an operator would put where a secret goes: random, long, and shaped like the variable. */
function secretLike(name: string): string {
  const random = crypto.randomBytes(24).toString("hex");
  if (name === "DATABASE_URL") return `mysql://change_leaders:${random}@mysql:3306/change_leaders`;
  if (name === "REDIS_URL") return `redis://:${random}@redis:6379`;
  return random;
}

/** The production configuration a service would load from these variables, or the reason it refuses to start. */
function configFrom(env: Record<string, string>): ReturnType<typeof loadConfig> | string {
  try {
    return loadConfig(env);
  } catch (failure) {
    return (failure as Error).message;
  }
}

/** True when `file` is `folder` or inside it. */
const isWithin = (file: string, folder: string) => !path.relative(folder, file).startsWith("..");

/** The bytes a size like nginx's proxy-body-size (`21m`, `512k`, `1g`, a number of bytes) stands for. */
function bytesOf(size: string): number {
  const m = /^(\d+)([kmg]?)$/i.exec(size);
  if (!m) throw new Error(`not a size: ${size}`);
  return Number(m[1]) * { "": 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[m[2].toLowerCase() as "" | "k" | "m" | "g"];
}

/**
 * Runs minio-setup's script with a stand-in `mc` that logs its arguments (no MinIO here): answers
 * "attached" for `admin user info` and fails `admin policy attach` as MinIO does when the policy is
 * attached already, so the run is the second one, the one that must be idempotent.
 */
function runMinioSetup(script: string, env: Record<string, string>) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "minio-setup-"));
  try {
    const log = path.join(dir, "mc.log");
    fs.writeFileSync(
      path.join(dir, "mc"),
      [
        "#!/bin/sh",
        'echo "$*" >> "$MC_LOG"',
        'case "$*" in',
        '  "admin policy attach "*) exit 1 ;;',
        '  "admin user info "*) echo "AccessKey: $4"; echo "PolicyName: change-leaders-evidence" ;;',
        "esac",
        "",
      ].join("\n"),
      { mode: 0o755 },
    );
    const run = spawnSync("sh", ["-ec", script], {
      encoding: "utf8",
      env: { PATH: `${dir}:${process.env.PATH}`, MC_LOG: log, TMPDIR: dir, ...env },
    });
    const policyFile = path.join(dir, "policy.json");
    return {
      status: run.status,
      output: run.stdout + run.stderr,
      calls: fs.existsSync(log) ? fs.readFileSync(log, "utf8").trim().split("\n") : [],
      policy: fs.existsSync(policyFile) ? (JSON.parse(fs.readFileSync(policyFile, "utf8")) as Doc) : undefined,
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const MINIO_SETUP_ENV = {
  S3_ENDPOINT: MINIO_ENDPOINT,
  S3_BUCKET: "change-leaders-evidence",
  MINIO_ROOT_USER: "cdd-storage-admin",
  MINIO_ROOT_PASSWORD: "b7e2c91f04d6a8e3",
  S3_ACCESS_KEY_ID: "change-leaders-evidence",
  S3_SECRET_ACCESS_KEY: "5c0f9a7d2e8b4136",
};

/** What minio-setup's script does, wherever it runs (compose and k8s run the same script). */
function expectMinioSetupScript(script: string): void {
  const done = runMinioSetup(script, MINIO_SETUP_ENV);
  expect([done.status, done.output]).toEqual([0, expect.stringContaining("ready")]);
  const { S3_BUCKET: bucket, S3_ACCESS_KEY_ID: key } = MINIO_SETUP_ENV;
  expect(done.calls).toEqual([
    `alias set cl ${MINIO_ENDPOINT} ${MINIO_SETUP_ENV.MINIO_ROOT_USER} ${MINIO_SETUP_ENV.MINIO_ROOT_PASSWORD}`,
    `mb --ignore-existing cl/${bucket}`,
    `anonymous set none cl/${bucket}`,
    expect.stringMatching(/^admin policy create cl change-leaders-evidence \/.*\/policy\.json$/),
    `admin user add cl ${key} ${MINIO_SETUP_ENV.S3_SECRET_ACCESS_KEY}`,
    `admin policy attach cl change-leaders-evidence --user ${key}`,
    `admin user info cl ${key}`,
  ]);
  // Least privilege: the bucket's objects and its listing (a missing key then answers 404, not 403), nothing else.
  const statements = done.policy!.Statement as Doc[];
  expect(statements.flatMap((st) => st.Action as string[]).sort()).toEqual(EVIDENCE_POLICY_ACTIONS);
  expect(statements.every((st) => st.Effect === "Allow")).toBe(true);
  expect(new Set(statements.flatMap((st) => st.Resource as string[]))).toEqual(new Set([`arn:aws:s3:::${bucket}`, `arn:aws:s3:::${bucket}/*`]));
  // It refuses MinIO's default and the published placeholders before it touches MinIO.
  for (const placeholder of [
    { MINIO_ROOT_PASSWORD: "minioadmin" },
    { MINIO_ROOT_PASSWORD: "change-me-minio-root-password" },
    { S3_SECRET_ACCESS_KEY: "REPLACE_ME" },
  ]) {
    const refused = runMinioSetup(script, { ...MINIO_SETUP_ENV, ...placeholder });
    expect([refused.status, refused.calls]).toEqual([1, []]);
    expect(refused.output).toContain("placeholder");
  }
}

describe("docker/Dockerfile", () => {
  it("runs every image as a numeric non-root user", () => {
    const users = [...dockerfile.matchAll(/^USER\s+(\S+)/gm)].map((m) => m[1]);
    expect(users.length).toBeGreaterThan(0);
    for (const user of users) expect(user).toMatch(/^[1-9]\d*(:[1-9]\d*)?$/);
  });

  it.each(Object.entries(APPS))("gives %s a health check on its own port", (target, port) => {
    const stage = dockerfile.slice(dockerfile.search(new RegExp(`^FROM runtime AS ${target}$`, "m")));
    const block = stage.slice(0, stage.indexOf("\nFROM ", 1) === -1 ? undefined : stage.indexOf("\nFROM ", 1));
    expect(block).toMatch(/HEALTHCHECK[\s\S]*\/health/);
    expect(block).toContain(`EXPOSE ${port}`);
  });
});

describe("docker/compose.yaml", () => {
  const services = compose.services as Record<string, Doc>;
  const nodeServices = [...Object.keys(APPS), "migrate"];
  const envOf = (name: string) => (services[name].environment ?? {}) as Record<string, string>;

  it.each(Object.entries(APPS))("%s has a health check on GET /health of port %i", (name, port) => {
    const test = (services[name].healthcheck.test as string[]).join(" ");
    expect(test).toContain(`http://127.0.0.1:${port}/health`);
    if (name !== "gateway") expect(envOf(name)[`${name.toUpperCase()}_PORT`]).toBe(String(port));
  });

  it.each(["mysql", "redis", "minio"])("%s has a health check", (name) => expect(services[name].healthcheck.test).toBeDefined());

  it.each(Object.keys(SUBGRAPH_PORTS))(
    "%s starts after MySQL is healthy and the migration completed (and the bucket is ready, if it reads evidence)",
    (name) => {
      const bucketReady = EVIDENCE_SERVICES.includes(name) ? { "minio-setup": { condition: "service_completed_successfully" } } : {};
      expect(services[name].depends_on).toEqual({
        mysql: { condition: "service_healthy" },
        migrate: { condition: "service_completed_successfully" },
        ...bucketReady,
      });
      expect(envOf(name).MIGRATE_ON_START).toBe("false");
    },
  );

  it("runs the migration once, after MySQL, and the gateway after Redis, the bucket and every subgraph", () => {
    expect(services.migrate).toMatchObject({ restart: "no", depends_on: { mysql: { condition: "service_healthy" } } });
    expect(services.gateway.depends_on).toEqual({
      ...Object.fromEntries(["redis", ...Object.keys(SUBGRAPH_PORTS)].map((name) => [name, { condition: "service_healthy" }])),
      "minio-setup": { condition: "service_completed_successfully" },
    });
    expect(Object.keys(services).filter((name) => services[name].ports)).toEqual(["gateway"]);
    expect(services.mysql.volumes).toContain("mysql-data:/var/lib/mysql");
  });

  it("keeps the evidence in MinIO on its own volume, and makes the bucket once MinIO is healthy", () => {
    expect(services.minio.image).toMatch(/^quay\.io\/minio\/minio:RELEASE\.\d{4}-\d\d-\d\dT\d\d-\d\d-\d\dZ$/);
    expect(services["minio-setup"].image).toMatch(/^quay\.io\/minio\/mc:RELEASE\.\d{4}-\d\d-\d\dT\d\d-\d\d-\d\dZ$/);
    expect(services.minio.command.slice(0, 4)).toEqual(["server", "/data", "--console-address", ":9001"]);
    expect(services.minio.volumes).toEqual(["minio-data:/data"]);
    expect(Object.keys(compose.volumes)).toEqual(["mysql-data", "minio-data"]);
    expect(services["minio-setup"]).toMatchObject({ restart: "no", depends_on: { minio: { condition: "service_healthy" } } });
    for (const name of ["minio", "minio-setup"]) {
      expect(services[name]).toMatchObject({ read_only: true, tmpfs: ["/tmp"], cap_drop: ["ALL"], security_opt: ["no-new-privileges:true"] });
    }
    expect(services["minio-setup"].user).toMatch(/^[1-9]\d*:[1-9]\d*$/);
  });

  it("requires every MinIO credential from .env (${VAR:?}), never a default", () => {
    for (const name of Object.keys(services)) {
      for (const [key, value] of Object.entries(envOf(name))) {
        if (["MINIO_ROOT_USER", "MINIO_ROOT_PASSWORD", ...S3_KEY, "S3_BUCKET"].includes(key))
          expect([name, value]).toEqual([name, expect.stringMatching(new RegExp(`^\\$\\{${key}:\\?[^}]+\\}$`))]);
      }
    }
    expect(Object.keys(envOf("minio")).filter((key) => key.startsWith("MINIO_ROOT_"))).toEqual(["MINIO_ROOT_USER", "MINIO_ROOT_PASSWORD"]);
  });

  it("gives the bucket's key to the services that write or read evidence only, and MinIO's administrator to MinIO and minio-setup only", () => {
    const given = (variable: string) =>
      Object.keys(services)
        .filter((name) => variable in envOf(name))
        .sort();
    for (const variable of S3_KEY) expect(given(variable)).toEqual([...EVIDENCE_SERVICES, "minio-setup"].sort());
    for (const variable of ["MINIO_ROOT_USER", "MINIO_ROOT_PASSWORD"]) expect(given(variable)).toEqual(["minio", "minio-setup"]);
    for (const name of EVIDENCE_SERVICES) expect(envOf(name).S3_ENDPOINT).toBe(MINIO_ENDPOINT);
  });

  it("lets the gateway write its uploads in progress: DATA_DIR on its tmpfs, the root filesystem being read-only", () => {
    const dataDir = envOf("gateway").DATA_DIR;
    expect((services.gateway.tmpfs as string[]).some((mount) => isWithin(dataDir, mount.split(":")[0]))).toBe(true);
  });

  it("minio-setup makes a private bucket and a key for its objects only, idempotently, refusing placeholders", () => {
    const [shell, flags, script] = services["minio-setup"].entrypoint as string[];
    expect([shell, flags]).toEqual(["/bin/sh", "-ec"]);
    // Compose reads `$$` as a `$` for the container's shell.
    expectMinioSetupScript(script.replace(/\$\$/g, "$"));
  });

  it.each(nodeServices)("%s loads its production configuration from what compose gives it (the .env placeholders filled in)", (name) => {
    const example = Object.fromEntries([...read("docker/.env.example").matchAll(/^([A-Z0-9_]+)=(.*)$/gm)].map((m) => [m[1], m[2]]));
    // What the operator does with .env.example: every change-me value replaced by one of their own.
    const dotenv = Object.fromEntries(Object.entries(example).map(([key, value]) => [key, /change-?me/i.test(value) ? secretLike(key) : value]));
    const interpolate = (value: string) =>
      String(value).replace(/\$\{([A-Z0-9_]+)(?::([?-])([^}]*))?\}/g, (_m, key: string, kind?: string, rest?: string) => {
        if (dotenv[key]) return dotenv[key];
        if (kind === "?") throw new Error(`${name}: ${key} is required`);
        return rest ?? "";
      });
    const env = Object.fromEntries(Object.entries(envOf(name)).map(([key, value]) => [key, interpolate(value)]));
    const config = configFrom(env);
    if (typeof config === "string") throw new Error(`${name} refuses to start: ${config}`);
    expect(config.production).toBe(true);
    if (EVIDENCE_SERVICES.includes(name)) {
      expect(config.files.s3).toMatchObject({
        bucket: dotenv.S3_BUCKET,
        endpoint: MINIO_ENDPOINT,
        forcePathStyle: true,
        accessKeyId: dotenv.S3_ACCESS_KEY_ID,
      });
    }
  });

  it.each(Object.entries(services).filter(([, s]) => s.build))("%s builds a target the Dockerfile has", (_name, service) => {
    expect(dockerTargets).toContain(service.build.target);
  });

  it.each(nodeServices)("%s is locked down: read-only root, no capabilities, no new privileges", (name) => {
    expect(services[name]).toMatchObject({ read_only: true, cap_drop: ["ALL"], security_opt: ["no-new-privileges:true"] });
    expect(services[name].user).toBeUndefined(); // the image's USER 1000 (checked above)
  });

  it("runs Redis as its own user, locked down too", () => {
    expect(services.redis).toMatchObject({ user: "redis", read_only: true, cap_drop: ["ALL"] });
  });

  it.each(Object.keys(services))("%s takes every secret from .env, never a literal", (name) => {
    const env = { ...(services[name].environment ?? {}) } as Record<string, string>;
    for (const [key, value] of Object.entries(env)) if (SECRET.test(key)) expect(value).toMatch(/\$\{[A-Z0-9_]+(:[?-][^}]*)?\}/);
    expect(JSON.stringify(services[name].command ?? "")).not.toMatch(/requirepass", "(?!\$\{)/);
  });

  it.each(nodeServices)("%s is set only variables the services read, and every one it needs", (name) => {
    const set = Object.keys(envOf(name));
    expect(set.filter((key) => !READ.has(key))).toEqual([]);
    expect(REQUIRED[name].filter((key) => !set.includes(key))).toEqual([]);
  });

  it(".env.example lists exactly the settings compose.yaml refers to", () => {
    const withoutComments = read("docker/compose.yaml").replace(/^\s*#.*$/gm, "");
    // `$${...}` is the container shell's own variable (Compose reads `$$` as `$`), not a setting.
    const referred = new Set([...withoutComments.matchAll(/(?<!\$)\$\{([A-Z0-9_]+)/g)].map((m) => m[1]));
    const listed = new Set([...read("docker/.env.example").matchAll(/^([A-Z0-9_]+)=/gm)].map((m) => m[1]));
    expect([...listed].sort()).toEqual([...referred].sort());
  });
});

describe("docker/k8s", () => {
  const ofKind = (kind: string) => k8s.filter((doc) => doc.kind === kind);
  const byName = (kind: string, name: string) => ofKind(kind).find((doc) => doc.metadata.name === name)!;
  const podSpec = (doc: Doc): Doc => (doc.kind === "CronJob" ? doc.spec.jobTemplate.spec.template.spec : doc.spec.template.spec);
  const workloads = k8s.filter((doc) => ["Deployment", "StatefulSet", "Job", "CronJob"].includes(doc.kind));
  const config = byName("ConfigMap", "change-leaders-config").data as Record<string, string>;
  const containerEnv = (container: Doc) => [
    ...(container.envFrom ?? []).flatMap((from: Doc) => (from.configMapRef?.name === "change-leaders-config" ? Object.keys(config) : [])),
    ...(container.env ?? []).map((e: Doc) => e.name as string),
  ];
  const APP_WORKLOADS: Record<string, Doc> = {
    ...Object.fromEntries(Object.keys(APPS).map((name) => [name, byName("Deployment", name)])),
    migrate: byName("Job", "migrate"),
    retention: byName("CronJob", "retention"),
  };

  it("lists every manifest of the folder in kustomization.yaml, except the Secret template", () => {
    const files = fs.readdirSync(path.join(ROOT, "docker/k8s")).filter((file) => /\.ya?ml$/.test(file) && file !== "kustomization.yaml");
    expect([...kustomization.resources, "secret.template.yaml"].sort()).toEqual(files.sort());
    expect(ofKind("Secret")).toEqual([]);
  });

  it.each(Object.entries(APPS))("%s: ≥ 2 replicas, probes /ready and /health on port %i, a Service and a PodDisruptionBudget", (name, port) => {
    const deployment = APP_WORKLOADS[name];
    expect(deployment.spec.replicas).toBeGreaterThanOrEqual(2);
    const [container] = podSpec(deployment).containers as Doc[];
    expect(container.ports).toEqual([{ name: "http", containerPort: port }]);
    expect(container.readinessProbe.httpGet).toEqual({ path: "/ready", port: "http" });
    expect(container.livenessProbe.httpGet).toEqual({ path: "/health", port: "http" });
    const portVariable = name === "gateway" ? "PORT" : `${name.toUpperCase()}_PORT`;
    expect(container.env.find((e: Doc) => e.name === portVariable).value).toBe(String(port));
    expect(deployment.spec.template.metadata.annotations).toMatchObject({
      "prometheus.io/scrape": "true",
      "prometheus.io/port": String(port),
      "prometheus.io/path": "/metrics",
    });
    const service = byName("Service", name);
    expect(service.spec.selector).toEqual(deployment.spec.selector.matchLabels);
    expect(service.spec.ports).toEqual([{ name: "http", port, targetPort: "http" }]);
    const budget = byName("PodDisruptionBudget", name);
    expect(budget.spec.selector.matchLabels).toEqual(deployment.spec.selector.matchLabels);
    expect(budget.spec.minAvailable).toBeLessThan(deployment.spec.replicas);
    if (name !== "gateway") expect(config[`${name.toUpperCase()}_URL`]).toBe(`http://${name}:${port}/graphql`);
  });

  it.each(workloads.map((doc) => [`${doc.kind} ${doc.metadata.name}`, doc]))(
    "%s: non-root, read-only, no capabilities, resources set",
    (_name, doc) => {
      const spec = podSpec(doc as Doc);
      expect(spec.securityContext).toMatchObject({ runAsNonRoot: true, seccompProfile: { type: "RuntimeDefault" } });
      expect(spec.securityContext.runAsUser).toBeGreaterThan(0);
      expect(spec.automountServiceAccountToken).toBe(false);
      for (const container of spec.containers as Doc[]) {
        expect(container.securityContext).toEqual({ allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: ["ALL"] } });
        for (const bound of ["requests", "limits"]) expect(Object.keys(container.resources[bound]).sort()).toEqual(["cpu", "memory"]);
      }
    },
  );

  it.each(workloads.map((doc) => [`${doc.kind} ${doc.metadata.name}`, doc]))("%s: every secret from the Secret, never a literal", (_name, doc) => {
    for (const container of podSpec(doc as Doc).containers as Doc[]) {
      for (const variable of (container.env ?? []) as Doc[]) {
        if (!SECRET.test(variable.name)) continue;
        expect(variable.value).toBeUndefined();
        expect(variable.valueFrom.secretKeyRef).toMatchObject({ name: "change-leaders-secrets", key: variable.name });
        expect(Object.keys(template.stringData)).toContain(variable.name);
      }
    }
  });

  it("keeps no secret in the ConfigMap, and the template only placeholders", () => {
    expect(Object.keys(config).filter((key) => SECRET.test(key))).toEqual([]);
    expect(new Set(Object.values(template.stringData))).toEqual(new Set(["REPLACE_ME"]));
  });

  it.each(Object.keys(APP_WORKLOADS))("%s is set only variables the services read, and every one it needs", (name) => {
    const [container] = podSpec(APP_WORKLOADS[name]).containers as Doc[];
    const set = containerEnv(container);
    expect(set.filter((key) => !READ.has(key))).toEqual([]);
    expect(REQUIRED[name].filter((key) => !set.includes(key))).toEqual([]);
  });

  it("runs images the Dockerfile builds: migrations in the Job, the retention command in the CronJob", () => {
    const images = workloads.flatMap((doc) => (podSpec(doc).containers as Doc[]).map((c) => c.image as string));
    for (const image of images.filter((i) => i.startsWith("change-leaders/"))) expect(dockerTargets).toContain(image.split(/[/:]/)[1]);
    for (const { name } of kustomization.images as Doc[]) expect(images).toContain(`${name}:latest`);
    expect(podSpec(APP_WORKLOADS.migrate).containers[0].image).toBe("change-leaders/migrate:latest");
    const retention = podSpec(APP_WORKLOADS.retention).containers[0];
    expect(retention.command).toEqual(["node", "services/people/dist/retention/cli.js"]);
    expect(fs.existsSync(path.join(ROOT, "services/people/src/retention/cli.ts"))).toBe(true);
    expect(APP_WORKLOADS.retention.spec.concurrencyPolicy).toBe("Forbid");
    expect(config.RETENTION_INTERVAL_MINUTES).toBe("0");
  });

  /** The variables a container starts with: the ConfigMap's, literal values, and a stand-in for each secret. */
  const startingEnv = (container: Doc): Record<string, string> => {
    const env: Record<string, string> = {};
    for (const from of (container.envFrom ?? []) as Doc[]) if (from.configMapRef?.name === "change-leaders-config") Object.assign(env, config);
    for (const variable of (container.env ?? []) as Doc[]) {
      if (variable.value !== undefined) env[variable.name] = variable.value;
      else if (variable.valueFrom.secretKeyRef) env[variable.name] = secretLike(variable.valueFrom.secretKeyRef.key);
      else if (variable.valueFrom.configMapKeyRef) env[variable.name] = config[variable.valueFrom.configMapKeyRef.key];
    }
    return env;
  };

  it.each(Object.keys(APP_WORKLOADS))("%s loads its production configuration from the ConfigMap, its env and the Secret", (name) => {
    const config = configFrom(startingEnv(podSpec(APP_WORKLOADS[name]).containers[0]));
    if (typeof config === "string") throw new Error(`${name} refuses to start: ${config}`);
    expect(config.production).toBe(true);
    if (EVIDENCE_SERVICES.includes(name))
      expect(config.files.s3).toMatchObject({ endpoint: MINIO_ENDPOINT, bucket: expect.any(String), forcePathStyle: true });
  });

  it("gives the bucket's key to the workloads that write or read evidence only", () => {
    const given = (variable: string) =>
      workloads
        .filter((doc) => (podSpec(doc).containers as Doc[]).some((c) => (c.env ?? []).some((e: Doc) => e.name === variable)))
        .map((doc) => doc.metadata.name);
    for (const variable of S3_KEY) expect(given(variable).sort()).toEqual([...EVIDENCE_SERVICES, "minio-setup"].sort());
    for (const variable of ["MINIO_ROOT_USER", "MINIO_ROOT_PASSWORD"]) expect(given(variable).sort()).toEqual(["minio", "minio-setup"]);
    expect(config.S3_ENDPOINT).toBe(MINIO_ENDPOINT);
  });

  it("gives every workload that sets DATA_DIR a writable volume there (the root filesystems are read-only)", () => {
    const withDataDir = workloads.filter((doc) => (podSpec(doc).containers as Doc[]).some((c) => startingEnv(c).DATA_DIR));
    expect(withDataDir.map((doc) => doc.metadata.name)).toEqual(["gateway"]);
    for (const doc of withDataDir) {
      const spec = podSpec(doc);
      for (const container of spec.containers as Doc[]) {
        const dataDir = startingEnv(container).DATA_DIR;
        const mount = (container.volumeMounts as Doc[]).find((m) => isWithin(dataDir, m.mountPath));
        expect(mount).toBeDefined();
        const volume = (spec.volumes as Doc[]).find((v) => v.name === mount!.name)!;
        expect(volume.emptyDir).toBeDefined();
        // Room for uploads in progress: several at UPLOAD_MAX_BYTES at once.
        expect(bytesOf(volume.emptyDir.sizeLimit.replace(/i$/, "").toLowerCase())).toBeGreaterThanOrEqual(10 * Number(config.UPLOAD_MAX_BYTES));
      }
    }
  });

  it("runs MinIO as a StatefulSet on its own volume claim, probed on /minio/health, behind a Service on 9000, with the image compose runs", () => {
    const minio = byName("StatefulSet", "minio");
    expect(minio.spec.serviceName).toBe("minio");
    const spec = podSpec(minio);
    expect(spec.securityContext.fsGroup).toBe(spec.securityContext.runAsGroup);
    const [container] = spec.containers as Doc[];
    expect(container.image).toBe(compose.services.minio.image);
    expect(container.args.slice(0, 4)).toEqual(["server", "/data", "--console-address", ":9001"]);
    expect(container.livenessProbe.httpGet).toEqual({ path: "/minio/health/live", port: "api" });
    expect(container.readinessProbe.httpGet).toEqual({ path: "/minio/health/ready", port: "api" });
    expect(container.ports).toContainEqual({ name: "api", containerPort: 9000 });
    const [claim] = minio.spec.volumeClaimTemplates as Doc[];
    expect(container.volumeMounts).toContainEqual({ name: claim.metadata.name, mountPath: "/data" });
    expect(claim.spec.resources.requests.storage).toMatch(/^\d+Gi$/);
    const service = byName("Service", "minio");
    expect(service.spec.selector).toEqual(minio.spec.selector.matchLabels);
    expect(service.spec.ports).toEqual([{ name: "api", port: 9000, targetPort: "api" }]);
    expect(config.S3_ENDPOINT).toBe(`http://${service.metadata.name}:9000`);
  });

  it("makes the bucket with the Job minio-setup: the same script and image as compose's", () => {
    const [container] = podSpec(byName("Job", "minio-setup")).containers as Doc[];
    expect(container.image).toBe(compose.services["minio-setup"].image);
    const [shell, flags, script] = container.command as string[];
    expect([shell, flags]).toEqual(["/bin/sh", "-ec"]);
    expect(script.trim()).toBe((compose.services["minio-setup"].entrypoint[2] as string).replace(/\$\$/g, "$").trim());
    // Kubernetes expands $(VAR) in a command: the script must not use that form for one of its variables.
    for (const variable of (container.env as Doc[]).map((e) => e.name as string)) expect(script).not.toContain(`$(${variable})`);
    expectMinioSetupScript(script);
  });

  it("admits to MinIO's port only the workloads that hold the bucket's key; people and the rest are kept out", () => {
    const policy = byName("NetworkPolicy", "minio");
    expect(policy.spec.podSelector.matchLabels).toEqual(byName("StatefulSet", "minio").spec.selector.matchLabels);
    expect(policy.spec.policyTypes).toEqual(["Ingress"]);
    const [rule, ...others] = policy.spec.ingress as Doc[];
    expect(others).toEqual([]);
    expect(rule.ports).toEqual([{ port: 9000 }]);
    const [from] = rule.from as Doc[];
    expect(rule.from).toHaveLength(1);
    expect(from.podSelector.matchExpressions).toEqual([{ key: "app.kubernetes.io/name", operator: "In", values: expect.any(Array) }]);
    const admitted = from.podSelector.matchExpressions[0].values as string[];
    const keyHolders = workloads
      .filter((doc) => (podSpec(doc).containers as Doc[]).some((c) => (c.env ?? []).some((e: Doc) => e.name === "S3_ACCESS_KEY_ID")))
      .map(
        (doc) =>
          (doc.kind === "CronJob" ? doc.spec.jobTemplate.spec.template : doc.spec.template).metadata.labels["app.kubernetes.io/name"] as string,
      );
    expect([...admitted].sort()).toEqual(keyHolders.sort());
    expect(admitted).not.toContain("people");
    // No other policy opens MinIO.
    const minioLabels = byName("StatefulSet", "minio").spec.template.metadata.labels as Record<string, string>;
    for (const other of ofKind("NetworkPolicy").filter((doc) => doc !== policy)) {
      const selects = Object.entries(other.spec.podSelector.matchLabels ?? {}).every(([key, value]) => minioLabels[key] === value);
      expect([other.metadata.name, selects]).toEqual([other.metadata.name, false]);
    }
  });

  it("lets an upload of UPLOAD_MAX_BYTES through the Ingress (its body plus the multipart framing the gateway allows)", () => {
    const [ingress] = ofKind("Ingress");
    const limit = bytesOf(ingress.metadata.annotations["nginx.ingress.kubernetes.io/proxy-body-size"]);
    expect(limit).toBeGreaterThanOrEqual(Number(config.UPLOAD_MAX_BYTES) + 64 * 1024);
  });

  it("lets the outside in through the Ingress to the gateway only", () => {
    const [ingress] = ofKind("Ingress");
    const backends = (ingress.spec.rules as Doc[]).flatMap((rule) => rule.http.paths.map((p: Doc) => p.backend.service));
    expect(backends).toEqual([{ name: "gateway", port: { name: "http" } }]);
    expect(ingress.spec.tls).toHaveLength(1);
  });

  const kubectl = ["/usr/bin/kubectl", "/usr/local/bin/kubectl"].find((file) => fs.existsSync(file));
  (kubectl ? it : it.skip)("renders with kubectl kustomize: the same objects, in the namespace", () => {
    const rendered = parseAllDocuments(execFileSync(kubectl!, ["kustomize", path.join(ROOT, "docker/k8s")], { encoding: "utf8" })).map(
      (doc) => doc.toJSON() as Doc,
    );
    const ids = (docs: Doc[]) => docs.map((doc) => `${doc.kind}/${doc.metadata.name}`).sort();
    expect(ids(rendered)).toEqual(ids(k8s));
    for (const doc of rendered.filter((d) => d.kind !== "Namespace")) expect(doc.metadata.namespace).toBe("change-leaders");
    const images = rendered.filter((d) => d.kind === "Deployment").flatMap((d) => d.spec.template.spec.containers.map((c: Doc) => c.image));
    expect(images.filter((image: string) => image.startsWith("change-leaders/"))).toEqual([]);
  });
});

/** The migration step the manifests run (compose's `migrate`, the k8s Job), and services that only check. */
describeEachDatabase("migration step", (dialect) => {
  const store = createTestStore(dialect);
  const env = {
    NODE_ENV: "production",
    LOG_LEVEL: "info",
    JWT_SECRET: "a-production-secret-of-at-least-32-characters",
    ADMIN_PASSWORD: "first-admin-password-for-this-test",
    SEED: "none",
    DATA_DIR: store.config.dataDir,
    DATABASE_URL: store.config.databaseUrl ?? "",
    FILE_STORE: "local",
  };
  const migrateOnly = () =>
    promisify(execFile)(process.execPath, [path.join(ROOT, "services/people/dist/main.js"), "--migrate-only"], {
      cwd: ROOT,
      env: { ...process.env, ...env },
    });
  afterAll(() => store.drop());

  it("a service that only checks refuses a store with migrations pending", async () => {
    const refused = launchService("people", { ...env, MIGRATE_ON_START: "false", PEOPLE_PORT: String(await freePortBlock(1)) });
    expect(await exitCode(refused, 60_000)).toBe(1);
    expect(refused.output()).toContain("pending migrations");
  });

  it("--migrate-only migrates, seeds the first admin and exits 0; again, it changes nothing", async () => {
    const first = await migrateOnly();
    const lines = first.stdout
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as { msg: string });
    expect(lines.map((line) => line.msg)).toEqual(expect.arrayContaining(["first admin created: admin", "migrated"]));
    const again = await migrateOnly();
    expect(again.stdout).not.toContain("first admin created");
    expect(again.stdout).toContain('"msg":"migrated"');
  });

  it("then the service starts without migrating and is ready", async () => {
    const port = await freePortBlock(1);
    const people = launchService("people", { ...env, MIGRATE_ON_START: "false", PEOPLE_PORT: String(port), HOST: "127.0.0.1" });
    try {
      await waitForReady(`http://127.0.0.1:${port}/ready`, people, 60_000);
      expect(people.output()).not.toContain("first admin created");
    } finally {
      people.child.kill("SIGTERM");
      await exitCode(people, 20_000);
    }
  });
});
