import { startTracing } from "@change-leaders/common/tracing";

/** Imported first by the evaluation's main: tracing (when OTEL_EXPORTER_OTLP_ENDPOINT is set) must patch http and express before they load. */
startTracing("evaluation");
