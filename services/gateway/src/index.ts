import "./no-telemetry";

export { createGateway, type Gateway, type GatewayOptions } from "./gateway";
export { readSupergraph, supergraphPath } from "./paths";
export { operationCost } from "./limits/cost";
