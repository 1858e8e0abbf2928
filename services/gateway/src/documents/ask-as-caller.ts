import type express from "express";

/** Why a document cannot be made for this caller, with the HTTP status and the code GraphQL gave. */
export class DocumentRefused extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly messageTh: string,
    readonly field = "id",
  ) {
    super(message);
  }
}

const STATUS_OF_CODE: Record<string, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
  RATE_LIMITED: 429,
  SUBGRAPH_UNAVAILABLE: 503,
  SUBGRAPH_TIMEOUT: 503,
  DATABASE_UNAVAILABLE: 503,
};

interface GraphQLAnswer<T> {
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string; messageTh?: string; field?: string } }[];
}

/** This gateway as the request reached it: the local address and port of its connection (whatever HOST it listens on). */
function ownAddress(req: express.Request): string {
  const address = (req.socket.localAddress ?? "127.0.0.1").replace(/^::ffff:/, "");
  return `http://${address.includes(":") ? `[${address}]` : address}:${req.socket.localPort}`;
}

/**
 * Asks this gateway's own /graphql as the caller (the same Authorization or X-Api-Key header), so a
 * document is made of exactly what the caller may read: every rule of the API applies, and nothing
 * the caller may not see reaches a PDF. Errors at `optional` root fields leave those fields null.
 */
export async function askAsCaller<T>(req: express.Request, query: string, variables: Record<string, unknown>, optional: string[] = []): Promise<T> {
  const headers: Record<string, string> = { "content-type": "application/json" };
  for (const name of ["authorization", "x-api-key", "x-request-id"]) {
    const value = req.headers[name];
    if (typeof value === "string") headers[name] = value;
  }
  const response = await fetch(`${ownAddress(req)}/graphql`, { method: "POST", headers, body: JSON.stringify({ query, variables }) });
  const answer = (await response.json()) as GraphQLAnswer<T>;
  const fatal = answer.errors?.find((error) => !optional.includes(String(error.path?.[0] ?? "")));
  if (fatal) {
    const code = fatal.extensions?.code ?? "INTERNAL_SERVER_ERROR";
    throw new DocumentRefused(
      STATUS_OF_CODE[code] ?? 500,
      code,
      fatal.message,
      fatal.extensions?.messageTh ?? "ระบบขัดข้อง ไม่สามารถจัดทำเอกสารได้",
      fatal.extensions?.field ?? "id",
    );
  }
  if (!answer.data) throw new DocumentRefused(500, "INTERNAL_SERVER_ERROR", "No data for the document", "ระบบขัดข้อง ไม่สามารถจัดทำเอกสารได้");
  return answer.data;
}

/** NOT_FOUND for a record the caller cannot see (absent or out of their sight: the API answers null for both). */
export function found<T>(value: T | null | undefined, what: string, whatTh: string): T {
  if (value == null) throw new DocumentRefused(404, "NOT_FOUND", `${what} not found`, `ไม่พบ${whatTh} หรือท่านไม่มีสิทธิ์เข้าถึง`);
  return value;
}
