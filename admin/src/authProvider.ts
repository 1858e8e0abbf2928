import type { AuthProvider } from "react-admin";
import { ACCOUNT_KEY, ApiError, EXPIRES_KEY, TOKEN_KEY, forgetSession, gql, storedToken } from "./graphql";

export interface Me {
  id: string;
  username: string;
  displayName: string;
  role: string;
  provinceCode?: string | null;
  regionCode?: string | null;
}

export function me(): Me | null {
  const stored = localStorage.getItem(ACCOUNT_KEY);
  return stored ? (JSON.parse(stored) as Me) : null;
}

// Signed out in another tab (or its session ended there): this tab shows the sign-in page instead of failing later.
if (typeof window !== "undefined") {
  window.addEventListener("storage", (event) => {
    if ((event.key === TOKEN_KEY || event.key === null) && !localStorage.getItem(TOKEN_KEY) && !window.location.hash.startsWith("#/login")) {
      window.location.hash = "#/login";
    }
  });
}

/**
 * Login with the `login` mutation; the token lives in localStorage (one session per browser, shared by its tabs)
 * until the server's `expiresAt`, when it is dropped and the panel asks to sign in again.
 */
export const authProvider: AuthProvider = {
  async login({ username, password }: { username: string; password: string }) {
    try {
      const data = await gql<{ login: { token: string; expiresAt: string; account: Me } }>(LOGIN, { username, password });
      if (data.login.account.role === "PARTNER") throw new Error("cl.signInFailed");
      localStorage.setItem(EXPIRES_KEY, String(new Date(data.login.expiresAt).getTime()));
      localStorage.setItem(ACCOUNT_KEY, JSON.stringify(data.login.account));
      localStorage.setItem(TOKEN_KEY, data.login.token);
    } catch (error) {
      throw new Error(error instanceof ApiError ? "cl.signInFailed" : (error as Error).message);
    }
  },
  /** Ends the session on the server too (the token is refused from now on), then forgets it in every tab. */
  async logout() {
    if (storedToken()) await gql("mutation Logout { logout }").catch(() => undefined);
    forgetSession();
  },
  async checkAuth() {
    if (!storedToken()) throw new Error("ra.auth.auth_check_error");
  },
  async checkError(error: { status?: number }) {
    if (error?.status === 401) {
      forgetSession();
      throw new Error("ra.notification.logged_out");
    }
  },
  async getPermissions() {
    return storedToken() ? (me()?.role ?? null) : null;
  },
  async getIdentity() {
    const account = me();
    if (!account) throw new Error("ra.auth.auth_check_error");
    return { id: account.id, fullName: account.displayName };
  },
};

const LOGIN = `mutation Login($username: String!, $password: String!) {
  login(username: $username, password: $password) { token expiresAt account { id username displayName role provinceCode regionCode } } }`;
