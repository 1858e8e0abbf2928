/** The panel's one way to the API: POST /graphql with the login's Bearer token. */
export const TOKEN_KEY = "cl.token";
export const ACCOUNT_KEY = "cl.account";

export interface GraphQLError {
  message: string;
  extensions?: { code?: string; field?: string; messageTh?: string };
}

export class ApiError extends Error {
  constructor(readonly errors: GraphQLError[]) {
    super(errors[0]?.message ?? "request failed");
  }
}

export function authHeaders(): Record<string, string> {
  const token = sessionStorage.getItem(TOKEN_KEY);
  return token ? { authorization: `Bearer ${token}` } : {};
}

/** The calls outside ra-data-graphql: login and logout, and the data provider's own `workflow` and `query` methods. */
export async function gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch("/graphql", {
    method: "POST",
    headers: { "content-type": "application/json", ...authHeaders() },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: GraphQLError[] };
  if (body.errors?.length) throw new ApiError(body.errors);
  return body.data as T;
}
