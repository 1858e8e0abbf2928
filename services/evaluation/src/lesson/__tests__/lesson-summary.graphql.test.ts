import { Role } from "@change-leaders/common";
import { type TestSubgraph, describeEachDatabase, graphql, startTestSubgraph } from "@change-leaders/common/testing";
import { evaluationSubgraph } from "../../definition";

/** One lesson summary by id (the panel's lesson page): drafts for staff, published ones only for partners. */
describeEachDatabase("lessonSummary(id)", (dialect) => {
  let evaluation: TestSubgraph;
  let lessons: { id: string; status: string; title: string }[];

  beforeAll(async () => {
    evaluation = await startTestSubgraph(evaluationSubgraph, dialect);
    const answer = await graphql<{ lessonSummaries: { nodes: typeof lessons } }>(evaluation.url, LIST, {}, evaluation.as({ role: Role.ADMIN }));
    lessons = answer.data!.lessonSummaries.nodes;
  });
  afterAll(() => evaluation?.stop());

  const one = (id: string, role: Role) => graphql<{ lessonSummary: { title: string } | null }>(evaluation.url, ONE, { id }, evaluation.as({ role }));

  it.each([
    [Role.ADMIN, "DRAFT", true],
    [Role.EXECUTIVE, "DRAFT", true],
    [Role.PARTNER, "DRAFT", false],
    [Role.PARTNER, "PUBLISHED", true],
  ])("a %s reading a %s lesson sees it: %s", async (role, status, seen) => {
    const lesson = lessons.find((l) => l.status === status)!;
    const answer = await one(lesson.id, role);
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.lessonSummary).toEqual(seen ? { title: lesson.title } : null);
  });

  it("answers null for an id that does not exist", async () => {
    const answer = await one("00000000-0000-4000-8000-000000000000", Role.ADMIN);
    expect(answer.data!.lessonSummary).toBeNull();
  });
});

const LIST = `{ lessonSummaries { nodes { id status title } } }`;
const ONE = `query Lesson($id: ID!) { lessonSummary(id: $id) { title } }`;
