import { GraphQLError, GraphQLScalarType, Kind } from "graphql";
import { DateTimeResolver } from "graphql-scalars";
import { type Satang, fromSatang, normaliseBaht, toSatang } from "./money";

function scalarInputError(name: string, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "BAD_USER_INPUT", scalar: name } });
}

/** Reads a Baht argument as satang; any fault is the scalar's BAD_USER_INPUT. */
function parseBaht(value: unknown): Satang {
  if (typeof value !== "string") throw scalarInputError("Baht", 'Baht must be a string such as "1000.00"');
  try {
    return toSatang(value);
  } catch (e) {
    throw scalarInputError("Baht", (e as Error).message);
  }
}

/**
 * Money as a decimal string with two places: "1000000.00". Never a float, in or out: an argument
 * arrives in the resolver as `Satang` (bigint), and a field's `Satang` leaves as the baht string.
 */
export const BahtScalar = new GraphQLScalarType<Satang, string>({
  name: "Baht",
  description: 'An amount in Thai baht as a decimal string with two places, e.g. "1000000.00"',
  serialize: (value) => (typeof value === "bigint" ? fromSatang(value) : normaliseBaht(String(value))),
  parseValue: parseBaht,
  parseLiteral: (ast) => parseBaht(ast.kind === Kind.STRING ? ast.value : undefined),
});

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `value` is a real calendar date written YYYY-MM-DD. */
export function isLocalDate(value: string): boolean {
  const match = LOCAL_DATE.exec(value);
  if (!match) return false;
  const [y, m, d] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function parseLocalDate(value: unknown): string {
  if (typeof value !== "string" || !isLocalDate(value)) {
    throw scalarInputError("Date", `"${String(value)}" is not a calendar date written YYYY-MM-DD`);
  }
  return value;
}

/** A calendar date with no time of day ("2021-02-15"), Gregorian, as Thai offices mean it. */
export const DateScalar = new GraphQLScalarType<string, string>({
  name: "Date",
  description: 'A calendar date, e.g. "2021-02-15"',
  serialize: (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : parseLocalDate(value)),
  parseValue: parseLocalDate,
  parseLiteral: (ast) => parseLocalDate(ast.kind === Kind.STRING ? ast.value : undefined),
});

/** An instant in ISO 8601 with offset; the JS `Date` of entities maps to it. */
export const DateTimeScalar = DateTimeResolver;
