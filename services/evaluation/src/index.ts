import "reflect-metadata";

export { evaluationSubgraph } from "./definition";
export { buildEvaluationSchema } from "./schema";
export { DEMO_EXCELLENT_AWARD_ID, demoAwardId, demoNominationId } from "./seed/seed";
export { seedNationalEvaluation } from "./seed/national";
