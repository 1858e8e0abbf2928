export type PartnerScope = "AGGREGATE" | "NAMED";

export interface ApiKey {
  id: string;
  name: string;
  prefix: string;
  scope: PartnerScope;
  purpose: string;
  /** Keys made before scopes have none. */
  expiresAt: string | null;
  createdAt: string;
  createdBy: string | null;
  revokedAt: string | null;
}

/** What `createApiKey` answers: the key itself, shown this once. */
export interface ApiKeySecret {
  id: string;
  name: string;
  key: string;
  scope: PartnerScope;
  purpose: string;
  expiresAt: string;
}
