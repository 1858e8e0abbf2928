import { HistoryEntry, type SubgraphDefinition } from "@change-leaders/common";
import { Nomination } from "./nomination/nomination.entity";
import { evaluationMigrations } from "./migrations";
import { buildEvaluationSchema } from "./schema";
import { seedEvaluation } from "./seed/seed";

export const evaluationSubgraph: SubgraphDefinition = {
  name: "evaluation",
  dataSource: { service: "evaluation", entities: [Nomination, HistoryEntry], migrations: evaluationMigrations },
  buildSchema: buildEvaluationSchema,
  seed: seedEvaluation,
};
