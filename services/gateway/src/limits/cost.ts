import type { ApolloServerPlugin } from "@apollo/server";
import {
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
  getNamedType,
  getNullableType,
  getVariableValues,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  typeFromAST,
  valueFromASTUntyped,
} from "graphql";
import type { CostAdmission } from "./admission";
import { limitError } from "./codes";

/** A page asked without `limit` has 25 rows; none has more than 500 (PageInput). */
const DEFAULT_PAGE_LIMIT = 25;
const MAX_PAGE_LIMIT = 500;

/**
 * The most rows each list without a page can hold in the programme (SPEC section 1): 77 provinces,
 * at most 50 districts in one (Bangkok), ~1,000 excellent tambons a year. One estimate, not a
 * bound: an event's target tambons count 100 (the demo's largest has 11; the input allows 2,000 for
 * a national event, which would make every event list cost as much as a national one). A list not
 * named here counts as DEFAULT_LIST_SIZE; a test keeps this table complete for the supergraph, so a
 * new list gets its size on purpose.
 */
export const LIST_SIZES: Readonly<Record<string, number>> = {
  "Query.provinces": 77,
  // Evidence: a record holds a handful of files (receipts, minutes, photos); priced at 20 each.
  "Disbursement.attachments": 20,
  "Nomination.portfolio": 20,
  "LessonSummary.attachments": 20,
  "Event.attachments": 20,
  "ProgressReport.attachments": 20,
  "Query.staffNames": 100,
  "Province.districts": 50,
  "Query.inspectionRegions": 30,
  "Query.provincesWithoutInspectionRegion": 77,
  "FiscalYearSetup.items": 400,
  "FiscalYearSetupReport.items": 400,
  "InspectionRegion.provinces": 77,
  "InspectionRegion.inspectors": 50,
  "Query.inspectors": 200,
  "Query.officers": 500,
  "Account.inspectors": 10,
  "Account.officers": 10,
  "Query.apiKeys": 100,
  "Query.history": 500,
  "Query.awardAmounts": 10,
  "Query.rubrics": 10,
  "Rubric.criteria": 20,
  "Nomination.reviews": 10,
  "Review.scores": 20,
  "Query.progressIndicators": 50,
  "Query.activitiesYearSetup": 50,
  "Mutation.copyActivitiesYearSetup": 50,
  "Query.evaluationYearSetup": 20,
  "Mutation.copyEvaluationYearSetup": 20,
  "ProgressReport.indicators": 50,
  "Event.tambons": 100,
  "Event.attendanceByTambon": 100,
  "Event.joinedProvinces": 77,
  "Event.offices": 77,
  "EngagementDraw.posts": 50,
  "BudgetSummary.byAward": 1000,
  "BudgetSummary.byLevel": 5,
  "BudgetSummary.byProvince": 77,
  "ExecutiveSummary.excellentAwards": 1000,
  "ExecutiveSummary.publishedLessons": 1000,
  "ExecutiveSummary.rounds": 5,
  "ProgrammeFigures.byProvince": 77,
  "ImportReport.errors": 500,
  "Mutation.registerParticipants": 500,
  "Mutation.recordAttendance": 500,
};
export const DEFAULT_LIST_SIZE = 100;

type Variables = Record<string, unknown>;

/** An argument's value, literal or from a variable (an object literal may hold variables too). */
function argumentValue(node: ValueNode | undefined, variables: Variables): unknown {
  return node === undefined ? undefined : valueFromASTUntyped(node, variables);
}

function clampedLimit(value: unknown, fallback: number): number {
  const limit = typeof value === "number" && Number.isFinite(value) ? value : fallback;
  return Math.max(0, Math.min(MAX_PAGE_LIMIT, Math.floor(limit)));
}

/** The rows a list field may hold: its page's `limit` for a page's `nodes`, its own `limit`, or the table's size. */
function listRows(
  type: GraphQLCompositeType,
  field: GraphQLField<unknown, unknown>,
  limit: ValueNode | undefined,
  variables: Variables,
  pageRows: number,
) {
  if (field.name === "nodes" && type.name.endsWith("Page")) return pageRows;
  const declared = field.args.find((a) => a.name === "limit");
  if (!declared) return LIST_SIZES[`${type.name}.${field.name}`] ?? DEFAULT_LIST_SIZE;
  return clampedLimit(argumentValue(limit, variables), typeof declared.defaultValue === "number" ? declared.defaultValue : DEFAULT_LIST_SIZE);
}

/**
 * How many objects an answer may hold: every object (or interface) a field returns counts 1, times
 * the rows of each list above it: the `page.limit` asked (25 when left out) for a page's `nodes`,
 * `limit` where a list takes one, the table's size for any other list. Scalars cost nothing; their
 * number is bounded by the aliases and tokens limits. `__typename` is free but its aliases count.
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Variables,
  stopAbove = Number.POSITIVE_INFINITY,
): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  const root = operation.operation === "query" ? schema.getQueryType() : operation.operation === "mutation" ? schema.getMutationType() : null;
  if (!root) return 0;
  let total = 0;

  const fieldOf = (type: GraphQLCompositeType, name: string): GraphQLField<unknown, unknown> | undefined =>
    isObjectType(type) || isInterfaceType(type) ? type.getFields()[name] : undefined;

  const visit = (selectionSet: SelectionSetNode, type: GraphQLCompositeType, rows: number, pageRows: number, spreads: ReadonlySet<string>) => {
    for (const selection of selectionSet.selections) {
      if (total > stopAbove) return;
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const condition = selection.typeCondition ? typeFromAST(schema, selection.typeCondition) : type;
        if (condition && isCompositeType(condition)) visit(selection.selectionSet, condition, rows, pageRows, spreads);
        continue;
      }
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments.get(selection.name.value);
        if (!fragment || spreads.has(fragment.name.value)) continue;
        const condition = typeFromAST(schema, fragment.typeCondition);
        if (condition && isCompositeType(condition))
          visit(fragment.selectionSet, condition, rows, pageRows, new Set([...spreads, fragment.name.value]));
        continue;
      }
      const field = fieldOf(type, selection.name.value);
      if (!field || !selection.selectionSet) continue;
      const named = getNamedType(field.type);
      if (!isCompositeType(named)) continue;
      const args = new Map((selection.arguments ?? []).map((argument) => [argument.name.value, argument.value]));
      const size = isListType(getNullableType(field.type)) ? listRows(type, field, args.get("limit"), variables, pageRows) : 1;
      const page = field.args.some((a) => a.name === "page") ? argumentValue(args.get("page"), variables) : undefined;
      const childPageRows = clampedLimit((page as { limit?: unknown } | null | undefined)?.limit, DEFAULT_PAGE_LIMIT);
      const objects = rows * size;
      total += objects;
      visit(selection.selectionSet, named, objects, childPageRows, spreads);
    }
  };
  visit(operation.selectionSet, root, 1, DEFAULT_PAGE_LIMIT, new Set());
  return total;
}

/** The refusal of a document over the cost limit: HTTP 400, QUERY_TOO_COMPLEX, in Thai too. */
export const tooComplex = (limit: number, cost: number) =>
  limitError("QUERY_TOO_COMPLEX", `Query cost limit of ${limit} exceeded, found ${cost > limit * 10 ? `more than ${limit * 10}` : cost}.`);

/**
 * The cost limit as an Apollo plugin: it needs the variables (a page size is usually one), which a
 * validation rule never sees. Variables the schema refuses are left to Apollo to refuse. A document
 * within the limit then waits for its turn in `admission` and frees it with its answer.
 */
export function costLimitPlugin(maxCost: number, admission: CostAdmission): ApolloServerPlugin<object> {
  return {
    async requestDidStart() {
      let release: (() => void) | undefined;
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return;
          const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], request.variables ?? {});
          if (coerced.errors) return;
          const cost = operationCost(schema, document, operation, coerced.coerced, maxCost * 10);
          if (cost > maxCost) throw tooComplex(maxCost, cost);
          release = await admission.admit(cost);
        },
        async willSendResponse() {
          release?.();
        },
      };
    },
  };
}
