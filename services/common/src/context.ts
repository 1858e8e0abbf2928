import type { DataSource } from "typeorm";
import type { Config } from "./config";
import { forbidden, unauthenticated } from "./errors";
import type { Identity, Role } from "./identity";
import { LoaderRegistry } from "./loaders";

/** What every resolver and service method receives first: who calls, their loaders, the database. */
export interface RequestContext {
  identity: Identity | null;
  requestId: string;
  loaders: LoaderRegistry;
  dataSource: DataSource;
  config: Config;
  /** The operation's name as the client gave it (set once the operation is known; the access log keeps it). */
  operationName?: string | null;
}

export function createRequestContext(parts: Omit<RequestContext, "loaders">): RequestContext {
  return { ...parts, loaders: new LoaderRegistry() };
}

/** The caller's identity; UNAUTHENTICATED when there is none. */
export function requireIdentity(ctx: RequestContext): Identity {
  if (!ctx.identity) throw unauthenticated();
  return ctx.identity;
}

/** The caller's identity when their role is one of `roles`; FORBIDDEN otherwise. */
export function requireRole(ctx: RequestContext, ...roles: Role[]): Identity {
  const identity = requireIdentity(ctx);
  if (!roles.includes(identity.role)) throw forbidden();
  return identity;
}
