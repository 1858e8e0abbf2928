export { type Logger, createLogger } from "./logger";
export { LabelLimiter, MAX_OPERATION_LABELS, ServiceMetrics } from "./metrics";
export { requestIdFrom } from "./request-id";
export { Observability, requestIdOf } from "./requests";
