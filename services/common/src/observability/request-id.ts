import crypto from "node:crypto";
import type http from "node:http";
import { REQUEST_ID_HEADER } from "../identity";

const SANE_REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** The caller's `x-request-id` when it is a sane one (≤ 64 of `[A-Za-z0-9._-]`), else a fresh UUID. */
export function requestIdFrom(headers: http.IncomingHttpHeaders): string {
  const sent = headers[REQUEST_ID_HEADER];
  return typeof sent === "string" && SANE_REQUEST_ID.test(sent) ? sent : crypto.randomUUID();
}
