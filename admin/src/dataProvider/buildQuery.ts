import { parse } from "graphql";
import type { BuildQueryFactory } from "ra-data-graphql";
import { RESOURCES, type ResourceApi } from "../resources";

/** The most rows one list request reads (the API's limit). */
export const MAX_PAGE = 500;

/** The named fields that have a value; on update (`keepEmpty`) a field emptied by the user is sent as null. */
function pick(source: Record<string, unknown>, keys: string[], keepEmpty = false) {
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    const value = source[key];
    if (value !== undefined && value !== "" && value !== null) out[key] = value;
    else if (keepEmpty && key in source) out[key] = null;
  }
  return out;
}

function api(resource: string): ResourceApi {
  const found = RESOURCES[resource];
  if (!found) throw new Error(`unknown resource ${resource}`);
  return found;
}

/** A record as react-admin holds it: `id` from the record's key, then the resource's own reshaping. */
function toRecord(r: ResourceApi, record: unknown) {
  if (!record) return record;
  const withId = r.key ? { ...(record as Record<string, unknown>), id: (record as Record<string, unknown>)[r.key] } : record;
  return r.toRecord ? r.toRecord(withId as Record<string, unknown>) : withId;
}

/** The input a form's values make: reshaped, then only the input's own fields, without empty ones. */
function toInput(r: ResourceApi, data: Record<string, unknown>, keys: string[]) {
  return pick(r.toInput ? r.toInput(data) : data, keys);
}

function capital(name: string) {
  return name[0].toUpperCase() + name.slice(1);
}

/** Our own buildQuery over the public names (ra-data-graphql-simple wants graphql 15 and other names). */
export const buildQuery: BuildQueryFactory = () => (fetchType, resource, params) => {
  const r = api(resource);
  const key = r.key ?? "id";
  switch (fetchType) {
    case "GET_LIST":
    case "GET_MANY_REFERENCE": {
      const { page = 1, perPage = 25 } = params.pagination ?? {};
      const given = { ...params.filter, ...(params.target ? { [params.target]: params.id } : {}) };
      const filter = pick(r.toFilter ? r.toFilter(given) : given, r.filterKeys);
      const sort =
        r.sortable && params.sort?.field && params.sort.field !== "id" ? { field: params.sort.field, direction: params.sort.order } : undefined;
      const limit = Math.min(perPage, r.maxPage ?? MAX_PAGE);
      return {
        query: parse(`query List($page: PageInput, $filter: ${r.filterType ?? `${capital(r.one)}Filter`}${r.sortable ? ", $sort: SortInput" : ""}) {
          ${r.list}(page: $page, filter: $filter${r.sortable ? ", sort: $sort" : ""}) { totalCount nodes { ${r.listFields ?? r.fields} } } }`),
        variables: { page: { limit, offset: (page - 1) * limit }, filter, ...(r.sortable ? { sort } : {}) },
        parseResponse: ({ data }: { data: Record<string, { nodes: unknown[]; totalCount: number }> }) => ({
          data: data[r.list].nodes.map((node) => toRecord(r, node)),
          total: data[r.list].totalCount,
        }),
      };
    }
    case "GET_ONE":
      return {
        query: parse(`query One($id: ID!) { ${r.one}(${key}: $id) { ${r.fields} } }`),
        variables: { id: params.id },
        parseResponse: ({ data }: { data: Record<string, unknown> }) => ({ data: toRecord(r, data[r.one]) }),
      };
    case "GET_MANY": {
      const ids: string[] = params.ids ?? [];
      const selections = ids.map((id, i) => `r${i}: ${r.one}(${key}: ${JSON.stringify(String(id))}) { ${r.listFields ?? r.fields} }`).join("\n");
      return {
        query: parse(`query Many { ${selections || "__typename"} }`),
        variables: {},
        parseResponse: ({ data }: { data: Record<string, unknown> }) => ({
          data: ids.map((_, i) => toRecord(r, data[`r${i}`])).filter(Boolean),
        }),
      };
    }
    case "CREATE":
      return {
        query: parse(`mutation Create($input: ${capital(r.one)}Input!) { ${r.create}(input: $input) { ${r.fields} } }`),
        variables: { input: toInput(r, params.data, r.createKeys ?? []) },
        parseResponse: ({ data }: { data: Record<string, unknown> }) => ({ data: toRecord(r, data[r.create!]) }),
      };
    case "UPDATE": {
      const next = r.toInput ? r.toInput(params.data) : params.data;
      const before = params.previousData ? (r.toInput ? r.toInput(params.previousData) : params.previousData) : {};
      const changed = (r.updateKeys ?? []).filter((k) => JSON.stringify(next[k] ?? null) !== JSON.stringify(before[k] ?? null));
      return {
        query: parse(`mutation Update($id: ID!, $input: ${capital(r.one)}UpdateInput!, $expectedVersion: Int) {
          ${r.update}(id: $id, input: $input, expectedVersion: $expectedVersion) { ${r.fields} } }`),
        variables: { id: params.id, input: pick(next, changed, true), expectedVersion: params.previousData?.version },
        parseResponse: ({ data }: { data: Record<string, unknown> }) => ({ data: toRecord(r, data[r.update!]) }),
      };
    }
    case "DELETE":
      return {
        query: parse(`mutation Delete($id: ID!) { ${r.delete}(id: $id) }`),
        variables: { id: params.id },
        parseResponse: () => ({ data: params.previousData ?? { id: params.id } }),
      };
    default:
      throw new Error(`${fetchType} is not supported for ${resource}`);
  }
};
