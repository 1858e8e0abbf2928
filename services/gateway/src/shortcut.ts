import { Supergraph, operationFromDocument } from "@apollo/federation-internals";
import { type QueryPlan, QueryPlanner } from "@apollo/query-planner";
import {
  type Config,
  type Observability,
  type SubgraphName,
  SubgraphTimeout,
  partnerRefusedField,
  redactPersonalText,
  partnerScope,
  postToSubgraph,
} from "@change-leaders/common";
import type express from "express";
import {
  type DocumentNode,
  type GraphQLFormattedError,
  type GraphQLSchema,
  Kind,
  type OperationDefinitionNode,
  type ValidationRule,
  getOperationAST,
  getVariableValues,
  parse,
  specifiedRules,
  validate,
  visit,
} from "graphql";
import type { CallerVerifier } from "./callers";
import { type GatewayContext, createGatewayContext } from "./context";
import type { CostAdmission } from "./limits/admission";
import { operationCost } from "./limits/cost";
import { callerHeaders, subgraphFailure } from "./subgraph-source";

/** Where a query one subgraph answers whole goes, decided once per document and operation name. */
export interface Route {
  subgraph: SubgraphName;
  document: DocumentNode;
  operation: OperationDefinitionNode;
}

/** A routed request on its way to its subgraph. */
interface Forwarded {
  route: Route;
  forwarded: string;
  operation: string | null;
  context: GatewayContext;
  identity: NonNullable<GatewayContext["identity"]>;
}

/** The gateway's own document limits: a document over them takes the full road and is refused there. */
export interface DocumentLimits {
  validationRules: ValidationRule[];
  maxTokens: number;
  /** The cost limit (limits/cost.ts), which depends on the variables: checked on every request. */
  maxCost: number;
}

export interface ShortcutOptions {
  config: Config;
  supergraphSdl: string;
  subgraphUrls: Record<SubgraphName, string>;
  callers: CallerVerifier;
  observability: Observability;
  limits: DocumentLimits;
  /** The cost running at once, shared with Apollo's road. */
  admission: CostAdmission;
  formatError: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;
}

/** Distinct documents remembered; more are decided again (a decision costs one parse, two validations and one plan). */
const ROUTES_KEPT = 1_000;
/** Longer documents always take the full road, so that the remembered ones stay within ~32 MB (the panel's largest is ~20 kB). */
const ROUTED_DOCUMENT_MAX = 32 * 1024;

/** `__schema` and `__type` are the gateway's to answer (or refuse, in production). */
function asksIntrospection(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    Field(node) {
      if (node.name.value === "__schema" || node.name.value === "__type") found = true;
    },
  });
  return found;
}

/** A JSON answer as is: not through `res.send`, whose ETag would hash every answer (a POST is never revalidated). */
function reply(res: express.Response, json: string) {
  res.status(200).setHeader("content-type", "application/json; charset=utf-8");
  res.end(json);
}

/** One fetch from one subgraph, nothing required from another and nothing rewritten: the subgraph's answer is the answer. */
function singleFetch(plan: QueryPlan): SubgraphName | null {
  const node = plan.node;
  if (node?.kind !== "Fetch" || node.requires || node.inputRewrites?.length || node.outputRewrites?.length || node.contextRewrites?.length)
    return null;
  return node.serviceName as SubgraphName;
}

/**
 * Which documents a single subgraph answers exactly as the gateway would: valid against the public
 * (API) schema and within the limits, one query operation, no introspection, one fetch in Apollo's
 * own query plan, and valid against that subgraph's schema too.
 */
export class ShortcutRoutes {
  private readonly supergraph: Supergraph;
  private readonly planner: QueryPlanner;
  readonly apiSchema: GraphQLSchema;
  private readonly subgraphSchemas = new Map<string, GraphQLSchema>();
  private readonly routes = new Map<string, Route | null>();

  constructor(
    supergraphSdl: string,
    private readonly limits: DocumentLimits,
  ) {
    this.supergraph = Supergraph.build(supergraphSdl);
    this.planner = new QueryPlanner(this.supergraph);
    this.apiSchema = this.supergraph.apiSchema().toGraphQLJSSchema();
    for (const subgraph of this.supergraph.subgraphs()) this.subgraphSchemas.set(subgraph.name, subgraph.schema.toGraphQLJSSchema());
  }

  /** The operation's cost with these variables, or null over the cost limit (the full road refuses it). */
  costWithin(route: Route, variables: Record<string, unknown>): number | null {
    const cost = operationCost(this.apiSchema, route.document, route.operation, variables, this.limits.maxCost);
    return cost <= this.limits.maxCost ? cost : null;
  }

  /** The route of a document, or null for the full road; remembered. */
  routeOf(query: string, operationName: string | undefined): Route | null {
    if (query.length > ROUTED_DOCUMENT_MAX) return null;
    const key = `${operationName ?? ""}\n${query}`;
    const known = this.routes.get(key);
    if (known !== undefined) return known;
    const route = this.decide(query, operationName);
    if (this.routes.size >= ROUTES_KEPT) this.routes.delete(this.routes.keys().next().value as string);
    this.routes.set(key, route);
    return route;
  }

  private decide(query: string, operationName: string | undefined): Route | null {
    let document: DocumentNode;
    try {
      document = parse(query, { maxTokens: this.limits.maxTokens });
    } catch {
      return null;
    }
    const operations = document.definitions.filter((definition) => definition.kind === Kind.OPERATION_DEFINITION);
    const operation = getOperationAST(document, operationName);
    if (operations.length !== 1 || operation?.operation !== "query" || asksIntrospection(document)) return null;
    if (validate(this.apiSchema, document, [...specifiedRules, ...this.limits.validationRules]).length > 0) return null;
    let subgraph: SubgraphName | null;
    try {
      subgraph = singleFetch(this.planner.buildQueryPlan(operationFromDocument(this.supergraph.apiSchema(), document, { operationName })));
    } catch {
      return null;
    }
    const subgraphSchema = subgraph && this.subgraphSchemas.get(subgraph);
    if (!subgraph || !subgraphSchema || validate(subgraphSchema, document).length > 0) return null;
    return { subgraph, document, operation };
  }
}

/**
 * The gateway's shortcut for the common case: a query that one subgraph answers whole (a partner's
 * leader list, the budget dashboard) is forwarded to that subgraph as the client sent it, and the
 * subgraph's answer goes back as it came, instead of through Apollo's query-plan execution and
 * result shaping (measured in `npm run bench`: that was most of the gateway's cost per request).
 *
 * The shortcut only takes what the full road would answer the same way, and hands everything else on
 * to Apollo unchanged: a mutation, an anonymous caller or refused credentials, a document that is
 * invalid against the public (API) schema or over a limit, asks for introspection, holds more than one
 * operation, needs more than one fetch or does not validate against the subgraph's own schema;
 * variables the public schema refuses; a subgraph that refuses the request (HTTP 400) or cannot be
 * reached. Errors in an answer get what the full road adds: `serviceName` and the gateway's masking.
 */
export class Shortcut {
  private readonly routes: ShortcutRoutes;

  constructor(private readonly options: ShortcutOptions) {
    this.routes = new ShortcutRoutes(options.supergraphSdl, options.limits);
  }

  /** Express middleware on /graphql after the body is read: answers what it can, passes the rest to Apollo. */
  readonly middleware: express.RequestHandler = (req, res, next) => {
    this.answer(req, res).then(
      (answered) => (answered ? undefined : next()),
      (error: unknown) => {
        // Never a 500 from the shortcut: what it could not answer, Apollo answers.
        this.options.observability.logger.error(
          { error: redactPersonalText(String((error as Error)?.stack ?? error)) },
          "gateway shortcut failed; the full road answers",
        );
        if (!res.headersSent) next();
      },
    );
  };

  private async answer(req: express.Request, res: express.Response): Promise<boolean> {
    const body = req.body as { query?: unknown; operationName?: unknown; variables?: unknown; extensions?: unknown } | undefined;
    if (req.method !== "POST" || !body || typeof body.query !== "string" || body.extensions !== undefined) return false;
    const operationName = typeof body.operationName === "string" ? body.operationName : undefined;
    if (body.operationName !== undefined && body.operationName !== null && operationName === undefined) return false;
    const variables = body.variables ?? {};
    if (typeof variables !== "object" || Array.isArray(variables)) return false;
    const route = this.routes.routeOf(body.query, operationName);
    if (!route) return false;
    const coerced = getVariableValues(this.routes.apiSchema, route.operation.variableDefinitions ?? [], variables as Record<string, unknown>);
    const cost = coerced.errors ? null : this.routes.costWithin(route, coerced.coerced);
    if (cost === null) return false;
    // The name the request log and metrics give the operation, as Apollo's plugin would: the document's.
    const operation = route.operation.name?.value ?? null;

    const { config, callers } = this.options;
    const context = await createGatewayContext(req, config, callers).catch(() => null);
    if (!context?.identity) return false;
    // A partner's operation beyond its key's scope is refused by the full road's authentication plugin, as a whole.
    const scope = partnerScope(context.identity);
    if (scope && partnerRefusedField(this.routes.apiSchema, route.document, scope)) return false;
    const release = await this.options.admission.admit(cost);
    try {
      const forwarded = JSON.stringify({ query: body.query, operationName, variables });
      return await this.forward(req, res, { route, forwarded, operation, context, identity: context.identity });
    } finally {
      release();
    }
  }

  /** Sends the document to its subgraph and its answer back (or false: the full road answers). */
  private async forward(req: express.Request, res: express.Response, asked: Forwarded): Promise<boolean> {
    const { route, forwarded, operation, context, identity } = asked;
    const { config, subgraphUrls, observability } = this.options;
    const headers = { "content-type": "application/json", ...callerHeaders(context) };
    let status: number;
    let text: string;
    try {
      const response = await postToSubgraph(subgraphUrls[route.subgraph], { headers, body: forwarded }, config.subgraphTimeoutMs);
      status = response.status;
      text = await response.text();
    } catch (error) {
      // A subgraph that is down is the full road's to answer (partial data and SUBGRAPH_UNAVAILABLE); one that is slow is not asked twice.
      if (!(error instanceof SubgraphTimeout)) return false;
      return this.send(req, res, operation, identity, { data: null, errors: [subgraphFailure(route.subgraph, error).toJSON()] });
    }
    if (status !== 200) return false;
    // Apollo Server writes `errors` before `data` (orderExecutionResultFields): an answer that begins
    // with `data` has no errors and goes back as it came, unparsed (a 500-leader page is ~150 kB).
    if (text.startsWith('{"data":')) {
      observability.answered(req, { operation, identity, hasData: !text.startsWith('{"data":null'), codes: [] });
      reply(res, text);
      return true;
    }
    let answer: { data?: unknown; errors?: GraphQLFormattedError[] };
    try {
      answer = JSON.parse(text) as typeof answer;
    } catch {
      return false;
    }
    if (!Array.isArray(answer.errors)) return false;
    // As Apollo's gateway passes a subgraph's error on: its message, path and extensions, with `serviceName` added (and no locations).
    const errors = answer.errors.map(({ locations: _locations, ...error }) => {
      const formatted = { ...error, extensions: { ...error.extensions, serviceName: route.subgraph } };
      return this.options.formatError(formatted, formatted);
    });
    return this.send(req, res, operation, identity, { ...answer, errors });
  }

  private send(
    req: express.Request,
    res: express.Response,
    operation: string | null,
    identity: Parameters<Observability["answered"]>[1]["identity"],
    answer: { data?: unknown; errors: GraphQLFormattedError[] },
  ): true {
    const codes = answer.errors.map((error) => String(error.extensions?.code ?? "INTERNAL_SERVER_ERROR"));
    this.options.observability.answered(req, { operation, identity, hasData: answer.data != null, codes });
    reply(res, JSON.stringify(answer));
    return true;
  }
}
