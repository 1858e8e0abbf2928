import crypto from "node:crypto";
import fs from "node:fs";
import zlib from "node:zlib";
import { DEMO_PASSWORD } from "@change-leaders/common";
import { graphql } from "@change-leaders/common/testing";
import { DEMO_EXCELLENT_AWARD_ID } from "@change-leaders/evaluation";
import type { Page } from "playwright-core";
import { screenshot, signIn } from "./support/browser";
import { RECEIPT_PDF } from "./support/evidence";
import { panelSuite } from "./support/panel-suite";

/** A real 8 × 6 PNG (a green field): what a phone photo of a vegetable plot is to the browser, decodable. */
function photoPng(width = 8, height = 6): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(zlib.crc32(Buffer.concat([Buffer.from(type, "latin1"), data])));
    return Buffer.concat([length, Buffer.from(type, "latin1"), data, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8 bits, RGB, no interlace
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(width * 3, Buffer.from([0x2e, 0x7d, 0x32]))]);
  const pixels = zlib.deflateSync(Buffer.concat(Array.from({ length: height }, () => row)));
  return Buffer.concat([Buffer.from("89504e470d0a1a0a", "hex"), chunk("IHDR", header), chunk("IDAT", pixels), chunk("IEND", Buffer.alloc(0))]);
}

/** What the test reads of an <img> in the page (the test's TypeScript has no DOM types). */
type Picture = { complete: boolean; naturalWidth: number };

/** An instant as the panel shows it: day/month/BE year hour:minute in Bangkok time. */
function isoBangkokBe(iso: string): string {
  const bangkok = new Date(new Date(iso).getTime() + 7 * 60 * 60 * 1000);
  const two = (n: number) => String(n).padStart(2, "0");
  return `${two(bangkok.getUTCDate())}/${two(bangkok.getUTCMonth() + 1)}/${bangkok.getUTCFullYear() + 543} ${two(bangkok.getUTCHours())}:${two(bangkok.getUTCMinutes())}`;
}

const sha256 = (bytes: Buffer) => crypto.createHash("sha256").update(bytes).digest("hex");

/**
 * Evidence in the panel: a budget officer is told an approved disbursement needs its receipt (the API's Thai refusal
 * when paid without one), attaches it from the ledger, prints the voucher and marks it paid; a province officer's photo
 * on a progress report shows as a thumbnail that loaded from its signed link.
 */
describe("evidence files in the panel", () => {
  const suite = panelSuite();
  const { panelUrl } = suite;
  let page: Page;
  const reference = `ร.อ.-2564/${crypto.randomInt(1000, 9999)}`;
  let disbursementId: string;
  const readDisbursement = async () =>
    (
      await graphql<{
        disbursement: { status: string; attachments: { kind: string; sha256: string; uploadedByName: string; uploadedAt: string }[] };
      }>(suite.system.url, DISBURSEMENT, { id: disbursementId }, suite.admin)
    ).data!.disbursement;

  beforeAll(async () => {
    const [budget, approver] = [await suite.system.loginAs("budget"), await suite.system.loginAs("budget.approver")];
    const recorded = await graphql<{ recordDisbursement: { id: string } }>(
      suite.system.url,
      RECORD,
      {
        input: {
          awardId: DEMO_EXCELLENT_AWARD_ID,
          amount: "4500.00",
          purpose: "ค่าพันธุ์ไก่ไข่",
          reference,
          idempotencyKey: crypto.randomUUID(),
        },
      },
      budget,
    );
    expect(recorded.errors).toBeUndefined();
    disbursementId = recorded.data!.recordDisbursement.id;
    expect((await graphql(suite.system.url, APPROVE, { id: disbursementId }, approver)).errors).toBeUndefined();
  });

  test("a budget officer attaches the receipt from the ledger, prints the voucher and marks the disbursement paid", async () => {
    page = await suite.newPage();
    await signIn(page, panelUrl(), "budget", DEMO_PASSWORD);
    await page.goto(`${panelUrl()}/#/awards/${DEMO_EXCELLENT_AWARD_ID}/show`);
    const row = page.getByTestId(`disbursement-${reference}`);
    const evidence = page.getByTestId(`disbursement-evidence-${reference}`);
    await row.getByText("อนุมัติแล้ว").waitFor();
    await row.getByTestId("receipt-missing").getByText("ยังไม่มีใบเสร็จ ต้องแนบก่อนจ่าย").waitFor();
    await evidence.getByText("ยังไม่มีไฟล์แนบ").waitFor();

    // Paid without a receipt: the dialog says so first, and the API's own Thai refusal is shown when confirmed anyway.
    const dialog = page.getByRole("dialog");
    await row.getByRole("button", { name: "บันทึกว่าจ่ายแล้ว" }).click();
    await dialog
      .getByTestId("receipt-notice")
      .getByText(/ต้องแนบใบเสร็จรับเงิน/)
      .waitFor();
    await dialog.getByLabel("เลขที่อ้างอิงการจ่ายเงิน (เลขที่โอน/เช็ค)").fill("KTB-2564-8801");
    await dialog.getByRole("button", { name: "ยืนยัน" }).click();
    const refused = dialog.getByTestId("disbursement-step-error");
    await refused.getByText("ต้องแนบใบเสร็จรับเงินก่อนบันทึกว่าจ่ายแล้ว", { exact: false }).waitFor();
    expect(await refused.innerText()).not.toMatch(/BAD_USER_INPUT|RECEIPT_REQUIRED|attachments/);
    await dialog.getByRole("button", { name: "ปิด" }).click();
    await dialog.waitFor({ state: "detached" });

    // "แนบไฟล์" in the entry's evidence (a receipt by default): the browser's file chooser, then the list shows it.
    await evidence.getByRole("combobox", { name: "ชนิดไฟล์" }).getByText("ใบเสร็จรับเงิน").waitFor();
    const [chooser] = await Promise.all([page.waitForEvent("filechooser"), evidence.getByText("แนบไฟล์", { exact: true }).click()]);
    await chooser.setFiles({ name: "ใบเสร็จรับเงิน.pdf", mimeType: "application/pdf", buffer: RECEIPT_PDF });
    const listed = evidence.getByTestId("attachment");
    await listed.getByRole("link", { name: "ใบเสร็จรับเงิน.pdf" }).waitFor();
    await listed.getByText("0.1 KB").waitFor();
    // Who uploaded it, as the API names them, and when: a BE date and Bangkok time.
    const [kept] = (await readDisbursement()).attachments;
    const uploadedAt = isoBangkokBe(kept.uploadedAt);
    await listed.getByText(`โดย ${kept.uploadedByName} เมื่อ ${uploadedAt}`, { exact: true }).waitFor();
    await listed.getByText(`SHA-256 ${sha256(RECEIPT_PDF).slice(0, 12)}…`).waitFor();
    await expect(listed.getAttribute("data-kind")).resolves.toBe("RECEIPT");
    await row.getByTestId("receipt-missing").waitFor({ state: "detached" });

    // The voucher: fetched with the login's token, saved as a PDF.
    const [download] = await Promise.all([page.waitForEvent("download"), row.getByRole("button", { name: "พิมพ์ใบสำคัญการเบิกจ่าย" }).click()]);
    const voucher = fs.readFileSync((await download.path())!);
    expect(voucher.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);

    await row.getByRole("button", { name: "บันทึกว่าจ่ายแล้ว" }).click();
    await dialog.getByTestId("receipt-notice").getByText("แนบใบเสร็จรับเงินแล้ว: ใบเสร็จรับเงิน.pdf").waitFor();
    await dialog.getByLabel("เลขที่อ้างอิงการจ่ายเงิน (เลขที่โอน/เช็ค)").fill("KTB-2564-8801");
    await dialog.getByRole("button", { name: "ยืนยัน" }).click();
    await row.getByText("จ่ายแล้ว", { exact: true }).waitFor();
    // Paid: the evidence is closed, so no upload is offered any more; the receipt stays listed.
    await expect(evidence.getByText("แนบไฟล์", { exact: true }).count()).resolves.toBe(0);
    await evidence.getByRole("link", { name: "ใบเสร็จรับเงิน.pdf" }).waitFor();
    await screenshot(page, "disbursement-receipt-paid");

    expect(await readDisbursement()).toEqual({
      status: "PAID",
      attachments: [{ kind: "RECEIPT", sha256: sha256(RECEIPT_PDF), uploadedByName: kept.uploadedByName, uploadedAt: kept.uploadedAt }],
    });
  });

  test("a province officer's photo on a draft progress report shows as a thumbnail that loaded", async () => {
    const officer = await suite.system.loginAs("officer.chanthaburi");
    const drafts = await graphql<{ progressReports: { nodes: { id: string }[] } }>(suite.system.url, DRAFT_REPORTS, {}, officer);
    expect(drafts.errors).toBeUndefined();
    const reportId = drafts.data!.progressReports.nodes[0].id;
    const photo = photoPng();

    page = await suite.newPage();
    await signIn(page, panelUrl(), "officer.chanthaburi", DEMO_PASSWORD);
    await page.goto(`${panelUrl()}/#/progressReports/${encodeURIComponent(reportId)}/show`);
    const evidence = page.getByTestId("evidence-progressReport");
    await evidence.getByText("ยังไม่มีไฟล์แนบ").waitFor();
    await evidence.getByRole("combobox", { name: "ชนิดไฟล์" }).getByText("ภาพถ่าย").waitFor();
    await page.getByTestId(`attach-progressReport-${reportId}`).setInputFiles({ name: "แปลงผัก.png", mimeType: "image/png", buffer: photo });

    const thumbnail = evidence.getByRole("img", { name: "แปลงผัก.png" });
    await thumbnail.waitFor();
    await page.waitForFunction((img) => (img as unknown as Picture).complete, await thumbnail.elementHandle());
    expect(await thumbnail.evaluate((img) => (img as unknown as Picture).naturalWidth)).toBe(8);
    expect(await thumbnail.getAttribute("src")).toMatch(/^\/files\/[^?]+\?expires=\d+&signature=/);
    await evidence.getByTestId("attachment").getByText("ภาพถ่าย", { exact: true }).waitFor();

    // A click shows it full size.
    await thumbnail.click();
    const full = page.getByRole("dialog").getByRole("img", { name: "แปลงผัก.png" });
    await full.waitFor();
    await page.waitForFunction(
      (img) => (img as unknown as Picture).complete && (img as unknown as Picture).naturalWidth > 0,
      await full.elementHandle(),
    );
    await screenshot(page, "progress-report-photo");
  });
});

const RECORD = `mutation RecordDisbursement($input: DisbursementInput!) { recordDisbursement(input: $input) { id } }`;
const APPROVE = `mutation ApproveDisbursement($id: ID!) { approveDisbursement(id: $id) { id } }`;
const DISBURSEMENT = `query Disbursement($id: ID!) { disbursement(id: $id) { status attachments { kind sha256 uploadedByName uploadedAt } } }`;
const DRAFT_REPORTS = `query DraftReports { progressReports(filter: { status: DRAFT }, page: { limit: 1 }) { nodes { id } } }`;
