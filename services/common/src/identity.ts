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

interface TokenClaims {
  kind: Identity["kind"];
  name: string;
  role: Role;
  prov?: string | null;
  reg?: string | null;
}

function toClaims(identity: Identity): TokenClaims {
  return {
    kind: identity.kind,
    name: identity.name,
    role: identity.role,
    prov: identity.provinceCode ?? null,
    reg: identity.regionCode ?? null,
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
  try {
    return fromClaims(jwt.verify(token, loginKey(secret), { algorithms: ["HS256"], audience: USER_AUDIENCE, issuer: ISSUER }) as jwt.JwtPayload);
  } catch {
    throw unauthenticated("Invalid or expired token");
  }
}

/** The short-lived token the gateway attaches to each subgraph request. */
export function signSubgraphIdentity(identity: Identity, secret: string): string {
  return jwt.sign(toClaims(identity), subgraphKey(secret), {
    algorithm: "HS256",
    subject: identity.id,
    audience: SUBGRAPH_AUDIENCE,
    issuer: ISSUER,
    expiresIn: 300,
  });
}

/** Reads the identity the gateway forwarded; throws UNAUTHENTICATED for anything the gateway did not sign. */
export function verifySubgraphIdentity(token: string, secret: string): Identity {
  try {
    return fromClaims(
      jwt.verify(token, subgraphKey(secret), { algorithms: ["HS256"], audience: SUBGRAPH_AUDIENCE, issuer: ISSUER }) as jwt.JwtPayload,
    );
  } catch {
    throw unauthenticated("The forwarded identity is not signed by the gateway");
  }
}
