import crypto from "node:crypto";
import type { ApolloServerPlugin } from "@apollo/server";
import { type Config, type Identity, Role, askSubgraph, rootFieldNames } from "@change-leaders/common";
import { type FragmentDefinitionNode, Kind } from "graphql";

/** The identity the gateway uses to ask the people subgraph about callers; people answers no one else. */
const GATEWAY_SERVICE: Identity = { kind: "apiKey", id: "service:gateway", name: "gateway", role: Role.PARTNER };

/** How long the gateway keeps an answer about a caller: a revoked key or ended session is refused at most this long after. */
export const CALLER_CACHE_MS = 30_000;
const MAX_CACHED_CALLERS = 10_000;

const API_KEY_QUERY = "query GatewayApiKeyIdentity($key: String!) { apiKeyIdentity(key: $key) { id name role scope purpose expiresAt } }";
const SESSION_QUERY = "query GatewayAccountSession($accountId: ID!) { accountSession(accountId: $accountId) { active sessionVersion } }";

/** The cache's key for an API key: its SHA-256, so no raw key stays in this process's memory. */
const cacheKeyOf = (key: string) => crypto.createHash("sha256").update(key).digest("base64url");

interface ApiKeyAnswer {
  id: string;
  name: string;
  role: Role;
  scope: string;
  purpose: string;
  expiresAt: string | null;
}

/** A key's partner identity with its expiry (epoch ms), as cached. */
type KnownApiKey = Identity & { expiresAt: number | null };

interface AccountSession {
  active: boolean;
  sessionVersion: number;
}

/** Answers kept for 30 s; an answer past its time is used only while people cannot be asked. */
class CallerCache<T> {
  private readonly entries = new Map<string, { value: T; until: number }>();

  async get(key: string, ask: () => Promise<T>, staleIfError: boolean): Promise<T> {
    const now = Date.now();
    const entry = this.entries.get(key);
    if (entry && entry.until > now) return entry.value;
    let value: T;
    try {
      value = await ask();
    } catch (failure) {
      if (staleIfError && entry) return entry.value;
      throw failure;
    }
    if (this.entries.size >= MAX_CACHED_CALLERS) this.entries.clear();
    this.entries.set(key, { value, until: now + CALLER_CACHE_MS });
    return value;
  }

  forget(key?: string): void {
    if (key === undefined) this.entries.clear();
    else this.entries.delete(key);
  }
}

/**
 * Verifies callers against the people subgraph, which holds the accounts and the keys' hashes: the
 * gateway keeps no database. `X-Api-Key` is looked up by hash; a login token's account must exist,
 * be active and not have ended the token's session (logout, password change or reset, deactivation).
 * Answers are cached in this process for at most 30 s, so a change made through any replica of people
 * is honoured by every gateway replica within 30 s, and at once by the replica that carried it.
 */
export class CallerVerifier {
  private readonly apiKeys = new CallerCache<KnownApiKey | null>();
  private readonly sessions = new CallerCache<AccountSession | null>();

  constructor(
    private readonly peopleUrl: string,
    private readonly config: Config,
  ) {}

  /** The partner a key belongs to, or null for a key that is unknown, revoked or expired (expiry checked on every request, not cached). */
  async identityOf(key: string): Promise<Identity | null> {
    const known = await this.apiKeys.get(cacheKeyOf(key), () => this.askApiKey(key), false);
    if (!known || (known.expiresAt !== null && known.expiresAt <= Date.now())) return null;
    const { expiresAt: _expiresAt, ...identity } = known;
    return identity;
  }

  /**
   * Whether a verified login token may still be used. While people cannot answer, the last answer
   * about the account stands (a token is never honoured that people has not once confirmed).
   */
  async sessionIsLive(identity: Identity): Promise<boolean> {
    const session = await this.sessions.get(identity.id, () => this.askSession(identity.id), true);
    return !!session && session.active && session.sessionVersion === (identity.sessionVersion ?? 0);
  }

  /** Forgets what is known of accounts: after an operation that ends sessions went through this gateway. */
  forgetSessions(): void {
    this.sessions.forget();
  }

  private async askApiKey(key: string): Promise<KnownApiKey | null> {
    const found = (await this.ask<{ apiKeyIdentity: ApiKeyAnswer | null }>(API_KEY_QUERY, { key })).apiKeyIdentity;
    return found
      ? {
          kind: "apiKey",
          id: found.id,
          name: found.name,
          role: found.role,
          scope: found.scope,
          purpose: found.purpose,
          expiresAt: found.expiresAt ? Date.parse(found.expiresAt) : null,
        }
      : null;
  }

  private async askSession(accountId: string): Promise<AccountSession | null> {
    return (await this.ask<{ accountSession: AccountSession | null }>(SESSION_QUERY, { accountId })).accountSession;
  }

  private async ask<T>(query: string, variables: Record<string, unknown>): Promise<T> {
    const body = await askSubgraph<T>(this.peopleUrl, GATEWAY_SERVICE, this.config, query, variables);
    if (body.errors?.length || !body.data) throw new Error("The people subgraph could not verify the caller");
    return body.data;
  }
}

/** The mutations after which an account's tokens may have ended. */
const SESSION_ENDING_FIELDS: ReadonlySet<string> = new Set(["logout", "changePassword", "resetPassword", "deactivateAccount", "reactivateAccount"]);

/** After a mutation that ends sessions, this gateway asks people again: a logged-out token is refused at once. */
export function sessionChangesPlugin(callers: CallerVerifier): ApolloServerPlugin<object> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ operation, document }) {
          if (operation?.operation !== "mutation" || !document) return;
          const fragments: Record<string, FragmentDefinitionNode> = {};
          for (const definition of document.definitions) {
            if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
          }
          if (rootFieldNames(operation, fragments).some((name) => SESSION_ENDING_FIELDS.has(name))) callers.forgetSessions();
        },
      };
    },
  };
}
