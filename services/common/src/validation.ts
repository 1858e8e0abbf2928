import { type ValidationError, validate } from "class-validator";
import type { ResolverData } from "type-graphql";
import { badInput } from "./errors";

/** The dotted path and message of the first constraint a value broke (`address.postalCode`). */
function firstFailure(errors: ValidationError[], prefix: string): { field: string; message: string } | null {
  for (const error of errors) {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const messages = Object.values(error.constraints ?? {});
    if (messages.length > 0) return { field, message: messages[0] };
    const nested = firstFailure(error.children ?? [], field);
    if (nested) return nested;
  }
  return null;
}

/** The name of the argument that holds `value` (type-graphql passes the value, not its name). */
function argumentName(value: object, args: Record<string, unknown>): string {
  const keys = Object.keys(value).sort().join(",");
  const match = Object.entries(args).find(
    ([, raw]) => raw === value || (raw !== null && typeof raw === "object" && Object.keys(raw).sort().join(",") === keys),
  );
  return match?.[0] ?? "";
}

/**
 * Validates an input class with class-validator and, when it is wrong, answers BAD_USER_INPUT with the
 * field at fault (`input.nationalId`), so the panel can show the message next to that field.
 */
export async function validateArgument(value: unknown, _type: unknown, data: ResolverData<object>): Promise<void> {
  if (value === null || typeof value !== "object") return;
  const items = Array.isArray(value) ? value : [value];
  for (const item of items) {
    if (item === null || typeof item !== "object") continue;
    const errors = await validate(item as object, { skipMissingProperties: true, forbidUnknownValues: false });
    const failure = firstFailure(errors, argumentName(item as object, data.args));
    if (failure) throw badInput(failure.field, failure.message);
  }
}
