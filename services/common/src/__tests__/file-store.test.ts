import crypto from "node:crypto";
import fs from "node:fs";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import type { Readable } from "node:stream";
import { GetObjectCommand, HeadObjectCommand, S3Client } from "@aws-sdk/client-s3";
import type { S3Config } from "../config";
import { type FileStore, LocalFileStore, S3FileStore } from "../files/file-store";

/**
 * The contract of a file store, one table of behaviours run against both stores: LocalFileStore in a
 * temporary folder, and S3FileStore against a real S3-compatible server in this process (s3rver, the
 * same requests MinIO answers). Nothing is mocked: the S3 store talks HTTP through the AWS SDK.
 */

interface S3rverInstance {
  run(): Promise<AddressInfo>;
  close(): Promise<void>;
}
type S3rverClass = new (options: {
  port: number;
  address: string;
  silent: boolean;
  directory: string;
  configureBuckets: { name: string }[];
}) => S3rverInstance;
// s3rver ships no types; this is the part of its API (README: "Programmatically running s3rver") used here.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const S3rver = require("s3rver") as S3rverClass;

const BUCKET = "evidence";
/** s3rver checks signatures against these fixed credentials (its README). */
const S3RVER_CREDENTIALS = { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" };

const sha256 = (bytes: Buffer) => crypto.createHash("sha256").update(bytes).digest("hex");
const key = () => crypto.randomUUID();

async function bytesOf(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks);
}

/** A store under test, the folder its temporary files are written in, and how to take it all down. */
interface Subject {
  store: FileStore;
  /** Where the "upload in progress" files are written before putFile (the gateway's DATA_DIR/uploads-in-progress). */
  scratch: string;
  /** The bucket's own view (S3 only): what the server keeps as an object's content type. */
  contentTypeOf?: (key: string) => Promise<string | undefined>;
  observer?: S3Client;
  close(): Promise<void>;
}

async function localSubject(): Promise<Subject> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "file-store-local-"));
  const scratch = path.join(root, "uploads-in-progress");
  fs.mkdirSync(scratch);
  return {
    store: new LocalFileStore(path.join(root, "files")),
    scratch,
    close: async () => fs.rmSync(root, { recursive: true, force: true }),
  };
}

async function s3Subject(): Promise<Subject> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "file-store-s3-"));
  const scratch = path.join(root, "uploads-in-progress");
  fs.mkdirSync(scratch);
  const server = new S3rver({
    port: 0,
    address: "127.0.0.1",
    silent: true,
    directory: path.join(root, "bucket"),
    configureBuckets: [{ name: BUCKET }],
  });
  const { port } = await server.run();
  const config: S3Config = { bucket: BUCKET, endpoint: `http://127.0.0.1:${port}`, region: "us-east-1", forcePathStyle: true, ...S3RVER_CREDENTIALS };
  // A client of the test's own, to look at the objects as the server keeps them.
  const observer = new S3Client({
    region: config.region,
    endpoint: config.endpoint,
    forcePathStyle: true,
    credentials: S3RVER_CREDENTIALS,
    requestChecksumCalculation: "WHEN_REQUIRED",
    responseChecksumValidation: "WHEN_REQUIRED",
  });
  return {
    store: new S3FileStore(config),
    scratch,
    observer,
    contentTypeOf: async (key) => (await observer.send(new HeadObjectCommand({ Bucket: BUCKET, Key: key }))).ContentType,
    close: async () => {
      observer.destroy();
      await server.close();
      fs.rmSync(root, { recursive: true, force: true });
    },
  };
}

/** A finished upload waiting in the scratch folder, as the gateway leaves it before putFile. */
function temporaryFile(subject: Subject, bytes: Buffer): string {
  const file = path.join(subject.scratch, crypto.randomUUID());
  fs.writeFileSync(file, bytes);
  return file;
}

const FIVE_MB = crypto.randomBytes(5 * 1024 * 1024);
const SMALL = Buffer.from("%PDF-1.4\n% ใบเสร็จรับเงิน\n%%EOF\n");
const RECORD = { id: "9b2f0a64-1c1e-4f5e-9d55-3f4f6f0f7a11", name: "ใบเสร็จรับเงิน เล่ม 1 เลขที่ 25.pdf", uploadedByName: "นางสาวสมใจ ใจดี", size: 34 };
const REFUSED_KEYS = [
  "../x",
  "../../etc/passwd",
  "ab/cdefghij",
  "/abcdefgh",
  "ABCDEFGH-1234",
  "short",
  "abcdefgh.JSON",
  "abcdefgh\u0000.json",
  "a".repeat(65),
];

type Behaviour = [string, (subject: Subject) => Promise<void>];

const BEHAVIOURS: Behaviour[] = [
  [
    "putFile then read: the same bytes (SHA-256) for a 5 MB random file and a small one",
    async (subject) => {
      for (const bytes of [FIVE_MB, SMALL]) {
        const id = key();
        await subject.store.putFile(id, temporaryFile(subject, bytes), "application/pdf");
        const stream = await subject.store.read(id);
        expect(stream).not.toBeNull();
        const back = await bytesOf(stream!);
        expect(back.length).toBe(bytes.length);
        expect(sha256(back)).toBe(sha256(bytes));
      }
    },
  ],
  [
    "putFile leaves no temporary file behind",
    async (subject) => {
      const file = temporaryFile(subject, SMALL);
      await subject.store.putFile(key(), file, "application/pdf");
      expect(fs.existsSync(file)).toBe(false);
      expect(fs.readdirSync(subject.scratch)).toEqual([]);
    },
  ],
  [
    "putFile makes the key exist",
    async (subject) => {
      const id = key();
      expect(await subject.store.exists(id)).toBe(false);
      await subject.store.putFile(id, temporaryFile(subject, SMALL), "image/png");
      expect(await subject.store.exists(id)).toBe(true);
    },
  ],
  [
    "putJson then readJson: the same value, Thai text intact",
    async (subject) => {
      const id = `${key()}.json`;
      await subject.store.putJson(id, RECORD);
      expect(await subject.store.readJson(id)).toEqual(RECORD);
      expect(await subject.store.exists(id)).toBe(true);
    },
  ],
  [
    "putJson again replaces the value (a record's .json is the one object rewritten)",
    async (subject) => {
      const id = `${key()}.json`;
      await subject.store.putJson(id, RECORD);
      await subject.store.putJson(id, { ...RECORD, name: "ใบสำคัญรับเงิน.pdf" });
      expect(await subject.store.readJson(id)).toEqual({ ...RECORD, name: "ใบสำคัญรับเงิน.pdf" });
    },
  ],
  [
    "a missing key: read and readJson give null, exists false (no throw)",
    async (subject) => {
      const id = key();
      await expect(subject.store.read(id)).resolves.toBeNull();
      await expect(subject.store.readJson(`${id}.json`)).resolves.toBeNull();
      await expect(subject.store.exists(id)).resolves.toBe(false);
      await expect(subject.store.exists(`${id}.json`)).resolves.toBe(false);
    },
  ],
  [
    "keys other than [a-z0-9-]{8,64}(.json)? are refused by every call, before anything is written or read",
    async (subject) => {
      for (const refused of REFUSED_KEYS) {
        const file = temporaryFile(subject, SMALL);
        await expect(subject.store.putFile(refused, file, "application/pdf")).rejects.toThrow("not a file store key");
        fs.rmSync(file);
        await expect(subject.store.putJson(refused, RECORD)).rejects.toThrow("not a file store key");
        await expect(subject.store.read(refused)).rejects.toThrow("not a file store key");
        await expect(subject.store.readJson(refused)).rejects.toThrow("not a file store key");
        await expect(subject.store.exists(refused)).rejects.toThrow("not a file store key");
      }
    },
  ],
];

describe.each([
  ["LocalFileStore", localSubject],
  ["S3FileStore (s3rver)", s3Subject],
])("file store contract: %s", (_name, open) => {
  let subject: Subject;
  beforeAll(async () => {
    subject = await open();
  });
  afterAll(() => subject?.close());

  it.each(BEHAVIOURS)("%s", async (_behaviour, check) => check(subject));
});

describe("S3FileStore (s3rver): what the bucket keeps", () => {
  let subject: Subject;
  beforeAll(async () => {
    subject = await s3Subject();
  });
  afterAll(() => subject?.close());

  it("keeps the content type given to putFile, and application/json for putJson", async () => {
    const id = key();
    await subject.store.putFile(id, temporaryFile(subject, SMALL), "application/pdf");
    await subject.store.putJson(`${id}.json`, RECORD);
    expect(await subject.contentTypeOf!(id)).toBe("application/pdf");
    expect(await subject.contentTypeOf!(`${id}.json`)).toBe("application/json");
  });

  it("keeps the bytes under the key itself (no prefix): the bucket's objects are the uploads, readable by any S3 client", async () => {
    const id = key();
    await subject.store.putFile(id, temporaryFile(subject, SMALL), "image/jpeg");
    const object = await subject.observer!.send(new GetObjectCommand({ Bucket: BUCKET, Key: id }));
    expect(object.ContentType).toBe("image/jpeg");
    expect(sha256(Buffer.from(await object.Body!.transformToByteArray()))).toBe(sha256(SMALL));
  });
});

describe("S3FileStore against a server that is gone", () => {
  it("read, readJson and exists throw (an outage is not a missing file)", async () => {
    const subject = await s3Subject();
    await subject.close();
    const id = key();
    await expect(subject.store.read(id)).rejects.toThrow();
    await expect(subject.store.readJson(`${id}.json`)).rejects.toThrow();
    await expect(subject.store.exists(id)).rejects.toThrow();
  });
});
