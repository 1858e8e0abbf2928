import crypto from "node:crypto";
import type { Config } from "../config";
import type { FileStore } from "./file-store";

/** What an upload may be, decided from its bytes (never its name): PDF, JPEG, PNG and Excel workbooks. */
export const UPLOAD_CONTENT_TYPES: Readonly<Record<string, string>> = {
  "application/pdf": "pdf",
  "image/jpeg": "jpg",
  "image/png": "png",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "xlsx",
};

/** What the store keeps beside an upload's bytes, written once by the gateway that received it. */
export interface UploadRecord {
  id: string;
  /** The name the uploader's computer gave it, cleaned (no folders, no control characters). */
  name: string;
  contentType: string;
  size: number;
  /** Hex SHA-256 of the bytes, computed while they arrived. */
  sha256: string;
  uploadedBy: string;
  uploadedByName: string;
  /** ISO instant. */
  uploadedAt: string;
}

const UPLOAD_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** True for the shape of an upload's id (a UUID), so no other string reaches the store. */
export const isUploadId = (id: string): boolean => UPLOAD_ID.test(id);

/** The record of an upload, or null when there is none (or the id is not an upload's). */
export async function readUploadRecord(store: FileStore, id: string): Promise<UploadRecord | null> {
  return isUploadId(id) ? store.readJson<UploadRecord>(`${id}.json`) : null;
}

/** A file's name as kept and shown: the last path part, no control characters, at most 200 characters. */
export function cleanFileName(name: string | undefined): string {
  const last = (name ?? "").split(/[\\/]/).pop() ?? "";
  // eslint-disable-next-line no-control-regex
  const clean = last.replace(/[\u0000-\u001f\u007f"<>|*?]/g, "").trim();
  return (clean || "file").slice(0, 200);
}

const linkSignature = (secret: string, id: string, expires: number) =>
  crypto.createHmac("sha256", secret).update(`file-link:${id}:${expires}`).digest("base64url");

/** A download link for an attachment, good for FILE_LINK_TTL_SECONDS: what a record's reader is given. */
export function signedFileLink(config: Pick<Config, "jwtSecret" | "files">, id: string, now = Date.now()): string {
  const expires = Math.floor(now / 1000) + config.files.linkTtlSeconds;
  return `/files/${id}?expires=${expires}&signature=${linkSignature(config.jwtSecret, id, expires)}`;
}

/** True when `signature` was made by signedFileLink for this id and `expires` has not passed. */
export function verifyFileLink(secret: string, id: string, expires: string | undefined, signature: string | undefined, now = Date.now()): boolean {
  if (!expires || !signature || !/^\d{1,12}$/.test(expires)) return false;
  if (Number(expires) * 1000 < now) return false;
  const expected = Buffer.from(linkSignature(secret, id, Number(expires)));
  const given = Buffer.from(signature);
  return expected.length === given.length && crypto.timingSafeEqual(expected, given);
}
