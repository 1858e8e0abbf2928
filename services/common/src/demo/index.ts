/**
 * The synthetic programmes the seeds agree on: the demo (first start, tests) and the national scale
 * (bench, load tests). Not part of common's runtime index: a seed imports `@change-leaders/common/demo`.
 */
export * from "./programme";
export { type NationalPlan, type NationalTambon, nationalLeaderId, nationalRowId, nationalPlan } from "./national";
