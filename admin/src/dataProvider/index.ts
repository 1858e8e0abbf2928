import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from "@apollo/client";
import type { IntrospectionQuery } from "graphql";
import buildDataProvider from "ra-data-graphql";
import { type DataProvider, useDataProvider } from "react-admin";
import introspection from "virtual:introspection";
import { authHeaders, gql } from "../graphql";
import { MAX_PAGE, buildQuery } from "./buildQuery";
import { toFormError } from "./formErrors";
import { QUERIES, type QueryName } from "./queries";
import { WORKFLOWS, type WorkflowAction } from "./workflows";

export { LEDGER_PAGE, type QueryName } from "./queries";
export type { WorkflowAction } from "./workflows";

/**
 * react-admin's data provider with the panel's own methods: `workflow` runs an action by name (submit, withdraw,
 * record a disbursement, revoke a key…: WORKFLOWS) and `query` reads by name what is not a resource's list or record
 * (QUERIES). Both throw the API's errors as an `ApiError`, for the caller to show with `fieldMessage`.
 */
export interface PanelDataProvider extends DataProvider {
  workflow<T = unknown>(action: WorkflowAction, variables?: Record<string, unknown>): Promise<T>;
  query<T = unknown>(name: QueryName, variables?: Record<string, unknown>): Promise<T>;
}

const panelMethods: Pick<PanelDataProvider, "workflow" | "query"> = {
  workflow: (action, variables = {}) => gql(WORKFLOWS[action], variables),
  query: (name, variables = {}) => gql(QUERIES[name], variables),
};

const client = new ApolloClient({
  cache: new InMemoryCache({ addTypename: false }),
  devtools: { enabled: false },
  link: new ApolloLink((operation, forward) => {
    operation.setContext({ headers: authHeaders() });
    return forward(operation);
  }).concat(new HttpLink({ uri: "/graphql" })),
});

const graphqlProvider = buildDataProvider({
  client,
  buildQuery,
  introspection: { schema: (introspection as unknown as IntrospectionQuery).__schema, include: [] },
});

/** The data provider: the resources' reads and writes with server errors at the field, and the panel's own methods. */
export const dataProvider: PanelDataProvider = new Proxy(graphqlProvider, {
  get(target, name: string) {
    if (Object.hasOwn(panelMethods, name)) return panelMethods[name as keyof typeof panelMethods];
    const method = (target as unknown as Record<string, unknown>)[name];
    if (typeof method !== "function") return method;
    return async (...args: unknown[]) => {
      try {
        return await (method as (...a: unknown[]) => Promise<unknown>).apply(target, args);
      } catch (error) {
        // the form's values (create, update) tell which input shows a nested field such as an evidence line
        const params = args[1] as { data?: Record<string, unknown> } | undefined;
        throw toFormError(error, String(args[0]), params?.data);
      }
    };
  },
}) as unknown as PanelDataProvider;

/**
 * The data provider in a component (react-admin's `useDataProvider`), with the panel's own methods typed. Its identity
 * follows the location (react-admin wraps it with the router's navigate), so an effect that reads once per record
 * leaves it out of its dependencies rather than read again on every change of a list's filter in the URL.
 */
export const usePanelDataProvider = () => useDataProvider<PanelDataProvider>();

/** Every row of a paged read, page by page (1, 2, …) until its total is reached. */
export async function everyPage<T>(readPage: (page: number) => Promise<{ rows: T[]; total: number }>): Promise<T[]> {
  const rows: T[] = [];
  for (let page = 1; ; page++) {
    const read = await readPage(page);
    rows.push(...read.rows);
    if (read.rows.length === 0 || rows.length >= read.total) return rows;
  }
}

/** Every row of a list, 500 at a time or the resource's `maxPage` (react-admin's default export stops at 1,000). */
export function fetchAll(resource: string, filter: Record<string, unknown>, sort?: { field: string; order: "ASC" | "DESC" }) {
  return everyPage(async (page) => {
    const { data, total } = await dataProvider.getList(resource, {
      filter,
      sort: sort ?? { field: "id", order: "ASC" },
      pagination: { page, perPage: MAX_PAGE },
    });
    return { rows: data as unknown[], total: total ?? 0 };
  });
}
