import { DEMO_PASSWORD, loginAttemptKey } from "@change-leaders/common";
import { type TestSubgraph, describeEachDatabase, errorCodes, graphql, startTestSubgraph } from "@change-leaders/common/testing";
import { peopleSubgraph } from "../../definition";

const LOGIN = `
  mutation ($username: String!, $password: String!) {
    login(username: $username, password: $password) {
      account {
        username
      }
    }
  }
`;

/**
 * Finding 3 of the attack audit: on MariaDB (`utf8mb4_unicode_ci`) `ju\u200bdge` and `júdge` found
 * the account `judge`. A login names exactly one account, by one spelling.
 */
describeEachDatabase("login identity", (dialect) => {
  let people: TestSubgraph;
  beforeAll(async () => {
    people = await startTestSubgraph(peopleSubgraph, dialect);
  });
  afterAll(() => people?.stop());

  it.each([
    ["judge", "judge"],
    ["JUDGE", "judge"],
    ["  judge ", "judge"],
    ["ｊｕｄｇｅ", "judge"], // full width, NFKC
  ])("%j logs in as %j", async (username, account) => {
    const answer = await graphql<{ login: { account: { username: string } } }>(people.url, LOGIN, { username, password: DEMO_PASSWORD });
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.login.account.username).toBe(account);
  });

  it.each([
    ["zero-width space", "ju\u200bdge"],
    ["zero-width joiner", "jud\u200dge"],
    ["NUL", "judge\u0000"],
    ["right-to-left override", "\u202ejudge"],
    ["accent (the collation ignores it)", "júdge"],
    ["accent on another demo login", "éxecutive"],
    ["soft hyphen", "jud\u00adge"],
  ])("a spelling with a %s logs in as nobody", async (_what, username) => {
    const answer = await graphql(people.url, LOGIN, { username, password: DEMO_PASSWORD });
    expect(errorCodes(answer)).toEqual(["UNAUTHENTICATED"]);
    expect(answer.data).toBeNull();
  });
});

describe("login attempts are counted by the account they mean", () => {
  it.each([
    ["ju\u200bdge", "judge"],
    ["JUDGE", "judge"],
    ["\u202ejudge\u0000", "judge"],
    ["ｊｕｄｇｅ", "judge"],
    ["júdge", "júdge"],
  ])("%j spends the budget of %j", (raw, key) => {
    expect(loginAttemptKey(raw)).toBe(key);
  });
});
