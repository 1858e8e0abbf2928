export interface ApiKey {
  id: string;
  name: string;
  prefix: string;
  createdAt: string;
  createdBy: string | null;
  revokedAt: string | null;
}
