import type { ApolloServerPlugin } from "@apollo/server";
import { type FragmentDefinitionNode, type OperationDefinitionNode, type SelectionSetNode, Kind } from "graphql";
import type { AuthCheckerFn, MiddlewareFn } from "type-graphql";
import { type RequestContext, requireIdentity } from "./context";
import { forbidden, unauthenticated, unauthenticatedRequest } from "./errors";
import { type Identity, Role } from "./identity";
import { partnerFieldRefused, partnerRefusedField, partnerScope } from "./need-to-know";

/** Root fields anyone may call: `login` (and `__typename`, which reveals nothing). */
export const PUBLIC_ROOT_FIELDS: ReadonlySet<string> = new Set(["login", "__typename"]);

/** The names of the root fields an operation selects, through fragments too. */
export function rootFieldNames(operation: OperationDefinitionNode, fragments: Record<string, FragmentDefinitionNode>): string[] {
  const names: string[] = [];
  const visit = (selectionSet: SelectionSetNode, seen: Set<string>) => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) names.push(selection.name.value);
      else if (selection.kind === Kind.INLINE_FRAGMENT) visit(selection.selectionSet, seen);
      else if (!seen.has(selection.name.value) && fragments[selection.name.value]) {
        seen.add(selection.name.value);
        visit(fragments[selection.name.value].selectionSet, seen);
      }
    }
  };
  visit(operation.selectionSet, new Set());
  return names;
}

/**
 * Refuses an operation without an identity unless it only selects public root fields, and a partner's
 * operation that selects what its key's scope does not cover (need-to-know.ts). Both the gateway and
 * every subgraph run it: a subgraph reached directly asks the same.
 */
export function authenticationPlugin<T extends { identity?: unknown }>(
  publicFields: ReadonlySet<string> = PUBLIC_ROOT_FIELDS,
): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, operation, document, schema }) {
          if (contextValue.identity) {
            // The client's name of the operation; the gateway names its subgraph fetches `<name>__<subgraph>__<n>`.
            (contextValue as { operationName?: string | null }).operationName = operation?.name?.value.replace(/__[a-z]+__\d+$/, "") ?? null;
            // A partner's operation is checked whole against its key's scope before anything is read.
            const scope = partnerScope(contextValue.identity as Identity);
            const refused = scope && partnerRefusedField(schema, document, scope);
            if (scope && refused) {
              const error = partnerFieldRefused(refused, scope);
              error.extensions.http = { status: 200 };
              throw error;
            }
            return;
          }
          const fragments: Record<string, FragmentDefinitionNode> = {};
          for (const definition of document.definitions) {
            if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
          }
          // Apollo answers an error thrown here with HTTP 500 unless told otherwise: no credentials is a 401.
          if (!operation || rootFieldNames(operation, fragments).some((name) => !publicFields.has(name))) throw unauthenticatedRequest();
        },
      };
    },
  };
}

/** type-graphql's `@Authorized(...roles)`: UNAUTHENTICATED without an identity, FORBIDDEN for other roles. */
export const authChecker: AuthCheckerFn<RequestContext, Role> = ({ context }, roles) => {
  const identity = requireIdentity(context);
  if (roles.length > 0 && !roles.includes(identity.role)) throw forbidden();
  return true;
};

/** Wraps a `__resolveReference` so that entity lookups need an identity like any other field. */
export function authenticatedReference<R, T>(resolve: (reference: R, ctx: RequestContext) => Promise<T> | T) {
  return (reference: R, ctx: RequestContext) => {
    if (!ctx.identity) throw unauthenticated();
    return resolve(reference, ctx);
  };
}

/**
 * `@UseMiddleware(StaffOnly)` on a field that names a staff member or holds an account id (who
 * recorded, decided, reviewed, sampled): null for a PARTNER, who never sees staff accounts (SPEC
 * section 2), so the field must be nullable.
 */
export const StaffOnly: MiddlewareFn<RequestContext> = async ({ context }, next) => (context.identity?.role === Role.PARTNER ? null : next());
