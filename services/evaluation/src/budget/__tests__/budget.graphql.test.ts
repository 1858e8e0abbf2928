import { Role, toSatang } from "@change-leaders/common";
import { StatementCounter, type TestSubgraph, describeEachDatabase, graphql, startTestSubgraph } from "@change-leaders/common/testing";
import { Award, AwardLevel } from "../../award/award.entity";
import { evaluationSubgraph } from "../../definition";
import { Disbursement, DisbursementStatus } from "../../disbursement/disbursement.entity";

/** A fiscal year no seed uses, so that every baht in it is one this test wrote. */
const FY = 2590;

/** The awards of the year: province, level, rank, amount, disbursed total and its disbursements (status, amount). */
const AWARDS: [string, string, AwardLevel, number | null, string, string, [DisbursementStatus, string][]][] = [
  [
    "budget-a1",
    "45",
    AwardLevel.EXCELLENT,
    1,
    "1000000.00",
    "300000.50",
    [
      [DisbursementStatus.PAID, "200000.25"],
      [DisbursementStatus.APPROVED, "100000.25"],
    ],
  ],
  ["budget-a2", "45", AwardLevel.OUTSTANDING, null, "0.00", "0.00", []],
  [
    "budget-a3",
    "10",
    AwardLevel.OUTSTANDING,
    null,
    "50000.00",
    "50000.00",
    [
      [DisbursementStatus.PAID, "20000.00"],
      [DisbursementStatus.PAID, "30000.00"],
      [DisbursementStatus.CANCELLED, "999.99"],
    ],
  ],
  ["budget-a4", "10", AwardLevel.EXCELLENT, 2, "1000000.00", "0.01", [[DisbursementStatus.RECORDED, "0.01"]]],
  ["budget-a5", "90", AwardLevel.OUTSTANDING, null, "50000.00", "0.00", []],
];

describeEachDatabase("budgetSummary", (dialect) => {
  let evaluation: TestSubgraph;
  const budgetOfficer = () => evaluation.as({ role: Role.BUDGET_OFFICER });

  beforeAll(async () => {
    evaluation = await startTestSubgraph(evaluationSubgraph, dialect);
    const manager = evaluation.subgraph.dataSource.manager;
    for (const [id, provinceCode, level, rank, amount, disbursedTotal, disbursements] of AWARDS) {
      await manager.insert(Award, {
        id,
        tambonCode: `${provinceCode}0101`,
        provinceCode,
        fiscalYear: FY,
        level,
        rank,
        amount: toSatang(amount),
        disbursedTotal: toSatang(disbursedTotal),
      });
      for (const [i, [status, paidAmount]] of disbursements.entries()) {
        const key = `${id}-d${i}`;
        await manager.insert(Disbursement, {
          id: key,
          awardId: id,
          amount: toSatang(paidAmount),
          purpose: "p",
          reference: `r-${key}`,
          fiscalYear: FY,
          referenceKey: `R-${key}`.toUpperCase(),
          evidence: [],
          idempotencyKey: key,
          status,
        });
      }
    }
  });
  afterAll(() => evaluation?.stop());

  it.each([
    [
      "the whole year",
      null,
      { awardCount: 5, awardedTotal: "2100000.00", disbursedTotal: "350000.51", paidTotal: "250000.25", remainingTotal: "1749999.49" },
      [
        {
          provinceCode: "10",
          awardCount: 2,
          awardedTotal: "1050000.00",
          disbursedTotal: "50000.01",
          paidTotal: "50000.00",
          remainingTotal: "999999.99",
        },
        {
          provinceCode: "45",
          awardCount: 2,
          awardedTotal: "1000000.00",
          disbursedTotal: "300000.50",
          paidTotal: "200000.25",
          remainingTotal: "699999.50",
        },
        { provinceCode: "90", awardCount: 1, awardedTotal: "50000.00", disbursedTotal: "0.00", paidTotal: "0.00", remainingTotal: "50000.00" },
      ],
      [
        { level: "EXCELLENT", awardCount: 2, awardedTotal: "2000000.00", disbursedTotal: "300000.51", paidTotal: "200000.25" },
        { level: "OUTSTANDING", awardCount: 3, awardedTotal: "100000.00", disbursedTotal: "50000.00", paidTotal: "50000.00" },
      ],
      ["budget-a3", "budget-a2", "budget-a5", "budget-a1", "budget-a4"],
    ],
    [
      "one province",
      "10",
      { awardCount: 2, awardedTotal: "1050000.00", disbursedTotal: "50000.01", paidTotal: "50000.00", remainingTotal: "999999.99" },
      [
        {
          provinceCode: "10",
          awardCount: 2,
          awardedTotal: "1050000.00",
          disbursedTotal: "50000.01",
          paidTotal: "50000.00",
          remainingTotal: "999999.99",
        },
      ],
      [
        { level: "EXCELLENT", awardCount: 1, awardedTotal: "1000000.00", disbursedTotal: "0.01", paidTotal: "0.00" },
        { level: "OUTSTANDING", awardCount: 1, awardedTotal: "50000.00", disbursedTotal: "50000.00", paidTotal: "50000.00" },
      ],
      ["budget-a3", "budget-a4"],
    ],
    [
      "a province without awards",
      "20",
      { awardCount: 0, awardedTotal: "0.00", disbursedTotal: "0.00", paidTotal: "0.00", remainingTotal: "0.00" },
      [{ provinceCode: "20", awardCount: 0, awardedTotal: "0.00", disbursedTotal: "0.00", paidTotal: "0.00", remainingTotal: "0.00" }],
      [],
      [],
    ],
  ])(
    "sums %s by province, level and award to the satang (paid counts PAID disbursements only)",
    async (_name, provinceCode, total, byProvince, byLevel, awardIds) => {
      const answer = await graphql<{ budgetSummary: Record<string, unknown> & { byAward: { id: string; remaining: string }[] } }>(
        evaluation.url,
        FULL,
        { fy: FY, province: provinceCode, withProvinces: provinceCode !== null },
        budgetOfficer(),
      );
      expect(answer.errors).toBeUndefined();
      const { byAward, ...summary } = answer.data!.budgetSummary;
      // The whole year's lines by province name all 77 provinces (people's): test/evaluation-ledger.test.ts asks them through the gateway.
      const lines = provinceCode === null ? {} : { byProvince };
      expect(summary).toEqual({ ...total, ...lines, byLevel: byLevel.map((line) => expect.objectContaining(line)) });
      expect(byAward.map((award) => award.id)).toEqual(awardIds);
    },
  );

  it("answers the dashboard by province in one SQL statement, and reads the awards only when byAward is asked", async () => {
    const counter = new StatementCounter();
    Object.assign(evaluation.subgraph.dataSource, { logger: counter });
    counter.reset();
    const dashboard = await graphql<{ budgetSummary: { byProvince: unknown[] } }>(
      evaluation.url,
      BY_PROVINCE,
      { fy: FY, province: "45" },
      budgetOfficer(),
    );
    expect(dashboard.data!.budgetSummary.byProvince).toHaveLength(1);
    expect(counter.count).toBe(1);
    counter.reset();
    await graphql(evaluation.url, FULL, { fy: FY, withProvinces: false }, budgetOfficer());
    expect(counter.count).toBe(2);
  });
});

const BY_PROVINCE = `
  query Dashboard($fy: Int!, $province: ID) {
    budgetSummary(fiscalYear: $fy, provinceCode: $province) { awardCount byProvince { provinceCode awardCount awardedTotal disbursedTotal paidTotal remainingTotal } }
  }`;

const FULL = `
  query BudgetSummary($fy: Int!, $province: ID, $withProvinces: Boolean!) {
    budgetSummary(fiscalYear: $fy, provinceCode: $province) {
      awardCount awardedTotal disbursedTotal paidTotal remainingTotal
      byProvince @include(if: $withProvinces) { provinceCode awardCount awardedTotal disbursedTotal paidTotal remainingTotal }
      byLevel { level awardCount awardedTotal disbursedTotal paidTotal }
      byAward { id remaining }
    }
  }`;
