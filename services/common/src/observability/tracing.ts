/**
 * OpenTelemetry tracing, on only when `OTEL_EXPORTER_OTLP_ENDPOINT` is set: then spans of incoming and
 * outgoing HTTP, Express and GraphQL go to that OTLP/HTTP collector as `service.name` = the service,
 * and W3C `traceparent` carries one trace from the gateway into every subgraph. Unset, nothing of the
 * SDK is loaded and nothing connects anywhere.
 *
 * Import this module and call startTracing() first in a service's main, before http or express load.
 */
let stop: (() => Promise<void>) | undefined;

export function tracingEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  return Boolean(env.OTEL_EXPORTER_OTLP_ENDPOINT || env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT);
}

/** Switches tracing on for this process when the environment asks for it; returns whether it did. */
export function startTracing(service: string, env: NodeJS.ProcessEnv = process.env): boolean {
  if (stop || !tracingEnabled(env)) return Boolean(stop);
  // Loaded only when on: the SDK and its exporter are not needed, nor loaded, in a process without tracing.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const sdk = require("./tracing-sdk") as typeof import("./tracing-sdk");
  stop = sdk.registerTracing(service);
  return true;
}

/** Sends the spans still buffered and stops tracing (on SIGTERM, after the server drained). */
export async function stopTracing(): Promise<void> {
  const current = stop;
  stop = undefined;
  await current?.();
}
