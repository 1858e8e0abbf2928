import { type ValidationError, getMetadataStorage, validate } from "class-validator";
import type { ResolverData } from "type-graphql";
import { badInput } from "./errors";
import { type Fault, fiscalYearFault, nameFault, programmeDateFault, textFault } from "./input-rules";

/** Thai words, saying what to type, for the constraints the inputs use; the constraint's bounds from its metadata. */
const CONSTRAINT_TH: Record<string, (bounds: unknown[]) => string> = {
  min: ([n]) => `ต้องไม่น้อยกว่า ${String(n)}${n === 0 ? " (ติดลบไม่ได้)" : ""}`,
  max: ([n]) => `ต้องไม่เกิน ${String(n)}`,
  minLength: ([n]) => (n === 1 ? "กรุณากรอกข้อมูล" : `ต้องยาวอย่างน้อย ${String(n)} ตัวอักษร`),
  maxLength: ([n]) => `ยาวได้ไม่เกิน ${String(n)} ตัวอักษร`,
  isLength: ([min, max]) => (min === 1 ? `กรุณากรอกข้อมูล (ไม่เกิน ${String(max)} ตัวอักษร)` : `ต้องยาว ${String(min)}–${String(max)} ตัวอักษร`),
  arrayMaxSize: ([n]) => `ได้ไม่เกิน ${String(n)} รายการ`,
  arrayMinSize: ([n]) => `ต้องมีอย่างน้อย ${String(n)} รายการ`,
  isEnum: () => "กรุณาเลือกจากรายการที่มีให้",
  isIn: () => "กรุณาเลือกจากรายการที่มีให้",
  matches: () => "รูปแบบไม่ถูกต้อง",
  isInt: () => "ต้องเป็นจำนวนเต็ม",
  isUrl: () => "ลิงก์ไม่ถูกต้อง ต้องขึ้นต้นด้วย http:// หรือ https://",
  isBoolean: () => "ต้องเป็น ใช่ หรือ ไม่ใช่",
};

/** The Thai words for a broken constraint (`min` of 0: "ต้องไม่น้อยกว่า 0 …"), undefined for one without words here. */
function constraintTh(error: ValidationError, name: string): string | undefined {
  const words = CONSTRAINT_TH[name];
  if (!words) return undefined;
  const target = error.target?.constructor;
  const metadata = target
    ? getMetadataStorage()
        .getTargetValidationMetadatas(target, "", true, false)
        .find((m) => m.propertyName === error.property && m.name === name)
    : undefined;
  return words((metadata?.constraints ?? []) as unknown[]);
}

/** The dotted path, message and Thai words of the first constraint a value broke (`address.postalCode`). */
function firstFailure(errors: ValidationError[], prefix: string): { field: string; message: string; messageTh?: string } | null {
  for (const error of errors) {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const broken = Object.entries(error.constraints ?? {});
    if (broken.length > 0) return { field, message: broken[0][1], messageTh: constraintTh(error, broken[0][0]) };
    const nested = firstFailure(error.children ?? [], field);
    if (nested) return nested;
  }
  return null;
}

/** The name of the argument that holds `value` (type-graphql passes the value, not its name). */
function argumentName(value: unknown, args: Record<string, unknown>): string {
  if (value === null || typeof value !== "object") return Object.entries(args).find(([, raw]) => raw === value)?.[0] ?? "";
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
  const fault = programmeFault(value, argumentName(value, data.args));
  if (fault) throw badInput(fault.field, fault.message, { messageTh: fault.messageTh });
  if (value === null || typeof value !== "object") return;
  const items = Array.isArray(value) ? value : [value];
  for (const item of items) {
    if (item === null || typeof item !== "object") continue;
    const errors = await validate(item as object, { skipMissingProperties: true, forbidUnknownValues: false });
    const failure = firstFailure(errors, argumentName(item as object, data.args));
    if (failure) throw badInput(failure.field, failure.message, failure.messageTh ? { messageTh: failure.messageTh } : {});
  }
}

/** Fields that hold a person's title or name (a leader, an account, an event's title). */
const NAME_FIELDS = new Set(["title", "firstName", "lastName", "displayName"]);
const isFiscalYearField = (key: string) => key === "fiscalYear" || key.endsWith("FiscalYear") || key === "cohortYear";
/** A programme date or instant: `date`, `…At`, `…Date` or `period…`, but not a birth date (leader.validation.ts checks the age). */
const isProgrammeDateField = (key: string) =>
  (key === "date" || key.endsWith("At") || key.endsWith("Date") || key.startsWith("period")) && key !== "birthDate";
const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The programme's ranges (input-rules.ts) over every value of an argument, nested inputs and lists
 * included: each text well formed and free of control and direction characters, names printable,
 * fiscal years and programme dates in range, whatever the resolver. The first fault, with its path.
 */
function programmeFault(value: unknown, path: string, key = path): (Fault & { field: string }) | null {
  let fault: Fault | null = null;
  if (typeof value === "string") {
    fault = NAME_FIELDS.has(key) ? nameFault(path, value.trim()) : textFault(path, value);
    if (!fault && isProgrammeDateField(key) && LOCAL_DATE.test(value)) fault = programmeDateFault(path, value);
  } else if (typeof value === "number") {
    if (isFiscalYearField(key)) fault = fiscalYearFault(path, value);
  } else if (value instanceof Date) {
    if (!Number.isNaN(value.getTime())) fault = programmeDateFault(path, value.toISOString().slice(0, 10));
  } else if (Array.isArray(value)) {
    for (const item of value) {
      const found = programmeFault(item, path, key);
      if (found) return found;
    }
  } else if (value !== null && typeof value === "object") {
    for (const [name, item] of Object.entries(value)) {
      const found = programmeFault(item, path ? `${path}.${name}` : name, name);
      if (found) return found;
    }
  }
  return fault && { ...fault, field: path };
}

/** A reason that is more than blank, trimmed; undefined when none was given. */
export const givenReason = (reason: string | null | undefined): string | undefined => reason?.trim() || undefined;

/**
 * The reason a step must carry (returning a report, cancelling an event or a disbursement, rejecting a
 * nomination), trimmed; BAD_USER_INPUT on `reason` with Thai words when it is blank.
 */
export function requiredReason(reason: string | null | undefined, message: string): string {
  const given = givenReason(reason);
  if (!given) throw badInput("reason", message, { messageTh: "กรุณาระบุเหตุผล" });
  return given;
}
