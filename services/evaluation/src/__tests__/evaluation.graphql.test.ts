import { Role } from "@change-leaders/common";
import { DEMO_TARGET_TAMBONS, FY2564_EXCELLENT_TAMBON } from "@change-leaders/common/demo";
import { StatementCounter, type TestSubgraph, describeEachDatabase, errorCodes, graphql, startTestSubgraph } from "@change-leaders/common/testing";
import { HistoryEntry } from "@change-leaders/common";
import { Award } from "../award/award.entity";
import { evaluationSubgraph } from "../definition";
import { Disbursement } from "../disbursement/disbursement.entity";
import { DEMO_EXCELLENT_AWARD_ID } from "../seed/seed";

describeEachDatabase("evaluation subgraph", (dialect) => {
  let evaluation: TestSubgraph;
  const reader = () => evaluation.as({ role: Role.BUDGET_OFFICER });

  beforeAll(async () => {
    evaluation = await startTestSubgraph(evaluationSubgraph, dialect);
  });
  afterAll(() => evaluation?.stop());

  it.each([
    [{}, 15],
    [{ round: "NATION" }, 3],
    [{ round: "PROVINCE", provinceCode: "22" }, 4],
    [{ status: "SELECTED" }, 8],
    [{ tambonCode: FY2564_EXCELLENT_TAMBON }, 3],
    [{ fiscalYear: 2565 }, 0],
  ])("nominations(filter: %j) finds %d", async (filter, count) => {
    const answer = await graphql<{ nominations: { totalCount: number } }>(evaluation.url, NOMINATIONS, { filter }, reader());
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.nominations.totalCount).toBe(count);
  });

  it("refuses a round that does not exist as a GraphQL input error", async () => {
    const answer = await graphql(evaluation.url, NOMINATIONS, { filter: { round: "DISTRICT" } }, reader());
    expect(errorCodes(answer)).toEqual(["BAD_USER_INPUT"]);
  });

  it.each([
    ["three decimals", "1.005"],
    ["a number instead of a string", 100],
    ["an exponent", "1e5"],
    ["a comma", "1,000.00"],
    ["more than twelve digits of baht", "1000000000000.00"],
  ])("refuses a disbursement amount with %s as BAD_USER_INPUT and records nothing", async (_name, amount) => {
    const manager = evaluation.subgraph.dataSource.manager;
    const counts = async () => [
      await manager.count(Disbursement),
      await manager.count(HistoryEntry),
      (await manager.findOneByOrFail(Award, { id: DEMO_EXCELLENT_AWARD_ID })).disbursedTotal,
    ];
    const before = await counts();
    const answer = await graphql(
      evaluation.url,
      RECORD,
      { input: { awardId: DEMO_EXCELLENT_AWARD_ID, amount, purpose: "p", reference: "r", idempotencyKey: `bad-${String(amount)}` } },
      evaluation.as({ role: Role.BUDGET_OFFICER }),
    );
    expect(errorCodes(answer)).toEqual(["BAD_USER_INPUT"]);
    expect(await counts()).toEqual(before);
  });

  it("pages each tambon's nominations, awards, disbursements and lessons for many tambons in a constant number of statements", async () => {
    const counter = new StatementCounter();
    Object.assign(evaluation.subgraph.dataSource, { logger: counter });
    const statementsFor = async (codes: string[]) => {
      counter.reset();
      const answer = await graphql<{
        _entities: { nominations: { totalCount: number; nodes: { round: string }[] }; awards: unknown; lessonSummaries: unknown }[];
      }>(evaluation.url, TAMBON_NOMINATIONS, { r: codes.map((code) => ({ __typename: "Tambon", code })) }, reader());
      expect(answer.errors).toBeUndefined();
      return { statements: counter.count, entities: answer.data!._entities };
    };
    const few = await statementsFor([FY2564_EXCELLENT_TAMBON, DEMO_TARGET_TAMBONS[0]]);
    const many = await statementsFor([FY2564_EXCELLENT_TAMBON, ...Array.from({ length: 69 }, (_, i) => `2202${String(i).padStart(2, "0")}`)]);
    expect(few.entities[0].nominations).toMatchObject({ totalCount: 3 });
    expect(few.entities[0].nominations.nodes).toHaveLength(3);
    expect(few.entities[0]).toMatchObject({ awards: { totalCount: 2 }, lessonSummaries: { totalCount: 1 } });
    expect(many.statements).toBe(few.statements);
  });
});

const NOMINATIONS = `
  query Nominations($filter: NominationFilter) {
    nominations(filter: $filter) { totalCount nodes { id round status } }
  }`;

const TAMBON_NOMINATIONS = `
  query TambonNominations($r: [_Any!]!) {
    _entities(representations: $r) {
      ... on Tambon {
        nominations { totalCount nodes { round reviewCount averageScore rank reviews { totalScore } award { level } } }
        awards { totalCount nodes { level amount remaining disbursements { totalCount nodes { amount status } } } }
        lessonSummaries { totalCount nodes { title status } }
      }
    }
  }`;

const RECORD = `
  mutation RecordDisbursement($input: DisbursementInput!) {
    recordDisbursement(input: $input) { id }
  }`;
