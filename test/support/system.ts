import {
  type Config,
  DEMO_PASSWORD,
  type Dialect,
  type RunningServer,
  SUBGRAPHS,
  type SubgraphName,
  startSubgraph,
  type Subgraph,
} from "@change-leaders/common";
import { type TestStore, bearer, createTestStore, graphql } from "@change-leaders/common/testing";
import { activitiesSubgraph } from "@change-leaders/activities";
import { evaluationSubgraph } from "@change-leaders/evaluation";
import { createGateway, readSupergraph } from "@change-leaders/gateway";
import { peopleSubgraph } from "@change-leaders/people";

const DEFINITIONS = { people: peopleSubgraph, activities: activitiesSubgraph, evaluation: evaluationSubgraph };

/** The whole system in this process: three subgraphs and the gateway from the committed supergraph. */
export interface TestSystem {
  url: string;
  store: TestStore;
  subgraphs: Record<SubgraphName, RunningServer & { subgraph: Subgraph }>;
  /** Logs in and returns the Authorization header. */
  loginAs(username: string, password?: string): Promise<Record<string, string>>;
  /** Stops a single subgraph (for fault tests). */
  stop(options?: { keepStore?: boolean }): Promise<void>;
}

export async function startSystem(
  dialect: Dialect,
  /** `config` overrides the store's settings for every service (e.g. logLevel and logDestination, metricsToken). */
  options: { store?: TestStore; subgraphTimeoutMs?: number; adminDir?: string; config?: Partial<Config> } = {},
): Promise<TestSystem> {
  const store = options.store ?? createTestStore(dialect);
  const subgraphUrls: Partial<Record<SubgraphName, string>> = {};
  const config = {
    ...store.config,
    ...options.config,
    subgraphTimeoutMs: options.subgraphTimeoutMs ?? store.config.subgraphTimeoutMs,
    subgraphUrls,
  };
  const subgraphs = {} as TestSystem["subgraphs"];
  for (const name of SUBGRAPHS) {
    subgraphs[name] = await startSubgraph(DEFINITIONS[name], config, 0);
    // Subgraphs that ask a peer (queryPeer) find it on its real, random port.
    subgraphUrls[name] = subgraphs[name].url;
  }
  const gateway = await createGateway({
    config,
    supergraphSdl: readSupergraph(),
    subgraphUrls: Object.fromEntries(SUBGRAPHS.map((name) => [name, subgraphs[name].url])) as Record<SubgraphName, string>,
    adminDir: options.adminDir,
  });
  const running = await gateway.listen(0);
  return {
    url: running.url,
    store,
    subgraphs,
    loginAs: async (username, password = DEMO_PASSWORD) => {
      const answer = await graphql<{ login: { token: string } }>(running.url, LOGIN, { username, password });
      if (!answer.data?.login) throw new Error(`login as ${username} failed: ${JSON.stringify(answer.errors)}`);
      return bearer(answer.data.login.token);
    },
    stop: async ({ keepStore = false } = {}) => {
      await running.stop();
      for (const name of SUBGRAPHS) await subgraphs[name].stop();
      if (!keepStore) await store.drop();
    },
  };
}

const LOGIN = `mutation Login($username: String!, $password: String!) { login(username: $username, password: $password) { token } }`;
