import "./tracing";
import "reflect-metadata";
import { runSubgraphMain } from "@change-leaders/common";
import { evaluationSubgraph } from "./definition";

void runSubgraphMain(evaluationSubgraph);
