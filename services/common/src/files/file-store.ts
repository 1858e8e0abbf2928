import fs from "node:fs";
import path from "node:path";
import { Readable } from "node:stream";
import { GetObjectCommand, HeadObjectCommand, NoSuchKey, NotFound, PutObjectCommand, S3Client } from "@aws-sdk/client-s3";
import type { Config, S3Config } from "../config";

/**
 * Where uploaded evidence is kept: its bytes under `<id>` and what is known of it under `<id>.json`.
 * A file under DATA_DIR/files by default; S3-compatible object storage (MinIO, AWS S3) in production.
 * Objects are written once and never changed (uploads.ts describes the `.json` record).
 */
export interface FileStore {
  readonly kind: "local" | "s3";
  /** Keeps the bytes of a finished temporary file under `key`. */
  putFile(key: string, localPath: string, contentType: string): Promise<void>;
  putJson(key: string, value: object): Promise<void>;
  /** The bytes under `key`, or null when there is none. */
  read(key: string): Promise<Readable | null>;
  readJson<T>(key: string): Promise<T | null>;
  exists(key: string): Promise<boolean>;
}

const SAFE_KEY = /^[a-z0-9-]{8,64}(\.json)?$/;

function checkedKey(key: string): string {
  if (!SAFE_KEY.test(key)) throw new Error(`not a file store key: ${key}`);
  return key;
}

async function streamToString(stream: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks).toString("utf8");
}

/** Files under one folder, spread over 256 sub-folders by the key's first two characters. */
export class LocalFileStore implements FileStore {
  readonly kind = "local";
  constructor(private readonly root: string) {}

  private pathOf(key: string): string {
    return path.join(this.root, checkedKey(key).slice(0, 2), key);
  }

  async putFile(key: string, localPath: string): Promise<void> {
    const target = this.pathOf(key);
    await fs.promises.mkdir(path.dirname(target), { recursive: true });
    // Same file system as the temporary folder (both under DATA_DIR): a rename, atomic; else a copy.
    try {
      await fs.promises.rename(localPath, target);
    } catch (failure) {
      if ((failure as NodeJS.ErrnoException).code !== "EXDEV") throw failure;
      await fs.promises.copyFile(localPath, target);
    }
  }

  async putJson(key: string, value: object): Promise<void> {
    const target = this.pathOf(key);
    await fs.promises.mkdir(path.dirname(target), { recursive: true });
    const temporary = `${target}.${process.pid}.${Date.now()}.tmp`;
    await fs.promises.writeFile(temporary, JSON.stringify(value));
    await fs.promises.rename(temporary, target);
  }

  async read(key: string): Promise<Readable | null> {
    const target = this.pathOf(key);
    try {
      const handle = await fs.promises.open(target, "r");
      return handle.createReadStream();
    } catch (failure) {
      if ((failure as NodeJS.ErrnoException).code === "ENOENT") return null;
      throw failure;
    }
  }

  async readJson<T>(key: string): Promise<T | null> {
    try {
      return JSON.parse(await fs.promises.readFile(this.pathOf(key), "utf8")) as T;
    } catch (failure) {
      if ((failure as NodeJS.ErrnoException).code === "ENOENT") return null;
      throw failure;
    }
  }

  async exists(key: string): Promise<boolean> {
    return fs.promises
      .access(this.pathOf(key))
      .then(() => true)
      .catch(() => false);
  }
}

const isMissing = (failure: unknown) =>
  failure instanceof NoSuchKey ||
  failure instanceof NotFound ||
  (failure as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode === 404;

/** One bucket of S3-compatible object storage, through the AWS SDK (no other calls than these objects). */
export class S3FileStore implements FileStore {
  readonly kind = "s3";
  private readonly client: S3Client;

  constructor(private readonly s3: S3Config) {
    this.client = new S3Client({
      region: s3.region,
      endpoint: s3.endpoint,
      forcePathStyle: s3.forcePathStyle,
      credentials: s3.accessKeyId && s3.secretAccessKey ? { accessKeyId: s3.accessKeyId, secretAccessKey: s3.secretAccessKey } : undefined,
      // Checksums only where S3 requires them. The SDK's default since 2025 sends a stream as an aws-chunked body with a
      // CRC32 trailer: older MinIO releases and other S3-compatible servers refuse it, and some (s3rver) keep the chunk
      // framing as the object's bytes, so the file read back is not the file sent (__tests__/file-store.test.ts).
      requestChecksumCalculation: "WHEN_REQUIRED",
      responseChecksumValidation: "WHEN_REQUIRED",
    });
  }

  async putFile(key: string, localPath: string, contentType: string): Promise<void> {
    const { size } = await fs.promises.stat(localPath);
    await this.client.send(
      new PutObjectCommand({
        Bucket: this.s3.bucket,
        Key: checkedKey(key),
        Body: fs.createReadStream(localPath),
        ContentLength: size,
        ContentType: contentType,
      }),
    );
    await fs.promises.rm(localPath, { force: true });
  }

  async putJson(key: string, value: object): Promise<void> {
    const body = JSON.stringify(value);
    await this.client.send(new PutObjectCommand({ Bucket: this.s3.bucket, Key: checkedKey(key), Body: body, ContentType: "application/json" }));
  }

  async read(key: string): Promise<Readable | null> {
    try {
      const object = await this.client.send(new GetObjectCommand({ Bucket: this.s3.bucket, Key: checkedKey(key) }));
      return object.Body instanceof Readable ? object.Body : Readable.from(object.Body as AsyncIterable<Uint8Array>);
    } catch (failure) {
      if (isMissing(failure)) return null;
      throw failure;
    }
  }

  async readJson<T>(key: string): Promise<T | null> {
    const stream = await this.read(key);
    return stream ? (JSON.parse(await streamToString(stream)) as T) : null;
  }

  async exists(key: string): Promise<boolean> {
    try {
      await this.client.send(new HeadObjectCommand({ Bucket: this.s3.bucket, Key: checkedKey(key) }));
      return true;
    } catch (failure) {
      if (isMissing(failure)) return false;
      throw failure;
    }
  }
}

const stores = new Map<string, FileStore>();

/** The file store a configuration names, one per place (each process keeps one client). */
export function fileStoreOf(config: Pick<Config, "dataDir" | "files">): FileStore {
  const s3 = config.files.s3;
  const place = s3 ? `s3:${s3.endpoint ?? ""}/${s3.bucket}` : `local:${config.dataDir}`;
  let store = stores.get(place);
  if (!store) {
    store = s3 ? new S3FileStore(s3) : new LocalFileStore(path.join(config.dataDir, "files"));
    stores.set(place, store);
  }
  return store;
}
