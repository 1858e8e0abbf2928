import { describeEachDatabase, errorCodes, graphql } from "@change-leaders/common/testing";
import { DEMO_EXCELLENT_AWARD_ID } from "@change-leaders/evaluation";
import { rowCounts } from "./support/row-counts";
import { type TestSystem, startSystem } from "./support/system";
import { attachReceipt } from "./support/evidence";

const UNKNOWN_AWARD = "00000000-0000-4000-8000-000000000000";

interface AwardView {
  amount: string;
  disbursedTotal: string;
  remaining: string;
  disbursements: { totalCount: number; nodes: { id: string; amount: string; status: string }[] };
}

/** Whole satang of a "1234.56" string, for adding up in the test (exact, as the system does). */
const satang = (baht: string) => BigInt(baht.replace(".", ""));

/**
 * SPEC section 5, invariants 1–3, through the gateway as a budget officer would meet them: the award
 * of ตำบลดงครั่งน้อย (1,000,000.00 baht, 580,000.00 disbursed in the demo) under concurrent requests,
 * retries and bad input, on SQLite and on MariaDB.
 */
describeEachDatabase("evaluation: the disbursement ledger through the gateway", (dialect) => {
  let system: TestSystem;
  let budget: Record<string, string>;

  beforeAll(async () => {
    system = await startSystem(dialect);
    budget = await system.loginAs("budget");
  }, 120_000);
  afterAll(() => system?.stop());

  const award = async (): Promise<AwardView> => {
    const answer = await graphql<{ award: AwardView }>(system.url, AWARD, { id: DEMO_EXCELLENT_AWARD_ID }, budget);
    expect(answer.errors).toBeUndefined();
    return answer.data!.award;
  };
  const record = (input: Record<string, unknown>) =>
    graphql<{ recordDisbursement: { id: string; amount: string; status: string } }>(
      system.url,
      RECORD,
      // One voucher reference per disbursement (a reference is used once a fiscal year): the key's own.
      { input: { awardId: DEMO_EXCELLENT_AWARD_ID, purpose: "ค่าวัสดุ", reference: `REF-${String(input.idempotencyKey)}`, ...input } },
      budget,
    );
  /** The award's ledger equals the sum of its disbursements that are not cancelled, and never exceeds the award. */
  const expectInvariant = (view: AwardView) => {
    const live = view.disbursements.nodes.filter((d) => d.status !== "CANCELLED").reduce((sum, d) => sum + satang(d.amount), 0n);
    expect(view.disbursements.nodes).toHaveLength(view.disbursements.totalCount);
    expect(satang(view.disbursedTotal)).toBe(live);
    expect(satang(view.disbursedTotal)).toBeLessThanOrEqual(satang(view.amount));
    expect(satang(view.remaining)).toBe(satang(view.amount) - live);
  };

  it("shows the demo award exactly, as two-decimal strings", async () => {
    const view = await award();
    expect(view).toMatchObject({ amount: "1000000.00", disbursedTotal: "580000.00", remaining: "420000.00" });
    expectInvariant(view);
  });

  it("records one disbursement for 20 concurrent retries of one idempotency key, and answers it 20 times", async () => {
    const before = await award();
    const answers = await Promise.all(Array.from({ length: 20 }, () => record({ amount: "1000.00", idempotencyKey: `retry-${dialect}` })));
    for (const answer of answers) expect(answer.errors).toBeUndefined();
    expect(new Set(answers.map((a) => a.data!.recordDisbursement.id)).size).toBe(1);
    const after = await award();
    expect(after.disbursements.totalCount).toBe(before.disbursements.totalCount + 1);
    expect(after.remaining).toBe("419000.00");
    expectInvariant(after);
  });

  it("never answers another account's disbursement for its idempotency key: the admin's same key records the admin's own", async () => {
    const mine = await record({ amount: "1000.00", idempotencyKey: `retry-${dialect}` });
    const admin = await system.loginAs("admin");
    const theirs = await graphql<{ recordDisbursement: { id: string; amount: string; recordedBy: string } }>(
      system.url,
      `
        mutation R($input: DisbursementInput!) {
          recordDisbursement(input: $input) {
            id
            amount
            recordedBy
          }
        }
      `,
      { input: { awardId: DEMO_EXCELLENT_AWARD_ID, purpose: "ค่าวัสดุ", reference: "REF", amount: "500.00", idempotencyKey: `retry-${dialect}` } },
      admin,
    );
    expect(theirs.errors).toBeUndefined();
    expect(theirs.data!.recordDisbursement.id).not.toBe(mine.data!.recordDisbursement.id);
    expect(theirs.data!.recordDisbursement.amount).toBe("500.00");
    expect((await award()).remaining).toBe("418500.00");
    // and the admin's retry answers the admin's row
    const again = await graphql<{ recordDisbursement: { id: string } }>(
      system.url,
      `
        mutation R($input: DisbursementInput!) {
          recordDisbursement(input: $input) {
            id
          }
        }
      `,
      { input: { awardId: DEMO_EXCELLENT_AWARD_ID, purpose: "ค่าวัสดุ", reference: "REF", amount: "500.00", idempotencyKey: `retry-${dialect}` } },
      admin,
    );
    expect(again.data!.recordDisbursement.id).toBe(theirs.data!.recordDisbursement.id);
    // give the 500 back so the budget arithmetic of the tests below holds
    expect(errorCodes(await graphql(system.url, CANCEL, { id: theirs.data!.recordDisbursement.id, reason: "ทดสอบ" }, admin))).toEqual([]);
  });

  it("refuses the same idempotency key with another amount (CONFLICT) and changes nothing", async () => {
    const counts = await rowCounts(system.store.config);
    const answer = await record({ amount: "1000.01", idempotencyKey: `retry-${dialect}` });
    expect(errorCodes(answer)).toEqual(["CONFLICT"]);
    expect(await rowCounts(system.store.config)).toEqual(counts);
  });

  it("lets exactly the 41 of 100 concurrent disbursements that fit succeed; the other 59 get BUDGET_EXCEEDED", async () => {
    const answers = await Promise.all(Array.from({ length: 100 }, (_, i) => record({ amount: "10000.00", idempotencyKey: `burst-${dialect}-${i}` })));
    const codes = answers.map((answer) => errorCodes(answer)[0] ?? "OK");
    expect(codes.filter((code) => code === "OK")).toHaveLength(41);
    expect(codes.filter((code) => code === "BUDGET_EXCEEDED")).toHaveLength(59);
    const view = await award();
    expect(view).toMatchObject({ disbursedTotal: "991000.00", remaining: "9000.00" });
    expectInvariant(view);
  });

  it("fits the last satang exactly and not one more", async () => {
    expect(errorCodes(await record({ amount: "9000.01", idempotencyKey: `last-${dialect}-1` }))).toEqual(["BUDGET_EXCEEDED"]);
    expect(errorCodes(await record({ amount: "9000.00", idempotencyKey: `last-${dialect}-2` }))).toEqual([]);
    expect(errorCodes(await record({ amount: "0.01", idempotencyKey: `last-${dialect}-3` }))).toEqual(["BUDGET_EXCEEDED"]);
    const view = await award();
    expect(view).toMatchObject({ disbursedTotal: "1000000.00", remaining: "0.00" });
    expectInvariant(view);
  });

  it("gives the money back once when a disbursement is cancelled, approves and pays, and never cancels a paid one", async () => {
    const [first, second] = (await award()).disbursements.nodes.filter((d) => d.status === "RECORDED");
    const cancels = await Promise.all(Array.from({ length: 5 }, () => graphql(system.url, CANCEL, { id: first.id, reason: "ผิดรายการ" }, budget)));
    const outcomes = cancels.map((c) => errorCodes(c)[0] ?? "OK");
    expect(outcomes.filter((code) => code === "OK")).toHaveLength(1);
    // The losers read the disbursement either after the winner committed (INVALID_TRANSITION) or before (CONFLICT).
    for (const code of outcomes.filter((c) => c !== "OK")) expect(["INVALID_TRANSITION", "CONFLICT"]).toContain(code);
    expect((await award()).remaining).toBe(first.amount);

    // Four eyes: the disbursement is approved by another budget officer than the one who recorded it.
    const approver = await system.loginAs("budget.approver");
    const approved = await graphql<{ approveDisbursement: { status: string } }>(system.url, APPROVE, { id: second.id }, approver);
    expect(approved.data!.approveDisbursement.status).toBe("APPROVED");
    const blank = await graphql(system.url, PAY, { id: second.id, paymentReference: "  " }, budget);
    expect(errorCodes(blank)).toEqual(["BAD_USER_INPUT"]);
    expect(blank.errors![0].extensions).toMatchObject({ field: "paymentReference", messageTh: expect.stringContaining("เลขที่อ้างอิงการจ่ายเงิน") });
    // No receipt, no payment: the evidence comes first (an uploaded PDF or photo of the receipt).
    const unreceipted = await graphql(system.url, PAY, { id: second.id, paymentReference: "KTB-2564-000123" }, budget);
    expect(errorCodes(unreceipted)).toEqual(["BAD_USER_INPUT"]);
    expect(unreceipted.errors![0].extensions).toMatchObject({
      field: "attachments",
      reason: "RECEIPT_REQUIRED",
      messageTh: expect.stringContaining("ใบเสร็จ"),
    });
    await attachReceipt(system.url, budget, second.id);
    const paid = await graphql<{ markDisbursementPaid: { status: string; paidAt: string; paymentReference: string } }>(
      system.url,
      PAY,
      { id: second.id, paymentReference: " KTB-2564-000123 " },
      budget,
    );
    expect(paid.data!.markDisbursementPaid).toMatchObject({ status: "PAID", paidAt: expect.any(String), paymentReference: "KTB-2564-000123" });
    const counts = await rowCounts(system.store.config);
    expect(errorCodes(await graphql(system.url, CANCEL, { id: second.id, reason: "late" }, budget))).toEqual(["INVALID_TRANSITION"]);
    expect(errorCodes(await graphql(system.url, PAY, { id: second.id, paymentReference: "KTB-2564-000124" }, budget))).toEqual([
      "INVALID_TRANSITION",
    ]);
    expect(await rowCounts(system.store.config)).toEqual(counts);
    expectInvariant(await award());
  });

  it.each([
    ["a negative amount", { amount: "-5.00" }, "BAD_USER_INPUT"],
    ["a zero amount", { amount: "0.00" }, "BAD_USER_INPUT"],
    ["an unknown award", { amount: "1.00", awardId: UNKNOWN_AWARD }, "NOT_FOUND"],
    ["an award id that is not an id", { amount: "1.00", awardId: "450213" }, "BAD_USER_INPUT"],
    ["an empty purpose", { amount: "1.00", purpose: "" }, "BAD_USER_INPUT"],
  ])("refuses %s with a clear code and changes nothing", async (_name, input, code) => {
    const counts = await rowCounts(system.store.config);
    const answer = await record({ idempotencyKey: `bad-${dialect}-${Math.random()}`, ...input });
    expect(errorCodes(answer)).toEqual([code]);
    expect(await rowCounts(system.store.config)).toEqual(counts);
  });

  it("refuses a cancel without a reason and changes nothing", async () => {
    const [recorded] = (await award()).disbursements.nodes.filter((d) => d.status === "RECORDED");
    const counts = await rowCounts(system.store.config);
    expect(errorCodes(await graphql(system.url, CANCEL, { id: recorded.id, reason: "  " }, budget))).toEqual(["BAD_USER_INPUT"]);
    expect(await rowCounts(system.store.config)).toEqual(counts);
  });

  it("sums the year in SQL by province, level and award, matching the awards to the satang", async () => {
    const view = await award();
    const answer = await graphql<{
      budgetSummary: Record<string, unknown> & {
        byProvince: { provinceCode: string; awardCount: number; awardedTotal: string; disbursedTotal: string }[];
      };
    }>(system.url, BUDGET_SUMMARY, { fy: 2564 }, budget);
    expect(answer.errors).toBeUndefined();
    const summary = answer.data!.budgetSummary;
    expect(summary).toMatchObject({ awardCount: 4, awardedTotal: "1000000.00", disbursedTotal: view.disbursedTotal, remainingTotal: view.remaining });
    // Every one of the 77 provinces, by code, with its name; zeros where there is no award.
    expect(summary.byProvince).toHaveLength(77);
    expect(summary.byProvince.map((line) => line.provinceCode)).toEqual([...summary.byProvince.map((line) => line.provinceCode)].sort());
    const line = (code: string) => summary.byProvince.find((row) => row.provinceCode === code);
    expect(line("40")).toMatchObject({ province: { nameTh: "ขอนแก่น" }, awardCount: 1, awardedTotal: "0.00" });
    expect(line("45")).toMatchObject({
      province: { nameTh: "ร้อยเอ็ด" },
      awardCount: 2,
      awardedTotal: "1000000.00",
      disbursedTotal: view.disbursedTotal,
    });
    expect(line("90")).toMatchObject({ province: { nameTh: "สงขลา" }, awardCount: 1, awardedTotal: "0.00" });
    expect(line("20")).toEqual({
      provinceCode: "20",
      province: { nameTh: "ชลบุรี" },
      awardCount: 0,
      awardedTotal: "0.00",
      disbursedTotal: "0.00",
      remainingTotal: "0.00",
    });
    expect(summary.byProvince.filter((row) => row.awardCount > 0).map((row) => row.provinceCode)).toEqual(["40", "45", "90"]);
    expect(summary.byLevel).toEqual([
      expect.objectContaining({ level: "EXCELLENT", awardCount: 1 }),
      expect.objectContaining({ level: "OUTSTANDING", awardCount: 3 }),
    ]);
    const roiEt = await graphql<{ budgetSummary: { awardCount: number; byAward: { id: string }[] } }>(
      system.url,
      BUDGET_SUMMARY,
      { fy: 2564, province: "45" },
      budget,
    );
    expect(roiEt.data!.budgetSummary.awardCount).toBe(2);
    const chonburi = await graphql<{ budgetSummary: { byProvince: unknown[] } }>(system.url, BUDGET_SUMMARY, { fy: 2564, province: "20" }, budget);
    expect(chonburi.data!.budgetSummary.byProvince).toEqual([
      expect.objectContaining({ provinceCode: "20", province: { nameTh: "ชลบุรี" }, awardCount: 0 }),
    ]);
    const empty = await graphql<{ budgetSummary: { awardCount: number; awardedTotal: string } }>(system.url, BUDGET_SUMMARY, { fy: 2565 }, budget);
    expect(empty.data!.budgetSummary).toMatchObject({ awardCount: 0, awardedTotal: "0.00" });
  });
});

const AWARD = `
  query Award($id: ID!) {
    award(id: $id) {
      amount
      disbursedTotal
      remaining
      disbursements(page: { limit: 500 }) { totalCount nodes { id amount status } }
    }
  }`;

const RECORD = `
  mutation RecordDisbursement($input: DisbursementInput!) {
    recordDisbursement(input: $input) { id amount status }
  }`;

const CANCEL = `mutation CancelDisbursement($id: ID!, $reason: String!) { cancelDisbursement(id: $id, reason: $reason) { id status } }`;
const APPROVE = `mutation ApproveDisbursement($id: ID!) { approveDisbursement(id: $id) { id status } }`;
const PAY = `mutation MarkDisbursementPaid($id: ID!, $paymentReference: String!) { markDisbursementPaid(id: $id, paymentReference: $paymentReference) { id status paidAt paymentReference } }`;

const BUDGET_SUMMARY = `
  query BudgetSummary($fy: Int!, $province: ID) {
    budgetSummary(fiscalYear: $fy, provinceCode: $province) {
      awardCount awardedTotal disbursedTotal paidTotal remainingTotal
      byProvince { provinceCode province { nameTh } awardCount awardedTotal disbursedTotal remainingTotal }
      byLevel { level awardCount awardedTotal disbursedTotal }
      byAward { id level amount disbursedTotal remaining }
    }
  }`;
