import { describeEachDatabase, errorCodes, graphql } from "@change-leaders/common/testing";
import { DEMO_EXCELLENT_AWARD_ID } from "@change-leaders/evaluation";
import { rowCounts } from "./support/row-counts";
import { type TestSystem, startSystem } from "./support/system";

const RECORD = `
  mutation R($input: DisbursementInput!) {
    recordDisbursement(input: $input) {
      id
      reference
      fiscalYear
      status
    }
  }
`;
const CANCEL = `
  mutation C($id: ID!, $reason: String!) {
    cancelDisbursement(id: $id, reason: $reason) {
      status
    }
  }
`;
const TOTALS = `
  query T($id: ID!) {
    award(id: $id) {
      amount
      disbursedTotal
      recordedTotal
      approvedTotal
      paidTotal
      remaining
    }
  }
`;

interface Totals {
  amount: string;
  disbursedTotal: string;
  recordedTotal: string;
  approvedTotal: string;
  paidTotal: string;
  remaining: string;
}
const satang = (baht: string) => BigInt(baht.replace(".", ""));

/**
 * Issue #17: a voucher reference is used once per fiscal year (ร.อ.-2564/0001 twice is refused), also when two
 * requests race; a cancelled disbursement keeps its number. And the award's money apart by step, exactly.
 */
describeEachDatabase("evaluation: one voucher reference per fiscal year, and the award's money by step", (dialect) => {
  let system: TestSystem;
  let budget: Record<string, string>;

  beforeAll(async () => {
    system = await startSystem(dialect);
    budget = await system.loginAs("budget");
  }, 120_000);
  afterAll(() => system?.stop());

  const record = (reference: string, idempotencyKey: string, amount = "100.00") =>
    graphql<{ recordDisbursement: { id: string; reference: string; fiscalYear: number; status: string } }>(
      system.url,
      RECORD,
      { input: { awardId: DEMO_EXCELLENT_AWARD_ID, amount, purpose: "ค่าวัสดุ", reference, idempotencyKey } },
      budget,
    );
  const totals = async () => {
    const answer = await graphql<{ award: Totals }>(system.url, TOTALS, { id: DEMO_EXCELLENT_AWARD_ID }, budget);
    expect(answer.errors).toBeUndefined();
    return answer.data!.award;
  };
  const expectReferenceTaken = (answer: Awaited<ReturnType<typeof record>>, reference: string) => {
    expect(errorCodes(answer)).toEqual(["CONFLICT"]);
    expect(answer.errors![0].extensions).toMatchObject({
      field: "input.reference",
      reason: "REFERENCE_TAKEN",
      messageTh: expect.stringContaining(`"${reference}"`),
    });
    expect(answer.errors![0].extensions!.messageTh).toContain("ปีงบประมาณ 2564");
  };

  it("shows the demo award's money apart, as exact two-decimal strings that add up", async () => {
    const view = await totals();
    expect(view).toMatchObject({ recordedTotal: "80000.00", approvedTotal: "150000.00", paidTotal: "350000.00", disbursedTotal: "580000.00" });
    expect(satang(view.recordedTotal) + satang(view.approvedTotal) + satang(view.paidTotal)).toBe(satang(view.disbursedTotal));
    expect(satang(view.disbursedTotal) + satang(view.remaining)).toBe(satang(view.amount));
  });

  it("refuses a reference already used in the fiscal year (also spaced or lower-cased) and changes nothing", async () => {
    const first = await record("ร.อ.-2564/7001", `ref-${dialect}-1`);
    expect(first.errors).toBeUndefined();
    expect(first.data!.recordDisbursement).toMatchObject({ reference: "ร.อ.-2564/7001", fiscalYear: 2564, status: "RECORDED" });
    const latin = await record("pv-2564/a1", `ref-${dialect}-latin`);
    expect(latin.errors).toBeUndefined();
    const counts = await rowCounts(system.store.config);
    expectReferenceTaken(await record("ร.อ.-2564/7001", `ref-${dialect}-2`), "ร.อ.-2564/7001");
    expectReferenceTaken(await record(" ร.อ. -2564/7001 ", `ref-${dialect}-3`), "ร.อ. -2564/7001");
    expectReferenceTaken(await record("PV-2564/A1", `ref-${dialect}-latin-2`), "PV-2564/A1");
    // A seeded voucher of the year is taken too.
    expectReferenceTaken(await record("ร.อ.-2564/0001", `ref-${dialect}-4`), "ร.อ.-2564/0001");
    expect(await rowCounts(system.store.config)).toEqual(counts);
    // The same request again (same key) is still the one disbursement, not a clash with itself.
    const retried = await record("ร.อ.-2564/7001", `ref-${dialect}-1`);
    expect(retried.data!.recordDisbursement.id).toBe(first.data!.recordDisbursement.id);
  });

  it("lets exactly one of 12 concurrent requests with one reference succeed; the others are told the reference is taken", async () => {
    const before = await totals();
    const answers = await Promise.all(Array.from({ length: 12 }, (_, i) => record("ร.อ.-2564/7002", `race-${dialect}-${i}`)));
    const ok = answers.filter((a) => !a.errors);
    expect(ok).toHaveLength(1);
    for (const answer of answers.filter((a) => a.errors)) expectReferenceTaken(answer, "ร.อ.-2564/7002");
    const after = await totals();
    expect(satang(after.recordedTotal) - satang(before.recordedTotal)).toBe(10000n);
    expect(satang(after.remaining)).toBe(satang(before.remaining) - 10000n);
  });

  it("keeps a cancelled disbursement's reference taken: a voucher number is never reused", async () => {
    const recorded = await record("ร.อ.-2564/7003", `cancelled-${dialect}`);
    expect(errorCodes(await graphql(system.url, CANCEL, { id: recorded.data!.recordDisbursement.id, reason: "บันทึกผิด" }, budget))).toEqual([]);
    expectReferenceTaken(await record("ร.อ.-2564/7003", `cancelled-${dialect}-again`), "ร.อ.-2564/7003");
  });
});
