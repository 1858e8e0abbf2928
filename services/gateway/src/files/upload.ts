import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import { type Config, type Identity, Role, UPLOAD_CONTENT_TYPES, type UploadRecord, cleanFileName, fileStoreOf } from "@change-leaders/common";
import busboy from "busboy";
import type express from "express";
import FileType from "file-type";
import { sendFileError } from "./responses";

const ZIP = "application/zip";

class TooLarge extends Error {}

/** Reads the one `file` part of a multipart body into a temporary file, hashing it as it streams; the limit is enforced while reading. */
function receive(req: express.Request, config: Config, temporary: string): Promise<{ name: string; size: number; sha256: string } | null> {
  return new Promise((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({ headers: req.headers, defParamCharset: "utf8", limits: { files: 1, fields: 0, parts: 2, fileSize: config.files.maxBytes } });
    } catch {
      resolve(null);
      return;
    }
    let received: Promise<{ name: string; size: number; sha256: string }> | null = null;
    parser.on("file", (field, stream, info) => {
      if (field !== "file" || received) {
        stream.resume();
        return;
      }
      const hash = crypto.createHash("sha256");
      let size = 0;
      let truncated = false;
      stream.on("limit", () => {
        truncated = true;
      });
      const counter = new Transform({
        transform(chunk: Buffer, _encoding, done) {
          size += chunk.length;
          hash.update(chunk);
          done(null, chunk);
        },
      });
      received = pipeline(stream, counter, fs.createWriteStream(temporary, { flags: "wx" })).then(() => {
        if (truncated) throw new TooLarge();
        return { name: cleanFileName(info.filename), size, sha256: hash.digest("hex") };
      });
      received.catch(() => undefined);
    });
    parser.on("error", reject);
    parser.on("close", () => {
      if (!received) resolve(null);
      else received.then(resolve, reject);
    });
    req.pipe(parser);
  });
}

/** What the bytes are, or undefined when they are none of the four kinds kept. */
async function sniff(file: string): Promise<string | undefined> {
  const found = await FileType.fromFile(file);
  // An .xlsx is a zip whose parts are a workbook's; file-type tells it apart from other zips (a .docx, a .jar).
  const type = found?.mime === ZIP ? undefined : found?.mime;
  return type && type in UPLOAD_CONTENT_TYPES ? type : undefined;
}

/**
 * `POST /files`: one file (multipart/form-data, field `file`) from a staff member, kept with its SHA-256
 * and the type its bytes show, unattached until its uploader attaches it to a record. Partners read,
 * they do not upload. A refused upload keeps nothing.
 */
export function uploadHandler(config: Config, identify: (req: express.Request) => Promise<Identity | null>): express.RequestHandler {
  const temporaryDir = path.join(config.dataDir, "uploads-in-progress");
  return async (req, res, next) => {
    let identity: Identity | null;
    try {
      identity = await identify(req);
    } catch (failure) {
      next(failure);
      return;
    }
    if (!identity) return sendFileError(res, 401, "UNAUTHENTICATED", "Log in to upload a file", "กรุณาเข้าสู่ระบบก่อนอัปโหลดไฟล์");
    if (identity.role === Role.PARTNER) return sendFileError(res, 403, "FORBIDDEN", "Partner keys may not upload files", "หน่วยงานภาคีไม่มีสิทธิ์อัปโหลดไฟล์");
    if (!/^multipart\/form-data/i.test(req.headers["content-type"] ?? "")) {
      return sendFileError(res, 400, "BAD_USER_INPUT", "Send the file as multipart/form-data in the field `file`", "กรุณาเลือกไฟล์ที่จะอัปโหลด");
    }
    const declared = Number(req.headers["content-length"]);
    if (Number.isFinite(declared) && declared > config.files.maxBytes + 64 * 1024) {
      res.setHeader("connection", "close");
      return sendFileError(res, 413, "FILE_TOO_LARGE", `A file may have at most ${config.files.maxBytes} bytes`, tooLargeTh(config));
    }
    await fs.promises.mkdir(temporaryDir, { recursive: true });
    const id = crypto.randomUUID();
    const temporary = path.join(temporaryDir, id);
    const discard = () => fs.promises.rm(temporary, { force: true });
    // A refusal is answered only once nothing of the upload is left on disk.
    const refuse = async (status: number, code: string, message: string, messageTh: string) => {
      await discard();
      sendFileError(res, status, code, message, messageTh);
    };
    try {
      const received = await receive(req, config, temporary).catch((failure: unknown) => {
        if (failure instanceof TooLarge) return "too large" as const;
        throw failure;
      });
      if (received === "too large") {
        res.setHeader("connection", "close");
        return refuse(413, "FILE_TOO_LARGE", `A file may have at most ${config.files.maxBytes} bytes`, tooLargeTh(config));
      }
      if (!received) return refuse(400, "BAD_USER_INPUT", "No file in the field `file`", "กรุณาเลือกไฟล์ที่จะอัปโหลด");
      if (received.size === 0) return refuse(400, "BAD_USER_INPUT", "The file is empty", "ไฟล์ว่างเปล่า กรุณาเลือกไฟล์อื่น");
      const contentType = await sniff(temporary);
      if (!contentType) {
        return refuse(
          415,
          "UNSUPPORTED_FILE_TYPE",
          "Only PDF, JPEG, PNG and Excel (.xlsx) files are kept; the type is read from the file's content, not its name",
          "รับเฉพาะไฟล์ PDF, JPEG, PNG และ Excel (.xlsx) ระบบตรวจชนิดจากเนื้อไฟล์ ไม่ใช่จากชื่อไฟล์",
        );
      }
      const record: UploadRecord = {
        id,
        name: received.name,
        contentType,
        size: received.size,
        sha256: received.sha256,
        uploadedBy: identity.id,
        uploadedByName: identity.name,
        uploadedAt: new Date().toISOString(),
      };
      const store = fileStoreOf(config);
      // Bytes first, record second: a record always has its bytes; bytes without a record are never served.
      await store.putFile(id, temporary, contentType);
      await store.putJson(`${id}.json`, record);
      res.status(201).json({ id, name: record.name, contentType, size: record.size, sha256: record.sha256 });
    } catch (failure) {
      next(failure);
    } finally {
      await discard();
    }
  };
}

function tooLargeTh(config: Config): string {
  return `ไฟล์ใหญ่เกินกำหนด (ไม่เกิน ${(config.files.maxBytes / (1024 * 1024)).toLocaleString("th-TH", { maximumFractionDigits: 1 })} เมกะไบต์)`;
}
