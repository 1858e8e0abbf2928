/** The panel's one way to the API: POST /graphql with the login's Bearer token. */
export const TOKEN_KEY = "cl.token";
export const ACCOUNT_KEY = "cl.account";
/** When the server's session ends (the login's `expiresAt`, epoch milliseconds): the panel forgets the token then. */
export const EXPIRES_KEY = "cl.expiresAt";

/**
 * The session lives in localStorage: one per browser (a link opened in a new tab is signed in), for as long as the
 * server's session; past its expiry it is dropped here and the panel asks to sign in again.
 */
export function storedToken(now = Date.now()): string | null {
  const token = localStorage.getItem(TOKEN_KEY);
  if (!token) return null;
  const expiresAt = Number(localStorage.getItem(EXPIRES_KEY));
  if (!Number.isFinite(expiresAt) || expiresAt <= now) {
    forgetSession();
    return null;
  }
  return token;
}

/** Forgets the session in every tab of the browser (the others hear it as a `storage` event). */
export function forgetSession() {
  localStorage.removeItem(TOKEN_KEY);
  localStorage.removeItem(ACCOUNT_KEY);
  localStorage.removeItem(EXPIRES_KEY);
}

export interface GraphQLError {
  message: string;
  /** code, the field at fault (`input.evidenceLinks.0`), its Thai words, and what else the error tells (the `remaining` baht). */
  extensions?: { code?: string; field?: string; messageTh?: string; remaining?: string; [key: string]: unknown };
}

export class ApiError extends Error {
  constructor(readonly errors: GraphQLError[]) {
    super(errors[0]?.message ?? "request failed");
  }
}

export function authHeaders(): Record<string, string> {
  const token = storedToken();
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
