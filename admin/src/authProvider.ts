import type { AuthProvider } from "react-admin";
import { ACCOUNT_KEY, ApiError, TOKEN_KEY, gql } from "./graphql";

export interface Me {
  id: string;
  username: string;
  displayName: string;
  role: string;
  provinceCode?: string | null;
  regionCode?: string | null;
}

export function me(): Me | null {
  const stored = sessionStorage.getItem(ACCOUNT_KEY);
  return stored ? (JSON.parse(stored) as Me) : null;
}

/** Login with the `login` mutation; the token lives in sessionStorage (gone with the tab). */
export const authProvider: AuthProvider = {
  async login({ username, password }: { username: string; password: string }) {
    try {
      const data = await gql<{ login: { token: string; account: Me } }>(LOGIN, { username, password });
      if (data.login.account.role === "PARTNER") throw new Error("cl.signInFailed");
      sessionStorage.setItem(TOKEN_KEY, data.login.token);
      sessionStorage.setItem(ACCOUNT_KEY, JSON.stringify(data.login.account));
    } catch (error) {
      throw new Error(error instanceof ApiError ? "cl.signInFailed" : (error as Error).message);
    }
  },
  /** Ends the session on the server too (the token is refused from now on), then forgets it here. */
  async logout() {
    if (sessionStorage.getItem(TOKEN_KEY)) await gql("mutation Logout { logout }").catch(() => undefined);
    sessionStorage.removeItem(TOKEN_KEY);
    sessionStorage.removeItem(ACCOUNT_KEY);
  },
  async checkAuth() {
    if (!sessionStorage.getItem(TOKEN_KEY)) throw new Error("ra.auth.auth_check_error");
  },
  async checkError(error: { status?: number }) {
    if (error?.status === 401) {
      sessionStorage.removeItem(TOKEN_KEY);
      throw new Error("ra.notification.logged_out");
    }
  },
  async getPermissions() {
    return me()?.role ?? null;
  },
  async getIdentity() {
    const account = me();
    if (!account) throw new Error("ra.auth.auth_check_error");
    return { id: account.id, fullName: account.displayName };
  },
};

const LOGIN = `mutation Login($username: String!, $password: String!) {
  login(username: $username, password: $password) { token account { id username displayName role provinceCode regionCode } } }`;
