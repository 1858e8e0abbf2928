/**
 * @apollo/gateway reports usage to its vendor and probes cloud metadata addresses unless this is set
 * before it is first imported. A government system must not call home: import this module first.
 */
process.env.APOLLO_TELEMETRY_DISABLED = "1";
process.env.DO_NOT_TRACK = "1";

export const TELEMETRY_DISABLED = true;
