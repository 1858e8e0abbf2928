import { Role } from "@change-leaders/common";
import { type TestSubgraph, describeEachDatabase, errorCodes, graphql, startTestSubgraph } from "@change-leaders/common/testing";
import { evaluationSubgraph } from "../../definition";
import { DEMO_EXCELLENT_AWARD_ID } from "../../seed/seed";

interface HistoryPage {
  evaluationHistory: {
    totalCount: number;
    nodes: { entityName: string; action: string; actorName: string | null; actorRole: string; before: string | null; after: string | null }[];
  };
}

/** A disbursement's and its award's audit trail, as the panel shows it on their pages. */
describeEachDatabase("evaluation history", (dialect) => {
  let evaluation: TestSubgraph;
  const budget = () => evaluation.as({ role: Role.BUDGET_OFFICER, name: "budget" });
  let disbursementId: string;

  beforeAll(async () => {
    evaluation = await startTestSubgraph(evaluationSubgraph, dialect);
    const recorded = await graphql<{ recordDisbursement: { id: string } }>(
      evaluation.url,
      RECORD,
      { input: { awardId: DEMO_EXCELLENT_AWARD_ID, amount: "2500.00", purpose: "ค่าวัสดุ", reference: "H-1", idempotencyKey: "history-1" } },
      budget(),
    );
    disbursementId = recorded.data!.recordDisbursement.id;
    await graphql(evaluation.url, CANCEL, { id: disbursementId, reason: "บันทึกซ้ำ" }, budget());
  });
  afterAll(() => evaluation?.stop());

  it("shows who recorded a disbursement and who cancelled it, oldest first, with the record before and after", async () => {
    const answer = await graphql<HistoryPage>(evaluation.url, HISTORY, { entityName: "Disbursement", entityId: disbursementId }, budget());
    expect(answer.errors).toBeUndefined();
    const { nodes, totalCount } = answer.data!.evaluationHistory;
    expect(totalCount).toBe(2);
    expect(nodes.map((n) => [n.action, n.actorName, n.actorRole])).toEqual([
      ["record", "budget", "BUDGET_OFFICER"],
      ["cancel", "budget", "BUDGET_OFFICER"],
    ]);
    expect(JSON.parse(nodes[1].before!)).toMatchObject({ status: "RECORDED" });
    expect(JSON.parse(nodes[1].after!)).toMatchObject({ status: "CANCELLED", cancelReason: "บันทึกซ้ำ" });
  });

  it("pages an award's history; the total stays the whole count", async () => {
    const all = await graphql<HistoryPage>(evaluation.url, HISTORY, { entityName: "Award", entityId: DEMO_EXCELLENT_AWARD_ID }, budget());
    expect(all.errors).toBeUndefined();
    expect(all.data!.evaluationHistory.totalCount).toBeGreaterThanOrEqual(2);
    const last = await graphql<HistoryPage>(
      evaluation.url,
      HISTORY,
      { entityName: "Award", entityId: DEMO_EXCELLENT_AWARD_ID, page: { limit: 1, offset: all.data!.evaluationHistory.totalCount - 1 } },
      budget(),
    );
    expect(last.data!.evaluationHistory.nodes).toEqual([all.data!.evaluationHistory.nodes.at(-1)]);
  });

  it.each([Role.ADMIN, Role.EXECUTIVE])("lets a %s read it", async (role) => {
    const answer = await graphql<HistoryPage>(
      evaluation.url,
      HISTORY,
      { entityName: "Disbursement", entityId: disbursementId },
      evaluation.as({ role }),
    );
    expect(answer.data!.evaluationHistory.totalCount).toBe(2);
  });

  it.each([Role.PROVINCE_OFFICER, Role.INSPECTOR, Role.JUDGE, Role.PARTNER])("refuses a %s with FORBIDDEN", async (role) => {
    const answer = await graphql(
      evaluation.url,
      HISTORY,
      { entityName: "Disbursement", entityId: disbursementId },
      evaluation.as({ role, provinceCode: "22", regionCode: "9" }),
    );
    expect(errorCodes(answer)).toEqual(["FORBIDDEN"]);
    expect(answer.data?.evaluationHistory ?? null).toBeNull();
  });

  it.each([
    [{ entityName: "Leader", entityId: "x" }, "entityName"],
    [{ entityName: "Award", entityId: DEMO_EXCELLENT_AWARD_ID, page: { limit: 501 } }, "page.limit"],
  ])("refuses %j with BAD_USER_INPUT on %s", async (variables, field) => {
    const answer = await graphql(evaluation.url, HISTORY, variables, budget());
    expect(errorCodes(answer)).toEqual(["BAD_USER_INPUT"]);
    expect(answer.errors![0].extensions!.field).toBe(field);
  });
});

const HISTORY = `
  query EvaluationHistory($entityName: String!, $entityId: ID!, $page: PageInput) {
    evaluationHistory(entityName: $entityName, entityId: $entityId, page: $page) {
      totalCount
      nodes {
        entityName
        action
        actorName
        actorRole
        before
        after
      }
    }
  }
`;
const RECORD = `mutation Record($input: DisbursementInput!) { recordDisbursement(input: $input) { id } }`;
const CANCEL = `mutation Cancel($id: ID!, $reason: String!) { cancelDisbursement(id: $id, reason: $reason) { id status } }`;
