import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { describeEachDatabase, errorCodes, graphql } from "@change-leaders/common/testing";
import ExcelJS from "exceljs";
import { RECEIPT_PDF, type Uploaded, baseOf, upload } from "./support/evidence";
import { type TestSystem, startSystem } from "./support/system";

/**
 * Evidence files (POST /files, GET /files/{id}): kept byte for byte with their SHA-256, typed by their
 * content, attached to the records they prove, and read only by those who may read those records.
 */

const MAX_BYTES = 256 * 1024;
const sha256 = (bytes: Buffer) => crypto.createHash("sha256").update(bytes).digest("hex");
/** A Windows program (MZ header) renamed to look like a receipt. */
const RENAMED_EXE = Buffer.concat([Buffer.from("MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff", "latin1"), crypto.randomBytes(2048)]);
/** A PNG's signature and IHDR chunk: what a phone photo starts with. */
const PHOTO_PNG = Buffer.from(
  "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360000002000154a24f5b0000000049454e44ae426082",
  "hex",
);

const RECORD = `mutation R($input: DisbursementInput!) { recordDisbursement(input: $input) { id status } }`;
const APPROVE = `mutation A($id: ID!) { approveDisbursement(id: $id) { status } }`;
const PAY = `mutation P($id: ID!) { markDisbursementPaid(id: $id, paymentReference: "KTB-2564-7001") { status } }`;
const ATTACH = `mutation At($id: ID!, $fileId: ID!, $kind: AttachmentKind) { attachDisbursementFile(disbursementId: $id, fileId: $fileId, kind: $kind) { id kind name sha256 size contentType url } }`;
const ATTACHMENTS = `query D($id: ID!) { disbursement(id: $id) { status attachments { id kind name sha256 url } } }`;

describeEachDatabase("evidence files: upload, attach, read back", (dialect) => {
  let system: TestSystem;
  let base: string;
  const as: Record<string, Record<string, string>> = {};

  const ask = (query: string, variables: Record<string, unknown>, by: string) => graphql(system.url, query, variables, as[by]);
  const download = (id: string, by?: string) => fetch(`${base}/files/${id}`, { headers: by ? as[by] : {} });
  const filesKept = () => {
    const root = path.join(system.store.config.dataDir, "files");
    return fs.existsSync(root)
      ? fs.readdirSync(root, { recursive: true }).filter((f) => !fs.statSync(path.join(root, String(f))).isDirectory()).length
      : 0;
  };
  const inProgress = () => {
    const folder = path.join(system.store.config.dataDir, "uploads-in-progress");
    return fs.existsSync(folder) ? fs.readdirSync(folder).length : 0;
  };

  let disbursementId: string;
  let receipt: Uploaded;

  beforeAll(async () => {
    system = await startSystem(dialect, { config: { files: { maxBytes: MAX_BYTES, linkTtlSeconds: 60 } } });
    base = baseOf(system.url);
    for (const username of ["admin", "budget", "budget.approver", "executive", "officer.chanthaburi", "inspector.region9"])
      as[username] = await system.loginAs(username);
    const key = await ask(`mutation { createApiKey(name: "ภาคีทดสอบหลักฐาน", purpose: "ทดสอบการอ่านไฟล์หลักฐาน", scope: NAMED) { key } }`, {}, "admin");
    as.partner = { "x-api-key": (key.data as { createApiKey: { key: string } }).createApiKey.key };
    const awards = await ask(`{ awards(filter: { fiscalYear: 2564 }, page: { limit: 1 }) { nodes { id } } }`, {}, "executive");
    const awardId = (awards.data as { awards: { nodes: { id: string }[] } }).awards.nodes[0].id;
    const recorded = await ask(
      RECORD,
      { input: { awardId, amount: "1000.00", purpose: "ค่าวัสดุสาธิตแปลงผัก", reference: "ร.อ.-2564/9001", idempotencyKey: `evidence-${dialect}` } },
      "budget",
    );
    disbursementId = (recorded.data as { recordDisbursement: { id: string } }).recordDisbursement.id;
  });
  afterAll(() => system?.stop());

  it("keeps an upload byte for byte: 201 with its SHA-256, read back by its uploader before it is attached, by no one else", async () => {
    const sent = await upload(system.url, as.budget, RECEIPT_PDF, "ใบเสร็จ เล่ม 1 เลขที่ 25.pdf", "application/octet-stream");
    expect(sent.status).toBe(201);
    expect(sent.body).toEqual({
      id: expect.any(String),
      name: "ใบเสร็จ เล่ม 1 เลขที่ 25.pdf",
      contentType: "application/pdf",
      size: RECEIPT_PDF.length,
      sha256: sha256(RECEIPT_PDF),
    });
    receipt = sent.body;
    const own = await download(receipt.id, "budget");
    expect(own.status).toBe(200);
    expect(own.headers.get("content-type")).toBe("application/pdf");
    expect(own.headers.get("x-content-type-options")).toBe("nosniff");
    expect(own.headers.get("content-disposition")).toContain(`filename*=UTF-8''${encodeURIComponent("ใบเสร็จ เล่ม 1 เลขที่ 25.pdf")}`);
    expect(sha256(Buffer.from(await own.arrayBuffer()))).toBe(receipt.sha256);
    for (const by of ["executive", "budget.approver", "partner"]) expect((await download(receipt.id, by)).status).toBe(403);
    expect((await download(receipt.id)).status).toBe(401);
  });

  it("refuses a PAID without a receipt, then attaches it: every reader of the disbursement reads the same bytes", async () => {
    expect((await ask(APPROVE, { id: disbursementId }, "budget.approver")).errors).toBeUndefined();
    const unpaid = await ask(PAY, { id: disbursementId }, "budget");
    expect(errorCodes(unpaid)).toEqual(["BAD_USER_INPUT"]);
    expect(unpaid.errors![0].extensions).toMatchObject({ field: "attachments", reason: "RECEIPT_REQUIRED" });

    // Only the uploader attaches an upload.
    const foreign = await ask(ATTACH, { id: disbursementId, fileId: receipt.id, kind: "RECEIPT" }, "admin");
    expect(errorCodes(foreign)).toEqual(["FORBIDDEN"]);
    expect(foreign.errors![0].extensions).toMatchObject({ field: "fileId", messageTh: expect.stringContaining("อัปโหลดเอง") });
    const attached = await ask(ATTACH, { id: disbursementId, fileId: receipt.id, kind: "RECEIPT" }, "budget");
    expect(attached.errors).toBeUndefined();
    expect(attached.data).toMatchObject({
      attachDisbursementFile: { id: receipt.id, kind: "RECEIPT", sha256: receipt.sha256, contentType: "application/pdf" },
    });
    const again = await ask(ATTACH, { id: disbursementId, fileId: receipt.id, kind: "RECEIPT" }, "budget");
    expect(errorCodes(again)).toEqual(["CONFLICT"]);
    expect(again.errors![0].extensions).toMatchObject({ reason: "ALREADY_ATTACHED", field: "fileId" });

    for (const by of ["budget", "budget.approver", "executive", "admin"]) {
      const answer = await download(receipt.id, by);
      expect([by, answer.status]).toEqual([by, 200]);
      expect(sha256(Buffer.from(await answer.arrayBuffer()))).toBe(receipt.sha256);
    }
    // Partners do not read disbursements' evidence.
    expect((await download(receipt.id, "partner")).status).toBe(403);

    const paid = await ask(PAY, { id: disbursementId }, "budget");
    expect(paid.data).toEqual({ markDisbursementPaid: { status: "PAID" } });
    // Evidence of a paid disbursement is closed.
    const late = await upload(system.url, as.budget, RECEIPT_PDF, "late.pdf");
    const closed = await ask(ATTACH, { id: disbursementId, fileId: late.body.id, kind: "RECEIPT" }, "budget");
    expect(errorCodes(closed)).toEqual(["INVALID_TRANSITION"]);
  });

  it("gives a record's readers a signed link that works without credentials until it expires, and not when altered", async () => {
    const read = await ask(ATTACHMENTS, { id: disbursementId }, "executive");
    const [attachment] = (read.data as { disbursement: { attachments: { id: string; url: string }[] } }).disbursement.attachments;
    expect(attachment.url).toMatch(new RegExp(`^/files/${attachment.id}\\?expires=\\d+&signature=[\\w-]+$`));
    const signed = await fetch(`${base}${attachment.url}`);
    expect(signed.status).toBe(200);
    expect(sha256(Buffer.from(await signed.arrayBuffer()))).toBe(receipt.sha256);
    const altered = await fetch(`${base}${attachment.url.replace(/expires=(\d+)/, (_m, n: string) => `expires=${Number(n) + 3600}`)}`);
    expect(altered.status).toBe(403);
    expect(((await altered.json()) as { errors: { extensions: Record<string, unknown> }[] }).errors[0].extensions).toMatchObject({
      code: "FORBIDDEN",
      messageTh: expect.stringContaining("ลิงก์"),
    });
  });

  it("decides the type from the bytes: a renamed program is refused and nothing is kept; an Excel workbook is kept as one", async () => {
    const before = filesKept();
    const exe = await upload(system.url, as.budget, RENAMED_EXE, "receipt.pdf", "application/pdf");
    expect(exe.status).toBe(415);
    expect(exe.body.errors![0].extensions).toMatchObject({ code: "UNSUPPORTED_FILE_TYPE", field: "file", messageTh: expect.stringContaining("PDF") });
    expect(filesKept()).toBe(before);
    expect(inProgress()).toBe(0);

    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("ผู้นำ").addRow(["ชื่อ", "นามสกุล"]);
    const xlsx = Buffer.from(await workbook.xlsx.writeBuffer());
    const sheet = await upload(system.url, as["officer.chanthaburi"], xlsx, "leaders.bin");
    expect(sheet.status).toBe(201);
    expect(sheet.body.contentType).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    expect(filesKept()).toBe(before + 2);
  });

  it("refuses an upload over UPLOAD_MAX_BYTES with FILE_TOO_LARGE and keeps nothing; refuses partners and anonymous callers", async () => {
    const before = filesKept();
    const big = Buffer.concat([RECEIPT_PDF, crypto.randomBytes(MAX_BYTES + 1)]);
    const sent = await upload(system.url, as.budget, big, "scan.pdf", "application/pdf");
    expect(sent.status).toBe(413);
    expect(sent.body.errors![0].extensions).toMatchObject({
      code: "FILE_TOO_LARGE",
      field: "file",
      messageTh: expect.stringContaining("ไฟล์ใหญ่เกินกำหนด"),
    });
    expect(filesKept()).toBe(before);
    expect(inProgress()).toBe(0);

    const partner = await upload(system.url, as.partner, RECEIPT_PDF, "r.pdf");
    expect([partner.status, partner.body.errors![0].extensions.code]).toEqual([403, "FORBIDDEN"]);
    const anonymous = await upload(system.url, {}, RECEIPT_PDF, "r.pdf");
    expect([anonymous.status, anonymous.body.errors![0].extensions.code]).toEqual([401, "UNAUTHENTICATED"]);
    const forged = await upload(system.url, { authorization: "Bearer not-a-token" }, RECEIPT_PDF, "r.pdf");
    expect([forged.status, forged.body.errors![0].extensions.code]).toEqual([401, "UNAUTHENTICATED"]);
    expect(filesKept()).toBe(before);
  });

  it("keeps a progress report's photo for its province: the officer and the department read it, another province does not", async () => {
    const reports = await ask(`{ progressReports(page: { limit: 100 }) { nodes { id status } } }`, {}, "officer.chanthaburi");
    const nodes = (reports.data as { progressReports: { nodes: { id: string; status: string }[] } }).progressReports.nodes;
    const editable = nodes.find((r) => r.status === "DRAFT" || r.status === "RETURNED");
    expect(editable).toBeDefined();
    const photo = await upload(system.url, as["officer.chanthaburi"], PHOTO_PNG, "แปลงผัก.png", "image/png");
    expect(photo.body.contentType).toBe("image/png");
    const attached = await ask(
      `mutation($id: ID!, $fileId: ID!) { attachProgressReportFile(reportId: $id, fileId: $fileId) { id kind } }`,
      { id: editable!.id, fileId: photo.body.id },
      "officer.chanthaburi",
    );
    expect(attached.data).toEqual({ attachProgressReportFile: { id: photo.body.id, kind: "PHOTO" } });
    const listed = await ask(`query($id: ID!) { progressReport(id: $id) { attachments { id name contentType } } }`, { id: editable!.id }, "admin");
    expect(listed.data).toEqual({ progressReport: { attachments: [{ id: photo.body.id, name: "แปลงผัก.png", contentType: "image/png" }] } });
    for (const by of ["officer.chanthaburi", "admin", "executive"]) expect([by, (await download(photo.body.id, by)).status]).toEqual([by, 200]);

    const other = await ask(
      `mutation { createAccount(input: { username: "officer.rayong.evidence", password: "Evidence-files-2570!", displayName: "เจ้าหน้าที่ระยอง", role: PROVINCE_OFFICER, provinceCode: "21" }) { id } }`,
      {},
      "admin",
    );
    expect(other.errors).toBeUndefined();
    as.rayong = await system.loginAs("officer.rayong.evidence", "Evidence-files-2570!");
    const refused = await download(photo.body.id, "rayong");
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as { errors: { extensions: Record<string, unknown> }[] }).errors[0].extensions).toMatchObject({
      code: "FORBIDDEN",
    });
  });
});
