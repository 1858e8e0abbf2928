import { type ChildProcess, spawn } from "node:child_process";
import net from "node:net";
import path from "node:path";

export const ROOT = path.resolve(__dirname, "../..");

/** A base port with the three after it free too (the gateway's PORT and PORT+1..3). */
export async function freePortBlock(size = 4): Promise<number> {
  const isFree = (port: number) =>
    new Promise<boolean>((resolve) => {
      const server = net.createServer().once("error", () => resolve(false));
      server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
    });
  for (let attempt = 0; attempt < 50; attempt++) {
    const base = 20_000 + Math.floor(Math.random() * 30_000);
    const checks = await Promise.all(Array.from({ length: size }, (_, i) => isFree(base + i)));
    if (checks.every(Boolean)) return base;
  }
  throw new Error("no free block of ports");
}

export interface Launched {
  child: ChildProcess;
  output(): string;
  /** Resolves with the exit code. */
  exited: Promise<number | null>;
}

/** Runs `npm start`'s program (the built launcher) as a user would, with the given environment. */
export function launch(env: Record<string, string>): Launched {
  let output = "";
  const child = spawn(process.execPath, [path.join(ROOT, "services/gateway/dist/launcher.js")], {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: "development", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return { child, output: () => output, exited };
}

/** The exit code within `timeoutMs`; a process still running then is killed and the test fails. */
export async function exitCode(launched: Launched, timeoutMs = 15_000): Promise<number | null> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<"timeout">((resolve) => (timer = setTimeout(() => resolve("timeout"), timeoutMs)));
  const result = await Promise.race([launched.exited, timeout]);
  clearTimeout(timer);
  if (result === "timeout") {
    launched.child.kill("SIGKILL");
    throw new Error(`still running ${timeoutMs} ms after the signal:\n${launched.output()}`);
  }
  return result;
}

export async function waitForOutput(launched: Launched, pattern: RegExp, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!pattern.test(launched.output())) {
    if (launched.child.exitCode !== null) throw new Error(`exited ${launched.child.exitCode}:\n${launched.output()}`);
    if (Date.now() > deadline) throw new Error(`no ${pattern} within ${timeoutMs} ms:\n${launched.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export async function isListening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, "127.0.0.1");
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

/** Runs one service's built program (`services/<name>/dist/main.js`) as its own process, as compose or k8s would. */
export function launchService(name: "people" | "activities" | "evaluation" | "gateway", env: Record<string, string>): Launched {
  let output = "";
  const child = spawn(process.execPath, [path.join(ROOT, "services", name, "dist/main.js")], {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: "development", APOLLO_TELEMETRY_DISABLED: "1", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return { child, output: () => output, exited };
}

/** Waits until `url` answers 200 (a service's `/ready`), failing with the process's output otherwise. */
export async function waitForReady(url: string, launched: Launched, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (launched.child.exitCode !== null) throw new Error(`exited ${launched.child.exitCode}:\n${launched.output()}`);
    try {
      if ((await fetch(url, { signal: AbortSignal.timeout(1000) })).ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`${url} not ready within ${timeoutMs} ms:\n${launched.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
