import crypto from "node:crypto";
import { DEMO_PASSWORD, Role, loginAttemptKey } from "@change-leaders/common";
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
    ["zero-width space", "ju\u200bdge", "UNAUTHENTICATED"],
    ["zero-width joiner", "jud\u200dge", "UNAUTHENTICATED"],
    // control and direction characters are refused by the shared text rule before any lookup
    ["NUL", "judge\u0000", "BAD_USER_INPUT"],
    ["right-to-left override", "\u202ejudge", "BAD_USER_INPUT"],
    ["accent (the collation ignores it)", "júdge", "UNAUTHENTICATED"],
    ["accent on another demo login", "éxecutive", "UNAUTHENTICATED"],
    ["soft hyphen", "jud\u00adge", "UNAUTHENTICATED"],
  ])("a spelling with a %s logs in as nobody (%s)", async (_what, username, code) => {
    const answer = await graphql(people.url, LOGIN, { username, password: DEMO_PASSWORD });
    expect(errorCodes(answer)).toEqual([code]);
    expect(answer.data).toBeNull();
  });

  it.each(["JUDGE", "júdge"])("the store itself does not take %j for judge (a binary collation)", async (spelling) => {
    const rows: unknown[] = await people.subgraph.dataSource.query("SELECT username FROM account WHERE username = ?", [spelling]);
    expect(rows).toEqual([]);
    expect(await people.subgraph.dataSource.query("SELECT username FROM account WHERE username = ?", ["judge"])).toHaveLength(1);
  });

  it("a login sent straight to people is limited per username, whatever its spelling; success gives the budget back", async () => {
    const admin = people.as({ role: Role.ADMIN, id: crypto.randomUUID(), name: "admin" });
    const password = "แม่น้ำ-จันทบุรี-2564";
    const created = await graphql(
      people.url,
      "mutation ($input: AccountInput!) { createAccount(input: $input) { id } }",
      { input: { username: "throttled.officer", password, displayName: "เจ้าหน้าที่", role: "EXECUTIVE" } },
      admin,
    );
    expect(created.errors).toBeUndefined();
    const budget = people.store.config.rateLimit.loginFailuresPerAccount;
    const spellings = ["throttled.officer", "THROTTLED.OFFICER", "throttled\u200b.officer", "ｔｈｒｏｔｔｌｅｄ.officer"];
    // One success midway clears the count: the budget is for failures.
    for (let i = 0; i < budget - 1; i++) {
      expect(errorCodes(await graphql(people.url, LOGIN, { username: spellings[i % spellings.length], password: "wrong password" }))).toEqual([
        "UNAUTHENTICATED",
      ]);
    }
    expect((await graphql(people.url, LOGIN, { username: "throttled.officer", password })).errors).toBeUndefined();
    for (let i = 0; i < budget; i++) {
      expect(errorCodes(await graphql(people.url, LOGIN, { username: spellings[i % spellings.length], password: "wrong password" }))).toEqual([
        "UNAUTHENTICATED",
      ]);
    }
    const limited = await graphql(people.url, LOGIN, { username: "throttled.officer", password });
    expect(limited.errors?.[0].extensions).toMatchObject({ code: "RATE_LIMITED" });
    expect(String(limited.errors?.[0].extensions?.messageTh)).toMatch(/เข้าสู่ระบบผิดบ่อยเกินไป/);
    // Other accounts are untouched.
    expect((await graphql(people.url, LOGIN, { username: "judge", password: DEMO_PASSWORD })).errors).toBeUndefined();
  }, 60_000);
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
