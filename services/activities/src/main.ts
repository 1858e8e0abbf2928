import "./tracing";
import "reflect-metadata";
import { runSubgraphMain } from "@change-leaders/common";
import { activitiesSubgraph } from "./definition";

void runSubgraphMain(activitiesSubgraph);
