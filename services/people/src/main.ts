import "./tracing";
import "reflect-metadata";
import { runSubgraphMain } from "@change-leaders/common";
import { peopleSubgraph } from "./definition";

void runSubgraphMain(peopleSubgraph);
