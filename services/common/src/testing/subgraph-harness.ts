import type { Dialect } from "../database";
import { IDENTITY_HEADER, type Identity, Role, signSubgraphIdentity } from "../identity";
import { type Subgraph, type SubgraphDefinition, startSubgraph } from "../subgraph";
import { type TestStore, createTestStore } from "./stores";

/** One subgraph on a free port with its own throw-away store, for that subgraph's own tests. */
export interface TestSubgraph {
  url: string;
  store: TestStore;
  subgraph: Subgraph;
  /** Headers that carry `identity` as the gateway would sign it. */
  as(identity: Partial<Identity> & { role: Role }): Record<string, string>;
  stop(): Promise<void>;
}

export async function startTestSubgraph(definition: SubgraphDefinition, dialect: Dialect): Promise<TestSubgraph> {
  const store = createTestStore(dialect);
  const running = await startSubgraph(definition, store.config, 0);
  return {
    url: running.url,
    store,
    subgraph: running.subgraph,
    as: (identity) => ({
      [IDENTITY_HEADER]: signSubgraphIdentity(
        { kind: "account", id: `test-${identity.role.toLowerCase()}`, name: `test ${identity.role}`, ...identity },
        store.config.jwtSecret,
      ),
    }),
    stop: async () => {
      await running.stop();
      await store.drop();
    },
  };
}

export const ADMIN: Pick<Identity, "role"> = { role: Role.ADMIN };
