import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from "@apollo/client";
import type { IntrospectionQuery } from "graphql";
import { parse } from "graphql";
import buildDataProvider, { type BuildQueryFactory } from "ra-data-graphql";
import { type DataProvider, HttpError } from "react-admin";
import introspection from "virtual:introspection";
import { type GraphQLError, authHeaders } from "./graphql";
import { fieldMessage } from "./i18n";

/** What the panel reads and writes of each resource: the public names of SPEC section 6. */
interface ResourceApi {
  list: string;
  one: string;
  fields: string;
  filterKeys: string[];
  sortable?: boolean;
  create?: string;
  update?: string;
  delete?: string;
  /** The filter's input type when it is not `<One>Filter`. */
  filterType?: string;
}

const LEADER_FIELDS = `id title firstName lastName gender communityRole tambonCode districtCode provinceCode villageNo cohortYear status version
  createdAt updatedAt nationalId phone birthDate tambon { code nameTh nameEn }`;
const AWARD_FIELDS = `id provinceCode fiscalYear level rank amount disbursedTotal remaining plaqueAwardedAt nominationId createdAt version
  tambon { code nameTh nameEn }`;
const EVENT_FIELDS = `id kind title startsAt endsAt mode venue meetingUrl fiscalYear organiserProvinceCode targetLeadersPerTambon status cancelReason
  createdAt version attendance { registered attended target } tambons { code nameTh nameEn }
  participations(page: { limit: 500 }) { totalCount nodes { id attended tambonCode leader { id firstName lastName } } }`;
const REPORT_FIELDS = `id tambonCode provinceCode fiscalYear periodStart periodEnd narrative evidenceLinks status returnReason submittedAt decidedAt
  createdAt version tambon { code nameTh nameEn }`;
const POST_FIELDS = `id channel url title tambonCode provinceCode postedAt createdAt tambon { code nameTh nameEn }
  latestSample { likes follows shares sampledAt }`;
const LESSON_FIELDS = `id provinceCode fiscalYear awardId title successFactors challenges lessons recommendations status publishedAt createdAt version
  tambon { code nameTh nameEn }`;
const NOMINATION_FIELDS = `id provinceCode fiscalYear round status summary statusReason decidedAt createdAt version reviewCount averageScore rank
  tambon { code nameTh nameEn } reviews { id reviewerId reviewerName reviewerRole recommendation totalScore submittedAt comment }`;

export const RESOURCES: Record<string, ResourceApi> = {
  leaders: {
    list: "leaders",
    one: "leader",
    fields: LEADER_FIELDS,
    filterKeys: ["provinceCode", "districtCode", "tambonCode", "cohortYear", "status", "search"],
    sortable: true,
    create: "createLeader",
    update: "updateLeader",
    delete: "deleteLeader",
  },
  awards: { list: "awards", one: "award", fields: AWARD_FIELDS, filterKeys: ["fiscalYear", "provinceCode", "tambonCode", "level"] },
  nominations: {
    list: "nominations",
    one: "nomination",
    fields: NOMINATION_FIELDS,
    filterKeys: ["fiscalYear", "round", "status", "provinceCode", "tambonCode"],
    create: "createNomination",
  },
  events: {
    list: "events",
    one: "event",
    fields: EVENT_FIELDS,
    filterKeys: ["kind", "fiscalYear", "provinceCode", "tambonCode"],
  },
  progressReports: {
    list: "progressReports",
    one: "progressReport",
    fields: REPORT_FIELDS,
    filterKeys: ["provinceCode", "tambonCode", "fiscalYear", "status"],
  },
  engagementPosts: {
    list: "engagementPosts",
    one: "engagementPost",
    fields: POST_FIELDS,
    filterKeys: ["provinceCode", "tambonCode", "channel"],
  },
  lessonSummaries: {
    list: "lessonSummaries",
    one: "lessonSummary",
    fields: LESSON_FIELDS,
    filterKeys: ["fiscalYear", "provinceCode", "tambonCode", "status"],
    filterType: "LessonFilter",
  },
};

const INPUT_KEYS: Record<string, string[]> = {
  nominations: ["tambonCode", "fiscalYear", "round", "summary"],
  leaders: [
    "title",
    "firstName",
    "lastName",
    "gender",
    "birthDate",
    "nationalId",
    "phone",
    "communityRole",
    "tambonCode",
    "villageNo",
    "cohortYear",
    "status",
  ],
};

const MAX_PAGE = 500;

function pick(source: Record<string, unknown>, keys: string[]) {
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    const value = source[key];
    if (value !== undefined && value !== "") out[key] = value;
  }
  return out;
}

function api(resource: string): ResourceApi {
  const found = RESOURCES[resource];
  if (!found) throw new Error(`unknown resource ${resource}`);
  return found;
}

/** Our own buildQuery over the public names (ra-data-graphql-simple wants graphql 15 and other names). */
const buildQuery: BuildQueryFactory = () => (fetchType, resource, params) => {
  const r = api(resource);
  switch (fetchType) {
    case "GET_LIST":
    case "GET_MANY_REFERENCE": {
      const { page = 1, perPage = 25 } = params.pagination ?? {};
      const filter = pick({ ...params.filter, ...(params.target ? { [params.target]: params.id } : {}) }, r.filterKeys);
      const sort =
        r.sortable && params.sort?.field && params.sort.field !== "id" ? { field: params.sort.field, direction: params.sort.order } : undefined;
      const limit = Math.min(perPage, MAX_PAGE);
      return {
        query: parse(`query List($page: PageInput, $filter: ${r.filterType ?? `${capital(r.one)}Filter`}${r.sortable ? ", $sort: SortInput" : ""}) {
          ${r.list}(page: $page, filter: $filter${r.sortable ? ", sort: $sort" : ""}) { totalCount nodes { ${r.fields} } } }`),
        variables: { page: { limit, offset: (page - 1) * limit }, filter, ...(r.sortable ? { sort } : {}) },
        parseResponse: ({ data }: { data: Record<string, { nodes: unknown[]; totalCount: number }> }) => ({
          data: data[r.list].nodes,
          total: data[r.list].totalCount,
        }),
      };
    }
    case "GET_ONE":
      return {
        query: parse(`query One($id: ID!) { ${r.one}(id: $id) { ${r.fields} } }`),
        variables: { id: params.id },
        parseResponse: ({ data }: { data: Record<string, unknown> }) => ({ data: data[r.one] }),
      };
    case "GET_MANY": {
      const ids: string[] = params.ids ?? [];
      const selections = ids.map((id, i) => `r${i}: ${r.one}(id: ${JSON.stringify(String(id))}) { ${r.fields} }`).join("\n");
      return {
        query: parse(`query Many { ${selections || "__typename"} }`),
        variables: {},
        parseResponse: ({ data }: { data: Record<string, unknown> }) => ({ data: ids.map((_, i) => data[`r${i}`]).filter(Boolean) }),
      };
    }
    case "CREATE":
      return {
        query: parse(`mutation Create($input: ${capital(r.one)}Input!) { ${r.create}(input: $input) { ${r.fields} } }`),
        variables: { input: pick(params.data, INPUT_KEYS[resource] ?? []) },
        parseResponse: ({ data }: { data: Record<string, unknown> }) => ({ data: data[r.create!] }),
      };
    case "UPDATE": {
      const changed = Object.keys(params.data).filter((key) => params.data[key] !== params.previousData?.[key]);
      return {
        query: parse(`mutation Update($id: ID!, $input: ${capital(r.one)}UpdateInput!, $expectedVersion: Int) {
          ${r.update}(id: $id, input: $input, expectedVersion: $expectedVersion) { ${r.fields} } }`),
        variables: {
          id: params.id,
          input: pick(
            params.data,
            (INPUT_KEYS[resource] ?? []).filter((key) => changed.includes(key)),
          ),
          expectedVersion: params.previousData?.version,
        },
        parseResponse: ({ data }: { data: Record<string, unknown> }) => ({ data: data[r.update!] }),
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

function capital(name: string) {
  return name[0].toUpperCase() + name.slice(1);
}

/** The API's field errors (extensions.field such as input.nationalId) as react-admin's field errors, in the user's language. */
function toFormError(error: unknown): unknown {
  const body = (error as { body?: { graphQLErrors?: GraphQLError[] } })?.body;
  const first = body?.graphQLErrors?.[0];
  if (!first) return error;
  const code = first.extensions?.code;
  if (code === "UNAUTHENTICATED") return new HttpError(first.message, 401);
  const message = fieldMessage(first);
  const field = first.extensions?.field?.replace(/^input\./, "");
  return new HttpError(message, code === "FORBIDDEN" ? 403 : 400, field ? { errors: { [field]: message } } : { message });
}

const client = new ApolloClient({
  cache: new InMemoryCache({ addTypename: false }),
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

/** The data provider, with a CSV export of all rows (paged at the API's 500-row limit) and server errors at the field. */
export const dataProvider: DataProvider = new Proxy(graphqlProvider, {
  get(target, name: string) {
    const method = (target as unknown as Record<string, unknown>)[name];
    if (typeof method !== "function") return method;
    return async (...args: unknown[]) => {
      try {
        return await (method as (...a: unknown[]) => Promise<unknown>).apply(target, args);
      } catch (error) {
        throw toFormError(error);
      }
    };
  },
}) as DataProvider;

/** Every row of a list, 500 at a time (react-admin's default export stops at 1,000). */
export async function fetchAll(resource: string, filter: Record<string, unknown>, sort?: { field: string; order: "ASC" | "DESC" }) {
  const rows: unknown[] = [];
  for (let page = 1; ; page++) {
    const { data, total } = await dataProvider.getList(resource, {
      filter,
      sort: sort ?? { field: "id", order: "ASC" },
      pagination: { page, perPage: MAX_PAGE },
    });
    rows.push(...data);
    if (data.length === 0 || rows.length >= (total ?? 0)) return rows;
  }
}
