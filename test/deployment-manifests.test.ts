import { execFile, execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
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
const SECRET = /(SECRET|PASSWORD|_TOKEN)$|^(DATABASE_URL|REDIS_URL)$/;
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
  people: ["NODE_ENV", "HOST", "JWT_SECRET", "DATABASE_URL", "PEOPLE_PORT", "MIGRATE_ON_START"],
  activities: ["NODE_ENV", "HOST", "JWT_SECRET", "DATABASE_URL", "ACTIVITIES_PORT", "PEOPLE_URL", "MIGRATE_ON_START"],
  evaluation: ["NODE_ENV", "HOST", "JWT_SECRET", "DATABASE_URL", "EVALUATION_PORT", "PEOPLE_URL", "MIGRATE_ON_START"],
  gateway: ["NODE_ENV", "HOST", "JWT_SECRET", "PORT", "PEOPLE_URL", "ACTIVITIES_URL", "EVALUATION_URL", "REDIS_URL"],
  migrate: ["NODE_ENV", "JWT_SECRET", "DATABASE_URL", "ADMIN_PASSWORD", "SEED"],
  retention: ["NODE_ENV", "JWT_SECRET", "DATABASE_URL", "LEADER_RETENTION_DAYS"],
};

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

  it.each(["mysql", "redis"])("%s has a health check", (name) => expect(services[name].healthcheck.test).toBeDefined());

  it.each(Object.keys(SUBGRAPH_PORTS))("%s starts after MySQL is healthy and the migration completed", (name) => {
    expect(services[name].depends_on).toEqual({ mysql: { condition: "service_healthy" }, migrate: { condition: "service_completed_successfully" } });
    expect(envOf(name).MIGRATE_ON_START).toBe("false");
  });

  it("runs the migration once, after MySQL, and the gateway after Redis and every subgraph", () => {
    expect(services.migrate).toMatchObject({ restart: "no", depends_on: { mysql: { condition: "service_healthy" } } });
    expect(services.gateway.depends_on).toEqual(
      Object.fromEntries(["redis", ...Object.keys(SUBGRAPH_PORTS)].map((name) => [name, { condition: "service_healthy" }])),
    );
    expect(Object.keys(services).filter((name) => services[name].ports)).toEqual(["gateway"]);
    expect(services.mysql.volumes).toContain("mysql-data:/var/lib/mysql");
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
    for (const [key, value] of Object.entries(env)) if (SECRET.test(key)) expect(value).toMatch(/\$\{[A-Z_]+(:[?-][^}]*)?\}/);
    expect(JSON.stringify(services[name].command ?? "")).not.toMatch(/requirepass", "(?!\$\{)/);
  });

  it.each(nodeServices)("%s is set only variables the services read, and every one it needs", (name) => {
    const set = Object.keys(envOf(name));
    expect(set.filter((key) => !READ.has(key))).toEqual([]);
    expect(REQUIRED[name].filter((key) => !set.includes(key))).toEqual([]);
  });

  it(".env.example lists exactly the settings compose.yaml refers to", () => {
    const withoutComments = read("docker/compose.yaml").replace(/^\s*#.*$/gm, "");
    const referred = new Set([...withoutComments.matchAll(/\$\{([A-Z_]+)/g)].map((m) => m[1]));
    const listed = new Set([...read("docker/.env.example").matchAll(/^([A-Z_]+)=/gm)].map((m) => m[1]));
    expect([...listed].sort()).toEqual([...referred].sort());
  });
});

describe("docker/k8s", () => {
  const ofKind = (kind: string) => k8s.filter((doc) => doc.kind === kind);
  const byName = (kind: string, name: string) => ofKind(kind).find((doc) => doc.metadata.name === name)!;
  const podSpec = (doc: Doc): Doc => (doc.kind === "CronJob" ? doc.spec.jobTemplate.spec.template.spec : doc.spec.template.spec);
  const workloads = k8s.filter((doc) => ["Deployment", "Job", "CronJob"].includes(doc.kind));
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
