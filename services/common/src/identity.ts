import crypto from "node:crypto";
import jwt from "jsonwebtoken";
import { registerEnumType } from "type-graphql";
import { unauthenticated } from "./errors";

/** The roles of SPEC section 2. */
export enum Role {
  ADMIN = "ADMIN",
  PROVINCE_OFFICER = "PROVINCE_OFFICER",
  INSPECTOR = "INSPECTOR",
  JUDGE = "JUDGE",
  BUDGET_OFFICER = "BUDGET_OFFICER",
  EXECUTIVE = "EXECUTIVE",
  PARTNER = "PARTNER",
}
registerEnumType(Role, { name: "Role", description: "What a caller may do (SPEC section 2)" });

/** Who is calling: an account that logged in, or a partner agency's API key. */
export interface Identity {
  kind: "account" | "apiKey";
  id: string;
  name: string;
  role: Role;
  /** The province of a province officer. */
  provinceCode?: string | null;
  /** The inspection region of an inspector. */
  regionCode?: string | null;
  /** The account's session version when its login token was signed (a later one refuses the token). */
  sessionVersion?: number;
  /** A partner key's scope, AGGREGATE or NAMED (need-to-know.ts); absent for accounts. */
  scope?: string | null;
  /** A partner key's stated purpose, written to the access log with what it read. */
  purpose?: string | null;
}

/** The header that carries the gateway-signed identity to the subgraphs. */
export const IDENTITY_HEADER = "x-change-leaders-identity";
/** The header that carries the request id from the gateway into every subgraph. */
export const REQUEST_ID_HEADER = "x-request-id";

const USER_AUDIENCE = "change-leaders";
const SUBGRAPH_AUDIENCE = "change-leaders-subgraph";
const ISSUER = "change-leaders";

/**
 * The HMAC keys as KeyObjects, made once per secret: given a string or a Buffer, jsonwebtoken first
 * tries to parse it as a PEM key and fails, on every sign and verify (measured: ~0.3 ms each).
 */
const loginKeys = new Map<string, crypto.KeyObject>();
const subgraphKeys = new Map<string, crypto.KeyObject>();
function loginKey(secret: string): crypto.KeyObject {
  let key = loginKeys.get(secret);
  if (!key) loginKeys.set(secret, (key = crypto.createSecretKey(Buffer.from(secret, "utf8"))));
  return key;
}

/** The key for identities forwarded to subgraphs, derived so that a login token is never accepted there. */
function subgraphKey(secret: string): crypto.KeyObject {
  let key = subgraphKeys.get(secret);
  if (!key) subgraphKeys.set(secret, (key = crypto.createSecretKey(crypto.createHmac("sha256", secret).update("subgraph-identity").digest())));
  return key;
}

/**
 * Tokens already verified, with the identity they carry, until they expire: a caller's next request
 * skips the HMAC and the JSON parsing (the gateway verifies a login token, a subgraph the gateway's
 * token, on every request). Keyed by the token, checked against the secret; the oldest entry goes first.
 */
const VERIFIED_MAX = 10_000;
const verified = new Map<string, { secret: string; audience: string; identity: Identity; expiresAt: number }>();

function verifiedIdentity(token: string, secret: string, audience: string): Identity | null {
  const entry = verified.get(token);
  if (!entry || entry.secret !== secret || entry.audience !== audience) return null;
  if (Date.now() >= entry.expiresAt) {
    verified.delete(token);
    return null;
  }
  return { ...entry.identity };
}

function rememberVerified(token: string, secret: string, audience: string, payload: jwt.JwtPayload, identity: Identity): Identity {
  if (typeof payload.exp !== "number") return identity;
  if (verified.size >= VERIFIED_MAX) verified.delete(verified.keys().next().value!);
  verified.set(token, { secret, audience, identity: { ...identity }, expiresAt: payload.exp * 1000 });
  return identity;
}

/** How long a signed subgraph identity lives, and how much of it is left when the gateway signs a fresh one. */
const SUBGRAPH_TOKEN_SECONDS = 300;
const SUBGRAPH_TOKEN_RENEW_MS = 60_000;
const signed = new Map<string, { token: string; expiresAt: number }>();

interface TokenClaims {
  kind: Identity["kind"];
  name: string;
  role: Role;
  prov?: string | null;
  reg?: string | null;
  ver?: number;
  scp?: string | null;
  pur?: string | null;
}

function toClaims(identity: Identity): TokenClaims {
  return {
    kind: identity.kind,
    name: identity.name,
    role: identity.role,
    prov: identity.provinceCode ?? null,
    reg: identity.regionCode ?? null,
    ...(identity.sessionVersion === undefined ? {} : { ver: identity.sessionVersion }),
    ...(identity.kind === "apiKey" ? { scp: identity.scope ?? null, pur: identity.purpose ?? null } : {}),
  };
}

function fromClaims(payload: jwt.JwtPayload): Identity {
  const claims = payload as jwt.JwtPayload & TokenClaims;
  if (!claims.sub || !Object.values(Role).includes(claims.role)) throw unauthenticated("Malformed token");
  return {
    kind: claims.kind === "apiKey" ? "apiKey" : "account",
    id: claims.sub,
    name: claims.name,
    role: claims.role,
    provinceCode: claims.prov ?? null,
    regionCode: claims.reg ?? null,
    ...(Number.isSafeInteger(claims.ver) ? { sessionVersion: claims.ver } : {}),
    ...(claims.kind === "apiKey" ? { scope: claims.scp ?? null, purpose: claims.pur ?? null } : {}),
  };
}

/** The login token an account receives, and when it expires. */
export function signLoginToken(identity: Identity, secret: string, ttlSeconds: number): { token: string; expiresAt: Date } {
  const token = jwt.sign(toClaims(identity), loginKey(secret), {
    algorithm: "HS256",
    subject: identity.id,
    audience: USER_AUDIENCE,
    issuer: ISSUER,
    expiresIn: ttlSeconds,
  });
  return { token, expiresAt: new Date(Date.now() + ttlSeconds * 1000) };
}

/** Reads a login token; throws UNAUTHENTICATED when it is forged, expired or malformed. */
export function verifyLoginToken(token: string, secret: string): Identity {
  const known = verifiedIdentity(token, secret, USER_AUDIENCE);
  if (known) return known;
  try {
    const payload = jwt.verify(token, loginKey(secret), { algorithms: ["HS256"], audience: USER_AUDIENCE, issuer: ISSUER }) as jwt.JwtPayload;
    return rememberVerified(token, secret, USER_AUDIENCE, payload, fromClaims(payload));
  } catch {
    throw unauthenticated("Invalid or expired token");
  }
}

/**
 * The short-lived token the gateway attaches to each subgraph request: one per identity, signed again
 * when less than a minute of its five is left (not once per request).
 */
export function signSubgraphIdentity(identity: Identity, secret: string): string {
  const claims = toClaims(identity);
  const key = JSON.stringify([secret, identity.id, claims]);
  const known = signed.get(key);
  if (known && Date.now() < known.expiresAt - SUBGRAPH_TOKEN_RENEW_MS) return known.token;
  const token = jwt.sign(claims, subgraphKey(secret), {
    algorithm: "HS256",
    subject: identity.id,
    audience: SUBGRAPH_AUDIENCE,
    issuer: ISSUER,
    expiresIn: SUBGRAPH_TOKEN_SECONDS,
  });
  if (signed.size >= VERIFIED_MAX) signed.delete(signed.keys().next().value!);
  signed.set(key, { token, expiresAt: Date.now() + SUBGRAPH_TOKEN_SECONDS * 1000 });
  return token;
}

/** Reads the identity the gateway forwarded; throws UNAUTHENTICATED for anything the gateway did not sign. */
export function verifySubgraphIdentity(token: string, secret: string): Identity {
  const known = verifiedIdentity(token, secret, SUBGRAPH_AUDIENCE);
  if (known) return known;
  try {
    const payload = jwt.verify(token, subgraphKey(secret), { algorithms: ["HS256"], audience: SUBGRAPH_AUDIENCE, issuer: ISSUER }) as jwt.JwtPayload;
    return rememberVerified(token, secret, SUBGRAPH_AUDIENCE, payload, fromClaims(payload));
  } catch {
    throw unauthenticated("The forwarded identity is not signed by the gateway");
  }
}
