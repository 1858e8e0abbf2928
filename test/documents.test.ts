import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { bahtWords, thaiDate } from "@change-leaders/common";
import { describeEachDatabase, graphql } from "@change-leaders/common/testing";
import { attachReceipt, baseOf } from "./support/evidence";
import { type TestSystem, startSystem } from "./support/system";

/**
 * Official paperwork (GET /documents/…pdf): each document's extracted text holds the Thai a person
 * files — names, the amount in words, BE dates — and each follows the reading rules of its records.
 */

/** The text of a PDF as pdftotext reads it (the same a search in a PDF viewer finds). */
function textOf(pdf: Buffer): string {
  const file = path.join(os.tmpdir(), `doc-${process.pid}-${Date.now()}-${Math.random().toString(16).slice(2)}.pdf`);
  fs.writeFileSync(file, pdf);
  try {
    return execFileSync("pdftotext", ["-enc", "UTF-8", file, "-"], { encoding: "utf8" });
  } finally {
    fs.rmSync(file, { force: true });
  }
}

const flat = (text: string) => text.replace(/\s+/g, " ");

describeEachDatabase("official paperwork as Thai PDFs", (dialect) => {
  let system: TestSystem;
  let base: string;
  const as: Record<string, Record<string, string>> = {};
  const ask = <T>(query: string, variables: Record<string, unknown>, by: string) => graphql<T>(system.url, query, variables, as[by]);
  const open = (url: string, by?: string) => fetch(`${base}${url}`, { headers: by ? as[by] : {} });
  async function pdfText(url: string, by: string): Promise<string> {
    const response = await open(url, by);
    if (response.status !== 200) throw new Error(`${url} as ${by}: ${response.status} ${await response.text()}`);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    return flat(textOf(Buffer.from(await response.arrayBuffer())));
  }
  async function refusal(url: string, by: string | undefined, status: number, code: string) {
    const response = await open(url, by);
    const body = (await response.json()) as { errors: { extensions: { code: string; messageTh: string } }[] };
    expect([url, by, response.status, body.errors[0].extensions.code]).toEqual([url, by, status, code]);
    expect(body.errors[0].extensions.messageTh).toMatch(/[\u0E00-\u0E7F]/);
  }

  beforeAll(async () => {
    system = await startSystem(dialect);
    base = baseOf(system.url);
    for (const username of ["admin", "budget", "budget.approver", "executive", "officer.chanthaburi"]) as[username] = await system.loginAs(username);
    const key = await ask<{ createApiKey: { key: string } }>(
      `mutation { createApiKey(name: "ภาคีทดสอบเอกสาร", purpose: "ทดสอบการเปิดเอกสารราชการ", scope: NAMED) { key } }`,
      {},
      "admin",
    );
    as.partner = { "x-api-key": key.data!.createApiKey.key };
    const rayong = await ask(
      `mutation { createAccount(input: { username: "officer.rayong.documents", password: "Documents-pdf-2570!", displayName: "เจ้าหน้าที่ระยอง", role: PROVINCE_OFFICER, provinceCode: "21" }) { id } }`,
      {},
      "admin",
    );
    expect(rayong.errors).toBeUndefined();
    as.rayong = await system.loginAs("officer.rayong.documents", "Documents-pdf-2570!");
  });
  afterAll(() => system?.stop());

  it("the disbursement voucher: the amount in figures and in Thai words, BE dates, who recorded and who approved, the receipt", async () => {
    const awards = await ask<{ awards: { nodes: { id: string; tambon: { nameTh: string } }[] } }>(
      `{ awards(filter: { fiscalYear: 2564, level: EXCELLENT }, page: { limit: 1 }) { nodes { id tambon { nameTh } } } }`,
      {},
      "executive",
    );
    const award = awards.data!.awards.nodes[0];
    const recorded = await ask<{ recordDisbursement: { id: string } }>(
      `mutation R($input: DisbursementInput!) { recordDisbursement(input: $input) { id } }`,
      {
        input: {
          awardId: award.id,
          amount: "12345.50",
          purpose: "ค่าเมล็ดพันธุ์ผักสวนครัว",
          reference: "ร.อ.-2564/0777",
          idempotencyKey: `voucher-${dialect}`,
        },
      },
      "budget",
    );
    const id = recorded.data!.recordDisbursement.id;
    expect((await ask(`mutation($id: ID!) { approveDisbursement(id: $id) { id } }`, { id }, "budget.approver")).errors).toBeUndefined();
    await attachReceipt(system.url, as.budget, id);
    expect(
      (await ask(`mutation($id: ID!) { markDisbursementPaid(id: $id, paymentReference: "KTB-2564-0777") { id } }`, { id }, "budget")).errors,
    ).toBeUndefined();
    const names = await Promise.all(
      ["budget", "budget.approver"].map(
        async (by) => (await ask<{ me: { displayName: string } }>(`{ me { displayName } }`, {}, by)).data!.me.displayName,
      ),
    );

    const linked = await ask<{ disbursement: { voucherUrl: string } }>(`query($id: ID!) { disbursement(id: $id) { voucherUrl } }`, { id }, "budget");
    expect(linked.data!.disbursement.voucherUrl).toBe(`/documents/disbursement-voucher/${id}.pdf`);
    const text = await pdfText(linked.data!.disbursement.voucherUrl, "budget");
    expect(text).toContain("ร.อ.-2564/0777");
    expect(text).toContain("12,345.50");
    // The words may wrap onto the next line of the PDF: compared without the line break.
    expect(text.replace(/\s/g, "")).toContain(bahtWords("12345.50"));
    expect(bahtWords("12345.50")).toBe("หนึ่งหมื่นสองพันสามร้อยสี่สิบห้าบาทห้าสิบสตางค์");
    expect(text).toContain(thaiDate(new Date()));
    expect(text).toContain(award.tambon.nameTh);
    expect(text).toContain("ค่าเมล็ดพันธุ์ผักสวนครัว");
    for (const name of names) expect(text).toContain(name);
    expect(text).toContain("ใบเสร็จรับเงิน.pdf");
    expect(text).not.toMatch(/\b(RECORDED|APPROVED|PAID|EXCELLENT|undefined|null)\b/);

    await refusal(`/documents/disbursement-voucher/${id}.pdf`, "partner", 403, "FORBIDDEN");
    await refusal(`/documents/disbursement-voucher/${id}.pdf`, undefined, 401, "UNAUTHENTICATED");
    await refusal(`/documents/disbursement-voucher/00000000-0000-4000-8000-000000000000.pdf`, "budget", 404, "NOT_FOUND");
  });

  it("the award certificate names the tambon, its level and the BE date it was given", async () => {
    const awards = await ask<{
      awards: {
        nodes: { id: string; plaqueAwardedAt: string | null; createdAt: string; tambon: { nameTh: string; province: { nameTh: string } } }[];
      };
    }>(
      `{ awards(filter: { fiscalYear: 2564, level: EXCELLENT }, page: { limit: 1 }) { nodes { id plaqueAwardedAt createdAt tambon { nameTh province { nameTh } } } } }`,
      {},
      "executive",
    );
    const award = awards.data!.awards.nodes[0];
    const linked = await ask<{ award: { certificateUrl: string } }>(
      `query($id: ID!) { award(id: $id) { certificateUrl } }`,
      { id: award.id },
      "partner",
    );
    expect(linked.data!.award.certificateUrl).toBe(`/documents/award-certificate/${award.id}.pdf`);
    const text = await pdfText(linked.data!.award.certificateUrl, "executive");
    // An award is public: a partner that reads it may print its certificate.
    expect(await pdfText(linked.data!.award.certificateUrl, "partner")).toContain(award.tambon.nameTh);
    expect(text).toContain("เกียรติบัตร");
    expect(text).toContain(award.tambon.nameTh);
    expect(text).toContain(award.tambon.province.nameTh);
    expect(text).toContain("ดีเลิศ");
    expect(text).toContain(thaiDate(award.plaqueAwardedAt ?? award.createdAt));
  });

  it("a workshop's sign-in sheet lists its registered leaders by name for the organising province, and not for another", async () => {
    const events = await ask<{
      events: {
        nodes: { id: string; title: string; participations: { totalCount: number; nodes: { leader: { firstName: string; lastName: string } }[] } }[];
      };
    }>(
      `{ events(page: { limit: 50 }) { nodes { id title participations(page: { limit: 3 }) { totalCount nodes { leader { firstName lastName } } } } } }`,
      {},
      "officer.chanthaburi",
    );
    const event = events.data!.events.nodes.find((e) => e.participations.totalCount > 0)!;
    expect(event).toBeDefined();
    const linked = await ask<{ event: { signInSheetUrl: string } }>(
      `query($id: ID!) { event(id: $id) { signInSheetUrl } }`,
      { id: event.id },
      "officer.chanthaburi",
    );
    const text = await pdfText(linked.data!.event.signInSheetUrl, "officer.chanthaburi");
    expect(text).toContain("ใบลงทะเบียน");
    expect(text).toContain(flat(event.title));
    for (const { leader } of event.participations.nodes) expect(text).toContain(`${leader.firstName} ${leader.lastName}`);
    expect(text).toContain("ลายมือชื่อ");
    // Another province's officer does not see this province's event; partners never read participants.
    await refusal(linked.data!.event.signInSheetUrl, "rayong", 404, "NOT_FOUND");
    await refusal(linked.data!.event.signInSheetUrl, "partner", 403, "FORBIDDEN");
  });

  it("the executive summary of a fiscal year carries the published lessons and the money; a Gregorian year is refused in Thai", async () => {
    const summary = await ask<{ executiveSummary: { publishedLessons: { title: string }[]; budget: { paidTotal: string } } }>(
      `{ executiveSummary(fiscalYear: 2564) { publishedLessons { title } budget { paidTotal } } }`,
      {},
      "executive",
    );
    const text = await pdfText(`/documents/executive-summary/2564.pdf`, "executive");
    expect(text).toContain("2564");
    for (const lesson of summary.data!.executiveSummary.publishedLessons) expect(text).toContain(flat(lesson.title));
    const response = await open(`/documents/executive-summary/2021.pdf`, "executive");
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: { extensions: { field: string; messageTh: string } }[] };
    expect(body.errors[0].extensions).toMatchObject({ field: "fiscalYear", messageTh: expect.stringContaining("2564") });
  });

  it("a leader's data (PDPA access) for admins: the record in full with its history; refused to officers and partners", async () => {
    const leaders = await ask<{ leaders: { nodes: { id: string; firstName: string; lastName: string; nationalId: string }[] } }>(
      `{ leaders(page: { limit: 1 }) { nodes { id firstName lastName nationalId } } }`,
      {},
      "admin",
    );
    const leader = leaders.data!.leaders.nodes[0];
    const text = await pdfText(`/documents/leader-data/${leader.id}.pdf`, "admin");
    expect(text).toContain("ข้อมูลส่วนบุคคล");
    expect(text).toContain(leader.firstName);
    expect(text).toContain(leader.lastName);
    expect(text.replace(/\D/g, "")).toContain(leader.nationalId.replace(/\D/g, ""));
    await refusal(`/documents/leader-data/${leader.id}.pdf`, "officer.chanthaburi", 403, "FORBIDDEN");
    await refusal(`/documents/leader-data/${leader.id}.pdf`, "partner", 403, "FORBIDDEN");
  });
});
