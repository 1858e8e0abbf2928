import { DEMO_TARGET_TAMBONS, FY2564_EXCELLENT_TAMBON, Role } from "@change-leaders/common";
import { StatementCounter, type TestSubgraph, describeEachDatabase, errorCodes, graphql, startTestSubgraph } from "@change-leaders/common/testing";
import { evaluationSubgraph } from "../definition";

describeEachDatabase("evaluation subgraph", (dialect) => {
  let evaluation: TestSubgraph;
  const reader = () => evaluation.as({ role: Role.BUDGET_OFFICER });

  beforeAll(async () => {
    evaluation = await startTestSubgraph(evaluationSubgraph, dialect);
  });
  afterAll(() => evaluation?.stop());

  it.each([
    [{}, 7],
    [{ round: "NATION" }, 1],
    [{ round: "PROVINCE", provinceCode: "22" }, 3],
    [{ status: "SELECTED" }, 4],
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

  it("pages each tambon's nominations for many tambons in a constant number of statements", async () => {
    const counter = new StatementCounter();
    Object.assign(evaluation.subgraph.dataSource, { logger: counter });
    const statementsFor = async (codes: string[]) => {
      counter.reset();
      const answer = await graphql<{ _entities: { nominations: { totalCount: number; nodes: { round: string }[] } }[] }>(
        evaluation.url,
        TAMBON_NOMINATIONS,
        { r: codes.map((code) => ({ __typename: "Tambon", code })) },
        reader(),
      );
      expect(answer.errors).toBeUndefined();
      return { statements: counter.count, entities: answer.data!._entities };
    };
    const few = await statementsFor([FY2564_EXCELLENT_TAMBON, DEMO_TARGET_TAMBONS[0]]);
    const many = await statementsFor([FY2564_EXCELLENT_TAMBON, ...Array.from({ length: 69 }, (_, i) => `2202${String(i).padStart(2, "0")}`)]);
    expect(few.entities[0].nominations).toMatchObject({ totalCount: 3 });
    expect(few.entities[0].nominations.nodes).toHaveLength(3);
    expect(many.statements).toBe(few.statements);
  });
});

const NOMINATIONS = `
  query Nominations($filter: NominationFilter) {
    nominations(filter: $filter) { totalCount nodes { id round status } }
  }`;

const TAMBON_NOMINATIONS = `
  query TambonNominations($r: [_Any!]!) {
    _entities(representations: $r) { ... on Tambon { nominations { totalCount nodes { round } } } }
  }`;
