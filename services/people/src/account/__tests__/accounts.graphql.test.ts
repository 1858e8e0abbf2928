import { Role } from "@change-leaders/common";
import { type TestSubgraph, describeEachDatabase, errorCodes, graphql, startTestSubgraph } from "@change-leaders/common/testing";
import { peopleSubgraph } from "../../definition";

interface AccountPage {
  accounts: { totalCount: number; nodes: { username: string; role: string; provinceCode: string | null; active: boolean }[] };
}

/** The admins' list of panel logins: filters, pages, and nobody else may read it. */
describeEachDatabase("accounts list", (dialect) => {
  let people: TestSubgraph;
  const admin = () => people.as({ role: Role.ADMIN });

  beforeAll(async () => {
    people = await startTestSubgraph(peopleSubgraph, dialect);
  });
  afterAll(() => people?.stop());

  it("lists the demo logins by username, without any password hash in the schema", async () => {
    const answer = await graphql<AccountPage>(people.url, ACCOUNTS, {}, admin());
    expect(answer.errors).toBeUndefined();
    const usernames = answer.data!.accounts.nodes.map((a) => a.username);
    expect(usernames).toEqual([...usernames].sort());
    expect(usernames).toEqual(expect.arrayContaining(["admin", "budget", "executive", "inspector.region9", "judge", "officer.chanthaburi"]));
    expect(answer.data!.accounts.totalCount).toBe(usernames.length);
    const withHash = await graphql(
      people.url,
      `
        {
          accounts {
            nodes {
              passwordHash
            }
          }
        }
      `,
      {},
      admin(),
    );
    expect(errorCodes(withHash)).toEqual(["GRAPHQL_VALIDATION_FAILED"]);
  });

  it.each([
    [{ role: "PROVINCE_OFFICER" }, ["officer.chanthaburi"]],
    [{ provinceCode: "22" }, ["officer.chanthaburi"]],
    [{ search: "insp" }, ["inspector.region9"]],
    [{ search: "เจ้าหน้าที่" }, ["budget", "officer.chanthaburi"]],
    [{ search: "100%" }, []],
    [{ role: "JUDGE", active: true }, ["judge"]],
    [{ active: false }, []],
  ])("accounts(filter: %j) are %j", async (filter, usernames) => {
    const answer = await graphql<AccountPage>(people.url, ACCOUNTS, { filter }, admin());
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.accounts.nodes.map((a) => a.username)).toEqual(usernames);
    expect(answer.data!.accounts.totalCount).toBe(usernames.length);
  });

  it("pages: two at a time, the total stays the whole count", async () => {
    const all = (await graphql<AccountPage>(people.url, ACCOUNTS, {}, admin())).data!.accounts;
    const second = await graphql<AccountPage>(people.url, ACCOUNTS, { page: { limit: 2, offset: 2 } }, admin());
    expect(second.data!.accounts.totalCount).toBe(all.totalCount);
    expect(second.data!.accounts.nodes.map((a) => a.username)).toEqual(all.nodes.slice(2, 4).map((a) => a.username));
  });

  it.each([
    [{ filter: { provinceCode: "2" } }, "filter.provinceCode"],
    [{ filter: { search: "" } }, "filter.search"],
    [{ page: { limit: 501 } }, "page.limit"],
  ])("refuses %j with BAD_USER_INPUT on %s", async (variables, field) => {
    const answer = await graphql(people.url, ACCOUNTS, variables, admin());
    expect(errorCodes(answer)).toEqual(["BAD_USER_INPUT"]);
    expect(answer.errors![0].extensions!.field).toBe(field);
  });

  it.each([Role.PROVINCE_OFFICER, Role.INSPECTOR, Role.JUDGE, Role.BUDGET_OFFICER, Role.EXECUTIVE, Role.PARTNER])(
    "refuses a %s with FORBIDDEN",
    async (role) => {
      const answer = await graphql(people.url, ACCOUNTS, {}, people.as({ role, provinceCode: "22", regionCode: "9" }));
      expect(errorCodes(answer)).toEqual(["FORBIDDEN"]);
      expect(answer.data?.accounts ?? null).toBeNull();
    },
  );
});

const ACCOUNTS = `
  query Accounts($filter: AccountFilter, $page: PageInput) {
    accounts(filter: $filter, page: $page) {
      totalCount
      nodes {
        username
        role
        provinceCode
        active
      }
    }
  }
`;
