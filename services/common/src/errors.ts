import { GraphQLError } from "graphql";

/** The codes of SPEC section 5.6 (and the masked one), with the message each shows in Thai and English. */
export const ERROR_CODES = {
  BAD_USER_INPUT: { th: "ข้อมูลไม่ถูกต้อง", en: "Invalid input" },
  UNAUTHENTICATED: { th: "กรุณาเข้าสู่ระบบ", en: "Authentication required" },
  FORBIDDEN: { th: "ไม่มีสิทธิ์ดำเนินการ", en: "Not allowed" },
  NOT_FOUND: { th: "ไม่พบข้อมูล", en: "Not found" },
  CONFLICT: { th: "ข้อมูลถูกแก้ไขหรือมีอยู่แล้ว", en: "Conflicts with the stored record" },
  BUDGET_EXCEEDED: { th: "เกินงบประมาณที่ได้รับ", en: "Exceeds the remaining budget" },
  INVALID_TRANSITION: { th: "ไม่สามารถเปลี่ยนสถานะได้", en: "Status change not allowed" },
  RATE_LIMITED: { th: "ส่งคำขอถี่เกินกำหนด กรุณารอแล้วลองใหม่", en: "Too many requests; try again later" },
  INTERNAL_SERVER_ERROR: { th: "ระบบขัดข้อง", en: "Internal error" },
  SUBGRAPH_UNAVAILABLE: { th: "บริการบางส่วนไม่พร้อมใช้งาน ข้อมูลที่ได้อาจไม่ครบ", en: "A part of the system is unavailable; the answer is partial" },
  SUBGRAPH_TIMEOUT: { th: "บริการบางส่วนตอบช้าเกินกำหนด ข้อมูลที่ได้อาจไม่ครบ", en: "A part of the system did not answer in time; the answer is partial" },
  DATABASE_UNAVAILABLE: { th: "ฐานข้อมูลไม่พร้อมใช้งานชั่วคราว กรุณาลองใหม่", en: "The database is unavailable for the moment; try again" },
} as const;
export type ErrorCode = keyof typeof ERROR_CODES;

export interface DomainErrorDetails {
  /** The input field at fault, as a path such as `input.nationalId`. */
  field?: string;
  /** What a person reads in Thai when the code's general words say too little. */
  messageTh?: string;
  [key: string]: unknown;
}

/** An error a user can act on: a GraphQL error whose `extensions.code` says what kind it is. */
export class DomainError extends GraphQLError {
  constructor(code: ErrorCode, message: string, details: DomainErrorDetails = {}) {
    super(message, { extensions: { ...details, code, messageTh: details.messageTh ?? ERROR_CODES[code].th } });
    this.name = "DomainError";
  }
  get code(): ErrorCode {
    return this.extensions.code as ErrorCode;
  }
}

export const badInput = (field: string, message: string, details: DomainErrorDetails = {}) =>
  new DomainError("BAD_USER_INPUT", message, { ...details, field });
export const notFound = (what: string, id: string) => new DomainError("NOT_FOUND", `${what} ${id} not found`, { id });
export const forbidden = (message = "Your role may not do this") => new DomainError("FORBIDDEN", message);
export const unauthenticated = (message = "Authentication required", details: DomainErrorDetails = {}) =>
  new DomainError("UNAUTHENTICATED", message, details);
/** UNAUTHENTICATED for a request refused as a whole (no or bad credentials), answered with HTTP 401; a field refused stays `unauthenticated`. */
export function unauthenticatedRequest(message?: string): DomainError {
  const error = unauthenticated(message);
  error.extensions.http = { status: 401 };
  return error;
}
export const conflict = (message: string, details: DomainErrorDetails = {}) => new DomainError("CONFLICT", message, details);

const UNIQUE_VIOLATIONS = new Set(["SQLITE_CONSTRAINT_UNIQUE", "SQLITE_CONSTRAINT_PRIMARYKEY", "ER_DUP_ENTRY"]);

/** True when a database error is a unique-key violation, on SQLite or MySQL alike. */
export function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; driverError?: { code?: string } };
  return UNIQUE_VIOLATIONS.has(e?.code ?? "") || UNIQUE_VIOLATIONS.has(e?.driverError?.code ?? "");
}

const CONNECTION_FAILURES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "EPIPE",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENOTFOUND",
  "PROTOCOL_CONNECTION_LOST",
  "PROTOCOL_SEQUENCE_TIMEOUT",
  "ER_SERVER_SHUTDOWN",
  "ER_CON_COUNT_ERROR",
]);

/** True when a database call failed because the server is gone or restarting (not because of the statement). */
export function isDatabaseUnavailable(error: unknown): boolean {
  const e = error as { code?: string; message?: string; driverError?: { code?: string; message?: string } };
  if (CONNECTION_FAILURES.has(e?.code ?? "") || CONNECTION_FAILURES.has(e?.driverError?.code ?? "")) return true;
  return /connection is in closed state|Pool is closed|Connection lost/i.test(`${e?.message ?? ""} ${e?.driverError?.message ?? ""}`);
}
