import { DomainError, type ErrorCode } from "@change-leaders/common";
import type express from "express";

/** A refusal of a file route, in GraphQL's error shape so the panel reads it as it reads GraphQL's: code, field, Thai words. */
export function sendFileError(
  res: express.Response,
  status: number,
  code: ErrorCode | string,
  message: string,
  messageTh: string,
  field = "file",
): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  res.status(status).json({ errors: [{ message, extensions: { code, field, messageTh } }] });
}

/** A DomainError thrown while authenticating (401, 503…), as a file route answers it. */
export function sendDomainError(res: express.Response, error: unknown): void {
  if (!(error instanceof DomainError)) throw error;
  const http = error.extensions.http as { status?: number } | undefined;
  const status = http?.status ?? (error.code === "FORBIDDEN" ? 403 : error.code === "NOT_FOUND" ? 404 : 400);
  sendFileError(res, status, error.code, error.message, String(error.extensions.messageTh), String(error.extensions.field ?? "file"));
}
