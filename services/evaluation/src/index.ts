import "reflect-metadata";

export { evaluationSubgraph } from "./definition";
export { buildEvaluationSchema } from "./schema";
