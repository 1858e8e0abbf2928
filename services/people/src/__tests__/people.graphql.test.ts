import { DEMO_PASSWORD, HistoryEntry, Role } from "@change-leaders/common";
import { type TestSubgraph, describeEachDatabase, errorCodes, graphql, startTestSubgraph } from "@change-leaders/common/testing";
import { Account } from "../account/account.entity";
import { peopleSubgraph } from "../definition";

describeEachDatabase("people subgraph", (dialect) => {
  let people: TestSubgraph;
  const accounts = () => people.subgraph.dataSource.manager.count(Account);

  beforeAll(async () => {
    people = await startTestSubgraph(peopleSubgraph, dialect);
  });
  afterAll(() => people?.stop());

  describe("geography", () => {
    it("lists the 77 provinces and Chanthaburi's 10 districts and 76 tambons", async () => {
      const answer = await graphql<{
        provinces: { code: string }[];
        province: { nameTh: string; nameEn: string; districts: { code: string }[]; tambons: { totalCount: number } };
      }>(people.url, PROVINCES_AND_CHANTHABURI, {}, people.as({ role: Role.PARTNER }));
      expect(answer.errors).toBeUndefined();
      expect(answer.data!.provinces).toHaveLength(77);
      expect(answer.data!.province).toMatchObject({ nameTh: "จันทบุรี", nameEn: "Chanthaburi" });
      expect(answer.data!.province.districts).toHaveLength(10);
      expect(answer.data!.province.tambons.totalCount).toBe(76);
    });

    it.each([
      [{ provinceCode: "22" }, 76],
      [{ districtCode: "2201" }, 11],
      [{ search: "ดงครั่ง" }, 2],
      [{ search: "Dong Khrang" }, 2],
      [{ search: "450213" }, 1],
      [{ provinceCode: "22", search: "ท่า" }, 3],
      [{ search: "100%" }, 0],
    ])("tambons(filter: %j) counts %d", async (filter, count) => {
      const answer = await graphql<{ tambons: { totalCount: number; nodes: { code: string }[] } }>(
        people.url,
        TAMBONS,
        { filter },
        people.as({ role: Role.EXECUTIVE }),
      );
      expect(answer.errors).toBeUndefined();
      expect(answer.data!.tambons.totalCount).toBe(count);
    });

    it("finds the FY 2564 excellent tambon by its code, with its district and province", async () => {
      const answer = await graphql<{ tambon: unknown }>(
        people.url,
        `
          {
            tambon(code: "450213") {
              nameTh
              district {
                nameTh
              }
              province {
                nameTh
              }
            }
          }
        `,
        {},
        people.as({ role: Role.PARTNER }),
      );
      expect(answer.data!.tambon).toEqual({ nameTh: "ดงครั่งน้อย", district: { nameTh: "เกษตรวิสัย" }, province: { nameTh: "ร้อยเอ็ด" } });
    });

    it.each([
      [{ limit: 501 }, "page.limit"],
      [{ offset: -1 }, "page.offset"],
    ])("refuses page %j with BAD_USER_INPUT on %s", async (page, field) => {
      const answer = await graphql(people.url, TAMBONS, { filter: {}, page }, people.as({ role: Role.ADMIN }));
      expect(errorCodes(answer)).toEqual(["BAD_USER_INPUT"]);
      expect(answer.errors![0].extensions!.field).toBe(field);
    });

    it("resolves tambon references from other subgraphs in one batch", async () => {
      const answer = await graphql<{ _entities: { code: string; nameTh: string }[] }>(
        people.url,
        `
          query ($r: [_Any!]!) {
            _entities(representations: $r) {
              ... on Tambon {
                code
                nameTh
              }
            }
          }
        `,
        {
          r: [
            { __typename: "Tambon", code: "220101" },
            { __typename: "Tambon", code: "450213" },
          ],
        },
        people.as({ role: Role.ADMIN }),
      );
      expect(answer.data!._entities.map((t) => t.nameTh)).toEqual(["ตลาด", "ดงครั่งน้อย"]);
    });
  });

  describe("identity", () => {
    it("logs in the seeded admin and answers me", async () => {
      const login = await graphql<{ login: { token: string; account: { username: string; role: string } } }>(people.url, LOGIN, {
        username: "admin",
        password: DEMO_PASSWORD,
      });
      expect(login.data!.login.account).toEqual({ username: "admin", role: "ADMIN" });
      expect(login.data!.login.token.split(".")).toHaveLength(3);
    });

    it.each([
      ["admin", "wrong password"],
      ["nobody", DEMO_PASSWORD],
      ["", ""],
    ])("refuses login %p / %p with UNAUTHENTICATED and the same message", async (username, password) => {
      const answer = await graphql(people.url, LOGIN, { username, password });
      expect(errorCodes(answer)).toEqual(["UNAUTHENTICATED"]);
      expect(answer.errors![0].message).toBe("Wrong username or password");
    });

    it("answers nothing but login without an identity", async () => {
      const answer = await graphql(
        people.url,
        `
          {
            provinces {
              code
            }
          }
        `,
      );
      expect(errorCodes(answer)).toEqual(["UNAUTHENTICATED"]);
      expect(answer.data ?? null).toBeNull();
    });

    it("refuses an identity header the gateway did not sign", async () => {
      const answer = await graphql(
        people.url,
        `
          {
            provinces {
              code
            }
          }
        `,
        {},
        { "x-change-leaders-identity": "forged" },
      );
      expect(answer.status).toBe(401);
      expect(errorCodes(answer)).toEqual(["UNAUTHENTICATED"]);
    });
  });

  describe("accounts", () => {
    const officer = {
      username: "officer.rayong",
      password: "a-long-password-1",
      displayName: "เจ้าหน้าที่ระยอง",
      role: "PROVINCE_OFFICER",
      provinceCode: "21",
    };

    it("an admin creates a province officer who can then log in; history records it without the password", async () => {
      const created = await graphql<{ createAccount: { id: string; role: string; provinceCode: string } }>(
        people.url,
        CREATE_ACCOUNT,
        { input: officer },
        people.as({ role: Role.ADMIN }),
      );
      expect(created.errors).toBeUndefined();
      expect(created.data!.createAccount).toMatchObject({ role: "PROVINCE_OFFICER", provinceCode: "21" });
      const login = await graphql<{ login: { account: { username: string } } }>(people.url, LOGIN, {
        username: officer.username,
        password: officer.password,
      });
      expect(login.data!.login.account.username).toBe("officer.rayong");
      const history = await people.subgraph.dataSource.manager.findBy(HistoryEntry, {
        entityName: "Account",
        entityId: created.data!.createAccount.id,
      });
      expect(history).toHaveLength(1);
      expect(history[0]).toMatchObject({ action: "CREATE", actorRole: "ADMIN" });
      expect(history[0].after).not.toContain("passwordHash");
    });

    it.each([
      ["a short password", { password: "short" }, "BAD_USER_INPUT", "input.password"],
      // The attack audit's accepted passwords, and what bcrypt would silently cut.
      ["ten a's", { password: "aaaaaaaaaa" }, "BAD_USER_INPUT", "input.password"],
      ["twelve a's", { password: "aaaaaaaaaaaa" }, "BAD_USER_INPUT", "input.password"],
      ["1234567890", { password: "1234567890" }, "BAD_USER_INPUT", "input.password"],
      ["a breached password of 12 characters", { password: "qwertyuiop12" }, "BAD_USER_INPUT", "input.password"],
      ["twelve spaces", { password: " ".repeat(12) }, "BAD_USER_INPUT", "input.password"],
      ["the demo password", { password: "demo-changeleaders" }, "BAD_USER_INPUT", "input.password"],
      ["a password holding the username", { password: "officer.rayong-2568" }, "BAD_USER_INPUT", "input.password"],
      ["a password bcrypt would cut at 72 bytes", { password: "รหัสผ่านยาวมาก".repeat(2) }, "BAD_USER_INPUT", "input.password"],
      ["an upper-case username with spaces", { username: "Bad Name" }, "BAD_USER_INPUT", "input.username"],
      ["an officer without a province", { username: "officer.x", provinceCode: undefined }, "BAD_USER_INPUT", "input.provinceCode"],
      ["an officer of a province that does not exist", { username: "officer.y", provinceCode: "99" }, "BAD_USER_INPUT", "input.provinceCode"],
      [
        "an inspector without a region",
        { username: "inspector.x", role: "INSPECTOR", provinceCode: undefined },
        "BAD_USER_INPUT",
        "input.regionCode",
      ],
      ["a partner account (partners use API keys)", { username: "partner.x", role: "PARTNER" }, "BAD_USER_INPUT", "input.role"],
      ["a taken username", { username: "admin" }, "CONFLICT", "input.username"],
    ])("refuses %s with %s on %s and writes nothing", async (_label, change, code, field) => {
      const before = await accounts();
      const answer = await graphql(people.url, CREATE_ACCOUNT, { input: { ...officer, ...change } }, people.as({ role: Role.ADMIN }));
      expect(errorCodes(answer)).toEqual([code]);
      expect(answer.errors![0].extensions!.field).toBe(field);
      expect(await accounts()).toBe(before);
    });

    it.each([Role.PROVINCE_OFFICER, Role.INSPECTOR, Role.JUDGE, Role.BUDGET_OFFICER, Role.EXECUTIVE, Role.PARTNER])(
      "refuses createAccount to %s with FORBIDDEN",
      async (role) => {
        const before = await accounts();
        const answer = await graphql(
          people.url,
          CREATE_ACCOUNT,
          { input: { ...officer, username: `by.${role.toLowerCase()}` } },
          people.as({ role, provinceCode: "21" }),
        );
        expect(errorCodes(answer)).toEqual(["FORBIDDEN"]);
        expect(await accounts()).toBe(before);
      },
    );
  });
});

const PROVINCES_AND_CHANTHABURI = `
  query ProvincesAndChanthaburi {
    provinces { code }
    province(code: "22") { nameTh nameEn districts { code } tambons { totalCount } }
  }`;

const TAMBONS = `
  query Tambons($filter: TambonFilter, $page: PageInput) {
    tambons(filter: $filter, page: $page) { totalCount nodes { code } }
  }`;

const LOGIN = `
  mutation Login($username: String!, $password: String!) {
    login(username: $username, password: $password) { token expiresAt account { username role } }
  }`;

const CREATE_ACCOUNT = `
  mutation CreateAccount($input: AccountInput!) {
    createAccount(input: $input) { id username role provinceCode regionCode }
  }`;
