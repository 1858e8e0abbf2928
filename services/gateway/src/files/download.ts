import {
  type Config,
  type Identity,
  Role,
  askSubgraph,
  fileStoreOf,
  isUploadId,
  readUploadRecord,
  subgraphUrl,
  verifyFileLink,
} from "@change-leaders/common";
import type express from "express";
import { sendFileError } from "./responses";

/** The subgraphs that keep attachments, and the field each answers with: the attachment, FORBIDDEN when the caller may not read its record, null when not kept there. */
const KEEPERS = [
  { subgraph: "activities", field: "activityAttachment" },
  { subgraph: "evaluation", field: "evaluationAttachment" },
] as const;

type Answer = "allowed" | "refused" | "absent";

/** Asks each subgraph that keeps attachments, as the caller: allowed when the subgraph holding it lets the caller read its record. */
async function mayRead(config: Config, identity: Identity, id: string, requestId: string): Promise<Answer> {
  const answers = await Promise.all(
    KEEPERS.map(async ({ subgraph, field }): Promise<Answer> => {
      const body = await askSubgraph<Record<string, { id: string } | null>>(
        subgraphUrl(config, subgraph),
        identity,
        config,
        `query GatewayFileAccess($id: ID!) { ${field}(id: $id) { id } }`,
        { id },
        requestId,
      );
      const error = body.errors?.[0];
      if (error?.extensions?.code === "FORBIDDEN") return "refused";
      if (error) throw new Error(`${subgraph} could not say who may read file ${id}: ${error.message}`);
      return body.data?.[field] ? "allowed" : "absent";
    }),
  );
  if (answers.includes("allowed")) return "allowed";
  return answers.includes("refused") ? "refused" : "absent";
}

/** `attachment; filename*=UTF-8''…` so a Thai name arrives whole and nothing in it can break the header. */
const disposition = (name: string, inline: boolean) =>
  `${inline ? "inline" : "attachment"}; filename="${name.replace(/[^\x20-\x7e]|["\\]/g, "_")}"; filename*=UTF-8''${encodeURIComponent(name)}`;

/**
 * `GET /files/{id}`: the bytes, to whoever may read the record the file is attached to (asked of the
 * subgraph that keeps it), or to whoever holds a signed link one of them was given (`Attachment.url`,
 * for `<img>` and downloads that cannot send a header); an upload not yet attached, to its uploader only.
 */
export function downloadHandler(
  config: Config,
  identify: (req: express.Request) => Promise<Identity | null>,
  requestIdOf: (req: express.Request) => string,
): express.RequestHandler {
  return async (req, res, next) => {
    const id = String(req.params.id ?? "");
    const notFound = () => sendFileError(res, 404, "NOT_FOUND", `No file ${id}`, "ไม่พบไฟล์", "id");
    try {
      if (!isUploadId(id)) return notFound();
      const store = fileStoreOf(config);
      const record = await readUploadRecord(store, id);
      if (!record) return notFound();
      const signed = verifyFileLink(config.jwtSecret, id, req.query.expires as string | undefined, req.query.signature as string | undefined);
      if (!signed) {
        if (req.query.signature !== undefined) {
          return sendFileError(
            res,
            403,
            "FORBIDDEN",
            "This download link has expired or is not valid",
            "ลิงก์ดาวน์โหลดหมดอายุหรือไม่ถูกต้อง กรุณาเปิดจากหน้ารายการอีกครั้ง",
            "signature",
          );
        }
        const identity = await identify(req);
        if (!identity) return sendFileError(res, 401, "UNAUTHENTICATED", "Log in to read this file", "กรุณาเข้าสู่ระบบ");
        const answer = await mayRead(config, identity, id, requestIdOf(req));
        const own = answer === "absent" && identity.role !== Role.PARTNER && record.uploadedBy === identity.id;
        if (answer !== "allowed" && !own) {
          return sendFileError(
            res,
            403,
            "FORBIDDEN",
            "Your role may not read the record this file belongs to",
            "ท่านไม่มีสิทธิ์เปิดไฟล์นี้ เพราะไม่มีสิทธิ์เข้าถึงรายการที่ไฟล์นี้แนบอยู่",
          );
        }
      }
      const bytes = await store.read(id);
      if (!bytes) return notFound();
      const inline = record.contentType !== "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
      res.status(200);
      res.setHeader("content-type", record.contentType);
      res.setHeader("content-length", String(record.size));
      res.setHeader("content-disposition", disposition(record.name, inline));
      res.setHeader("x-content-type-options", "nosniff");
      res.setHeader("cache-control", "private, no-store");
      res.setHeader("content-security-policy", "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox");
      res.setHeader("x-file-sha256", record.sha256);
      bytes.on("error", (failure) => res.destroy(failure));
      bytes.pipe(res);
    } catch (failure) {
      next(failure);
    }
  };
}
