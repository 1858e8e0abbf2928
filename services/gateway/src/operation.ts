import type { ApolloServerPlugin, BaseContext } from "@apollo/server";
import { GraphQLError, Kind } from "graphql";

/**
 * A request whose operation cannot be picked from its document (an unknown `operationName`, several
 * operations and no name) is refused with OPERATION_RESOLUTION_FAILURE and HTTP 400, as Apollo Server
 * refuses it for a schema of its own; an operation of a kind the schema has no root type for (a
 * subscription) with GRAPHQL_VALIDATION_FAILED. Behind a gateway Apollo leaves both to the gateway's
 * executor, which throws, and the client would see a masked 500.
 */
export function operationResolution<C extends BaseContext>(): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, request, schema }) {
          if (operation && schema.getRootType(operation.operation)) return;
          if (operation) {
            // graphql-js 16 validates no operation type against the schema (graphql-js 17's KnownOperationTypes does).
            throw new GraphQLError(`The schema does not support ${operation.operation} operations.`, {
              extensions: { code: "GRAPHQL_VALIDATION_FAILED", http: { status: 400 } },
            });
          }
          const operations = document.definitions.filter((definition) => definition.kind === Kind.OPERATION_DEFINITION).length;
          const message = request.operationName
            ? `Unknown operation named "${request.operationName}".`
            : operations > 1
              ? "Must provide operation name if query contains multiple operations."
              : "Must provide an operation.";
          throw new GraphQLError(message, { extensions: { code: "OPERATION_RESOLUTION_FAILURE", http: { status: 400 } } });
        },
      };
    },
  };
}
