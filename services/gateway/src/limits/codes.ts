import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { HeaderMap } from "@apollo/server";

/** The codes the gateway refuses abuse with, each with the message it shows in Thai. */
export const LIMIT_CODES = {
  QUERY_TOO_DEEP: "คำค้นซ้อนกันลึกเกินกำหนด",
  QUERY_TOO_COMPLEX: "คำค้นซับซ้อนเกินกำหนด",
  TOO_MANY_ALIASES: "คำค้นใช้ชื่อแฝง (alias) มากเกินกำหนด",
  TOO_MANY_TOKENS: "คำค้นยาวเกินกำหนด",
  TOO_MANY_DIRECTIVES: "คำค้นใช้ directive มากเกินกำหนด",
  RATE_LIMITED: "ส่งคำขอถี่เกินกำหนด กรุณารอแล้วลองใหม่",
  PAYLOAD_TOO_LARGE: "ข้อมูลที่ส่งมีขนาดใหญ่เกินกำหนด",
  BAD_REQUEST: "คำขอไม่ถูกต้อง",
} as const;
export type LimitCode = keyof typeof LIMIT_CODES;

const isLimitCode = (code: unknown): code is LimitCode => typeof code === "string" && code in LIMIT_CODES;

/** A refusal by the gateway's limits: a GraphQL error with its code and Thai message, and the HTTP status it answers with. */
export function limitError(code: LimitCode, message: string, status = 400, retryAfterSeconds?: number): GraphQLError {
  const headers = new HeaderMap();
  if (retryAfterSeconds !== undefined) headers.set("retry-after", String(retryAfterSeconds));
  return new GraphQLError(message, {
    extensions: {
      code,
      messageTh: LIMIT_CODES[code],
      ...(retryAfterSeconds !== undefined ? { retryAfterSeconds } : {}),
      http: { status, headers },
    },
  });
}

/** The body of a refusal answered before GraphQL runs (429, 413): the same shape as a GraphQL error response. */
export function limitBody(code: LimitCode, message: string, extra: Record<string, unknown> = {}) {
  return { errors: [{ message, extensions: { code, messageTh: LIMIT_CODES[code], ...extra } }] };
}

/** graphql-js's own token limit (`parseOptions.maxTokens`) answers GRAPHQL_PARSE_FAILED with this message. */
const TOKEN_LIMIT = /^Syntax Error: Document contains more tha[nt] \d+ tokens/;

/** The limit code a refused request carries: its own, or the one Apollo's wrapping (GRAPHQL_VALIDATION_FAILED) hides. */
function limitCodeOf(formatted: GraphQLFormattedError, error: unknown): LimitCode | undefined {
  for (let current = error as GraphQLError | undefined, i = 0; current && i < 3; current = current.originalError as GraphQLError, i++) {
    if (isLimitCode(current.extensions?.code)) return current.extensions.code;
  }
  if (formatted.extensions?.code === "GRAPHQL_PARSE_FAILED" && TOKEN_LIMIT.test(formatted.message)) return "TOO_MANY_TOKENS";
  return undefined;
}

type ErrorFormatter = (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;

/** graphql-js's hint at a name that exists: a field, an argument, a type or an enum value ("Did you mean the enum value "JUDGE"?"). */
const SUGGESTION = /\s*Did you mean [^?]*\?/g;

/**
 * An error without graphql-js's "Did you mean …?" (production: the names of the schema stay unlisted
 * to anonymous callers). graphql-armor hides the field suggestions of validation only; enum values
 * in literals and variables are named by other rules and by variable coercion.
 */
function withoutSuggestion(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const message = formatted.message.replace(SUGGESTION, "");
  return message === formatted.message ? formatted : { ...formatted, message };
}

/**
 * The gateway's error formatter around `format`: a limit's refusal keeps its code and Thai message
 * (Apollo re-codes validation errors as GRAPHQL_VALIDATION_FAILED, and the service formatter masks
 * codes it does not know), and in production no message suggests a name of the schema.
 */
export function withLimitCodes(format: ErrorFormatter, production = false): ErrorFormatter {
  const coded: ErrorFormatter = (formatted, error) => {
    const code = limitCodeOf(formatted, error);
    if (!code) return format(formatted, error);
    const { stacktrace: _stack, http: _http, ...extensions } = formatted.extensions ?? {};
    return { message: formatted.message, locations: formatted.locations, extensions: { ...extensions, code, messageTh: LIMIT_CODES[code] } };
  };
  return production ? (formatted, error) => withoutSuggestion(coded(formatted, error)) : coded;
}
