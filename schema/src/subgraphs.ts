import type { SubgraphDefinition, SubgraphName } from "@change-leaders/common";
import { activitiesSubgraph } from "@change-leaders/activities";
import { evaluationSubgraph } from "@change-leaders/evaluation";
import { peopleSubgraph } from "@change-leaders/people";

/** Every subgraph, in the order of their ports (PORT+1, +2, +3). */
export const SUBGRAPH_DEFINITIONS: Record<SubgraphName, SubgraphDefinition> = {
  people: peopleSubgraph,
  activities: activitiesSubgraph,
  evaluation: evaluationSubgraph,
};
