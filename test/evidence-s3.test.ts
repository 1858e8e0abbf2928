import crypto from "node:crypto";
import fs from "node:fs";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { GetObjectCommand, HeadObjectCommand, S3Client } from "@aws-sdk/client-s3";
import type { S3Config } from "@change-leaders/common";
import { graphql } from "@change-leaders/common/testing";
import { RECEIPT_PDF, baseOf, upload } from "./support/evidence";
import { type TestSystem, startSystem } from "./support/system";

/**
 * Evidence on S3-compatible object storage, end to end: the whole system with `files.s3` pointed at an
 * S3 server in this process (s3rver, answering the requests MinIO answers). The gateway writes the
 * upload there; evaluation reads the upload's record from there when it is attached; GET /files/{id}
 * streams it back from there. Nothing lands in DATA_DIR/files. (SQLite: the store under test is the bucket.)
 */

interface S3rverInstance {
  run(): Promise<AddressInfo>;
  close(): Promise<void>;
}
// s3rver ships no types; this is the part of its API (README: "Programmatically running s3rver") used here.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const S3rver = require("s3rver") as new (options: Record<string, unknown>) => S3rverInstance;

const BUCKET = "evidence";
/** s3rver checks signatures against these fixed credentials (its README). */
const CREDENTIALS = { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" };
const sha256 = (bytes: Buffer) => crypto.createHash("sha256").update(bytes).digest("hex");
/** A 5 MB scan: a PDF header, then random bytes (the content check reads the header). */
const SCAN = Buffer.concat([RECEIPT_PDF, crypto.randomBytes(5 * 1024 * 1024)]);

describe("evidence files on S3-compatible storage (s3rver)", () => {
  let root: string;
  let server: S3rverInstance;
  let bucket: S3Client;
  let system: TestSystem;
  let base: string;
  let budget: Record<string, string>;

  beforeAll(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), "evidence-s3-"));
    server = new S3rver({ port: 0, address: "127.0.0.1", silent: true, directory: root, configureBuckets: [{ name: BUCKET }] });
    const { port } = await server.run();
    const s3: S3Config = { bucket: BUCKET, endpoint: `http://127.0.0.1:${port}`, region: "us-east-1", forcePathStyle: true, ...CREDENTIALS };
    bucket = new S3Client({
      ...s3,
      credentials: CREDENTIALS,
      requestChecksumCalculation: "WHEN_REQUIRED",
      responseChecksumValidation: "WHEN_REQUIRED",
    });
    system = await startSystem("sqlite", { config: { files: { maxBytes: 8 * 1024 * 1024, linkTtlSeconds: 60, s3 } } });
    base = baseOf(system.url);
    budget = await system.loginAs("budget");
  });
  afterAll(async () => {
    await system?.stop();
    bucket?.destroy();
    await server?.close();
    if (root) fs.rmSync(root, { recursive: true, force: true });
  });

  it("keeps a 5 MB upload in the bucket, byte for byte, and serves it back from there", async () => {
    const sent = await upload(system.url, budget, SCAN, "สแกนใบเสร็จ.pdf", "application/pdf");
    expect(sent.status).toBe(201);
    expect(sent.body).toMatchObject({ contentType: "application/pdf", size: SCAN.length, sha256: sha256(SCAN) });

    const object = await bucket.send(new GetObjectCommand({ Bucket: BUCKET, Key: sent.body.id }));
    expect(object.ContentType).toBe("application/pdf");
    expect(sha256(Buffer.from(await object.Body!.transformToByteArray()))).toBe(sha256(SCAN));
    const record = await bucket.send(new GetObjectCommand({ Bucket: BUCKET, Key: `${sent.body.id}.json` }));
    expect(JSON.parse(await record.Body!.transformToString())).toMatchObject({ id: sent.body.id, name: "สแกนใบเสร็จ.pdf", sha256: sha256(SCAN) });

    const back = await fetch(`${base}/files/${sent.body.id}`, { headers: budget });
    expect(back.status).toBe(200);
    expect(back.headers.get("content-type")).toBe("application/pdf");
    expect(sha256(Buffer.from(await back.arrayBuffer()))).toBe(sha256(SCAN));

    // Nothing kept on the gateway's disk: the in-progress file is gone, DATA_DIR/files never made.
    const dataDir = system.store.config.dataDir;
    expect(fs.existsSync(path.join(dataDir, "files"))).toBe(false);
    expect(fs.readdirSync(path.join(dataDir, "uploads-in-progress"))).toEqual([]);
  });

  it("lets a subgraph read the upload's record from the bucket: attached to a disbursement, read by a signed link", async () => {
    const executive = await system.loginAs("executive");
    const awards = await graphql(
      system.url,
      `
        {
          awards(filter: { fiscalYear: 2564 }, page: { limit: 1 }) {
            nodes {
              id
            }
          }
        }
      `,
      {},
      executive,
    );
    const awardId = (awards.data as { awards: { nodes: { id: string }[] } }).awards.nodes[0].id;
    const recorded = await graphql(
      system.url,
      `
        mutation R($input: DisbursementInput!) {
          recordDisbursement(input: $input) {
            id
          }
        }
      `,
      { input: { awardId, amount: "500.00", purpose: "ค่าเอกสารประกอบการอบรม", reference: "ร.อ.-2564/9101", idempotencyKey: "evidence-s3" } },
      budget,
    );
    const disbursementId = (recorded.data as { recordDisbursement: { id: string } }).recordDisbursement.id;

    const sent = await upload(system.url, budget, RECEIPT_PDF, "ใบเสร็จรับเงิน.pdf", "application/pdf");
    expect(sent.status).toBe(201);
    const attached = await graphql(
      system.url,
      `
        mutation A($id: ID!, $fileId: ID!) {
          attachDisbursementFile(disbursementId: $id, fileId: $fileId, kind: RECEIPT) {
            id
            name
            sha256
            url
          }
        }
      `,
      { id: disbursementId, fileId: sent.body.id },
      budget,
    );
    expect(attached.errors).toBeUndefined();
    const attachment = (attached.data as { attachDisbursementFile: { id: string; name: string; sha256: string; url: string } })
      .attachDisbursementFile;
    expect(attachment).toMatchObject({ id: sent.body.id, name: "ใบเสร็จรับเงิน.pdf", sha256: sha256(RECEIPT_PDF) });

    const signed = await fetch(`${base}${attachment.url}`);
    expect(signed.status).toBe(200);
    expect(sha256(Buffer.from(await signed.arrayBuffer()))).toBe(sha256(RECEIPT_PDF));
    await expect(bucket.send(new HeadObjectCommand({ Bucket: BUCKET, Key: sent.body.id }))).resolves.toMatchObject({
      ContentLength: RECEIPT_PDF.length,
    });
  });

  it("answers 404 for an id the bucket does not hold", async () => {
    const missing = await fetch(`${base}/files/${crypto.randomUUID()}`, { headers: budget });
    expect(missing.status).toBe(404);
  });
});
