import { Attachment, HistoryEntry, type SubgraphDefinition } from "@change-leaders/common";
import { Award, AwardAmount } from "./award/award.entity";
import { Disbursement } from "./disbursement/disbursement.entity";
import { FiscalYear } from "./fiscal-year/fiscal-year.entity";
import { LessonSummary } from "./lesson/lesson.entity";
import { evaluationMigrations } from "./migrations";
import { Nomination } from "./nomination/nomination.entity";
import { Review, ReviewScore } from "./review/review.entity";
import { Rubric, RubricCriterion } from "./rubric/rubric.entity";
import { buildEvaluationSchema } from "./schema";
import { seedEvaluation } from "./seed/seed";

export const EVALUATION_ENTITIES = [
  Nomination,
  Rubric,
  RubricCriterion,
  Review,
  ReviewScore,
  Award,
  AwardAmount,
  Disbursement,
  LessonSummary,
  FiscalYear,
  HistoryEntry,
  Attachment,
];

export const evaluationSubgraph: SubgraphDefinition = {
  name: "evaluation",
  dataSource: { service: "evaluation", entities: EVALUATION_ENTITIES, migrations: evaluationMigrations },
  buildSchema: buildEvaluationSchema,
  seed: seedEvaluation,
};
