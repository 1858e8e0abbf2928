import crypto from "node:crypto";
import { type Config, type Identity, Role, postToSubgraph } from "@change-leaders/common";

/** The identity the gateway uses to ask the people subgraph about a key; people answers no one else. */
const GATEWAY_SERVICE: Identity = { kind: "apiKey", id: "service:gateway", name: "gateway", role: Role.PARTNER };

/** How long the gateway keeps the answer for a key: a revoked key is refused at most this long after. */
export const API_KEY_CACHE_MS = 30_000;
const MAX_CACHED_KEYS = 10_000;

const QUERY = "query GatewayApiKeyIdentity($key: String!) { apiKeyIdentity(key: $key) { id name role } }";

/** The cache's key for an API key: its SHA-256, so no raw key stays in this process's memory. */
const cacheKeyOf = (key: string) => crypto.createHash("sha256").update(key).digest("base64url");

/**
 * Verifies `X-Api-Key` against the people subgraph, which holds the keys' hashes: the gateway keeps
 * no database. Answers (valid or not) are cached in this process for at most 30 s, so a key revoked
 * on any replica of people is refused by every gateway replica within 30 s; nothing else is shared.
 */
export class ApiKeyVerifier {
  private readonly cache = new Map<string, { identity: Identity | null; until: number }>();

  constructor(
    private readonly peopleUrl: string,
    private readonly config: Config,
  ) {}

  async identityOf(key: string): Promise<Identity | null> {
    const now = Date.now();
    const cacheKey = cacheKeyOf(key);
    const cached = this.cache.get(cacheKey);
    if (cached && cached.until > now) return cached.identity;
    const identity = await this.ask(key);
    if (this.cache.size >= MAX_CACHED_KEYS) this.cache.clear();
    this.cache.set(cacheKey, { identity, until: now + API_KEY_CACHE_MS });
    return identity;
  }

  private async ask(key: string): Promise<Identity | null> {
    const body = await postToSubgraph<{ apiKeyIdentity: { id: string; name: string; role: Role } | null }>(
      this.peopleUrl,
      GATEWAY_SERVICE,
      this.config,
      QUERY,
      { key },
    );
    if (body.errors?.length || !body.data) throw new Error("The people subgraph could not verify the API key");
    const found = body.data.apiKeyIdentity;
    return found ? { kind: "apiKey", id: found.id, name: found.name, role: found.role } : null;
  }
}
