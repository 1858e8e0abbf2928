import { DEMO_TARGET_TAMBONS, demoLeaderId } from "@change-leaders/common/demo";
import { type GraphQLResponse, describeEachDatabase, errorCodes, graphql } from "@change-leaders/common/testing";
import { rowCounts } from "./support/row-counts";
import { type TestSystem, startSystem } from "./support/system";

/** Synthetic national IDs ("00000…" + check digit) for rows these tests create. */
let serial = 7_000_000;
function nationalId(): string {
  const first12 = `00000${String(serial++).padStart(7, "0")}`;
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(first12[i]) * (13 - i);
  return `${first12}${(11 - (sum % 11)) % 10}`;
}

const ROLES = ["ADMIN", "PROVINCE_OFFICER", "INSPECTOR", "JUDGE", "BUDGET_OFFICER", "EXECUTIVE", "PARTNER"] as const;
type RoleName = (typeof ROLES)[number];
const LOGINS: Record<Exclude<RoleName, "PARTNER">, string> = {
  ADMIN: "admin",
  PROVINCE_OFFICER: "officer.chanthaburi",
  INSPECTOR: "inspector.region9",
  JUDGE: "judge",
  BUDGET_OFFICER: "budget",
  EXECUTIVE: "executive",
};
const STAFF: RoleName[] = ["ADMIN", "PROVINCE_OFFICER", "INSPECTOR", "JUDGE", "BUDGET_OFFICER", "EXECUTIVE"];
const WRITERS: RoleName[] = ["ADMIN", "PROVINCE_OFFICER"];
const ADMIN_ONLY: RoleName[] = ["ADMIN"];
/** A judge reads only the leaders of tambons nominated to the national round: demo tambon 0 is not (SPEC section 2). */
const BUT_JUDGE = (roles: RoleName[]) => roles.filter((role) => role !== "JUDGE");

interface Operation {
  name: string;
  query: string;
  variables: () => Record<string, unknown>;
  allowed: RoleName[];
  /** True when an allowed call changes rows (the refused ones must change none). */
  writes?: boolean;
}

/** The role × operation matrix of the people subgraph, as a partner agency or the panel calls it. */
const MATRIX: Operation[] = [
  { name: "inspectionRegions", query: REGIONS(), variables: () => ({}), allowed: [...ROLES] },
  { name: "leaders (names)", query: LEADERS(), variables: () => ({ filter: { tambonCode: DEMO_TARGET_TAMBONS[0] } }), allowed: [...ROLES] },
  { name: "leader (names)", query: LEADER(), variables: () => ({ id: demoLeaderId(0, 1) }), allowed: BUT_JUDGE([...ROLES]) },
  { name: "leader national ID", query: LEADER_FIELD("nationalId"), variables: () => ({ id: demoLeaderId(0, 1) }), allowed: BUT_JUDGE(STAFF) },
  { name: "leader phone", query: LEADER_FIELD("phone"), variables: () => ({ id: demoLeaderId(0, 1) }), allowed: BUT_JUDGE(STAFF) },
  { name: "leader birth date", query: LEADER_FIELD("birthDate"), variables: () => ({ id: demoLeaderId(0, 1) }), allowed: BUT_JUDGE(STAFF) },
  {
    name: "createLeader",
    query: CREATE_LEADER(),
    variables: () => ({
      input: { title: "นาย", firstName: "สิทธิ์", lastName: "ตรวจ", nationalId: nationalId(), tambonCode: "220302", cohortYear: 2565 },
    }),
    allowed: WRITERS,
    writes: true,
  },
  {
    name: "updateLeader",
    query: UPDATE_LEADER(),
    variables: () => ({ id: demoLeaderId(2, 3), input: { communityRole: "กลุ่มเยาวชน" } }),
    allowed: WRITERS,
    writes: true,
  },
  {
    name: "importLeaders (dry run)",
    query: IMPORT(),
    variables: () => ({ csv: `title,firstName,lastName,nationalId,tambonCode,cohortYear\nนาง,ก,ข,${nationalId()},220302,2565`, dryRun: true }),
    allowed: WRITERS,
  },
  { name: "history", query: HISTORY(), variables: () => ({ id: demoLeaderId(2, 3) }), allowed: ADMIN_ONLY },
  { name: "accessLog", query: ACCESS_LOG(), variables: () => ({ id: demoLeaderId(0, 1) }), allowed: ADMIN_ONLY },
  { name: "apiKeys", query: API_KEYS(), variables: () => ({}), allowed: ADMIN_ONLY },
  { name: "createApiKey", query: CREATE_API_KEY(), variables: () => ({ name: "matrix" }), allowed: ADMIN_ONLY, writes: true },
  {
    name: "createAccount",
    query: CREATE_ACCOUNT(),
    variables: () => ({ input: { username: `matrix.${serial++}`, password: "long-enough-password", displayName: "x", role: "EXECUTIVE" } }),
    allowed: ADMIN_ONLY,
    writes: true,
  },
  { name: "officers", query: OFFICERS(), variables: () => ({}), allowed: STAFF },
  { name: "inspectors", query: INSPECTORS(), variables: () => ({}), allowed: STAFF },
  {
    name: "createOfficer",
    query: CREATE_OFFICER(),
    variables: () => ({
      input: {
        title: "นาง",
        firstName: "ก",
        lastName: "ข",
        position: "พัฒนาการอำเภอ",
        officeLevel: "DISTRICT",
        provinceCode: "22",
        districtCode: "2203",
      },
    }),
    allowed: ADMIN_ONLY,
    writes: true,
  },
  {
    name: "createInspector",
    query: CREATE_INSPECTOR(),
    variables: () => ({ input: { title: "นาย", firstName: "ก", lastName: "ข", position: "ผู้ตรวจราชการกรม", fiscalYear: 2564, regionCode: "12" } }),
    allowed: ADMIN_ONLY,
    writes: true,
  },
  { name: "apiKeyIdentity (the gateway's own)", query: API_KEY_IDENTITY(), variables: () => ({ key: "clk_x" }), allowed: [] },
];

describeEachDatabase("people through the gateway", (dialect) => {
  let system: TestSystem;
  const headers = {} as Record<RoleName, Record<string, string>>;
  const ask = <T = Record<string, unknown>>(query: string, variables: Record<string, unknown>, as: Record<string, string>) =>
    graphql<T>(system.url, query, variables, as);
  const counts = () => rowCounts(system.store.config);

  beforeAll(async () => {
    system = await startSystem(dialect);
    for (const role of STAFF) headers[role] = await system.loginAs(LOGINS[role as keyof typeof LOGINS]);
    const key = await ask<{ createApiKey: { key: string } }>(CREATE_API_KEY(), { name: "กรมส่งเสริมการเกษตร (ตัวอย่าง)" }, headers.ADMIN);
    headers.PARTNER = { "x-api-key": key.data!.createApiKey.key };
  });
  afterAll(() => system?.stop());

  describe.each(MATRIX)("$name", (operation) => {
    it.each([...ROLES])("%s", async (role) => {
      const before = operation.writes || !operation.allowed.includes(role) ? await counts() : null;
      const answer: GraphQLResponse = await ask(operation.query, operation.variables(), headers[role]);
      if (operation.allowed.includes(role)) {
        expect(answer.errors).toBeUndefined();
        expect(Object.values(answer.data ?? {}).every((value) => value !== null)).toBe(true);
      } else {
        expect(errorCodes(answer)).toContain("FORBIDDEN");
        expect(new Set(errorCodes(answer))).toEqual(new Set(["FORBIDDEN"]));
        expect(await counts()).toEqual(before);
      }
    });
  });

  it("answers a partner's key with the PARTNER role: names and places, never national ID, phone or birth date", async () => {
    const leaders = (fields: string) => `
        query PartnerLeaders {
          leaders(filter: { provinceCode: "22" }, page: { limit: 50 }) { totalCount nodes { ${fields} } }
        }
      `;
    const refused = await ask(leaders("id firstName nationalId phone birthDate"), {}, headers.PARTNER);
    expect(errorCodes(refused)).toEqual(["FORBIDDEN"]);
    expect(refused.errors![0].extensions).toMatchObject({ field: "Leader.nationalId" });
    expect(refused.data ?? null).toBeNull();
    const answer = await ask<{ leaders: { totalCount: number; nodes: Record<string, unknown>[] } }>(
      leaders("id firstName lastName tambon { nameTh }"),
      {},
      headers.PARTNER,
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.leaders.totalCount).toBeGreaterThanOrEqual(165);
    expect(answer.data!.leaders.nodes[0]).toEqual({
      id: expect.any(String),
      firstName: expect.any(String),
      lastName: expect.any(String),
      tambon: { nameTh: expect.any(String) },
    });
    const withoutIds = JSON.stringify(answer.data).replace(/"id":"[^"]+"/g, "");
    expect(withoutIds.match(/\d{13}|08\d{8}|\d{4}-\d{2}-\d{2}/)).toBeNull();
    const me = await ask<{ me: unknown }>("{ me { id } }", {}, headers.PARTNER);
    expect(me.data!.me).toBeNull();
  });

  it("refuses a wrong, a revoked or a doubled credential with UNAUTHENTICATED and HTTP 401", async () => {
    const created = await ask<{ createApiKey: { id: string; key: string } }>(CREATE_API_KEY(), { name: "to revoke" }, headers.ADMIN);
    const { id, key } = created.data!.createApiKey;
    const revoked = await ask<{ revokeApiKey: { revokedAt: string | null } }>(REVOKE_API_KEY(), { id }, headers.ADMIN);
    expect(revoked.data!.revokeApiKey.revokedAt).not.toBeNull();
    for (const bad of [{ "x-api-key": key }, { "x-api-key": "clk_not-a-key" }, { "x-api-key": "" }, { ...headers.PARTNER, ...headers.EXECUTIVE }]) {
      const answer = await ask(LEADERS(), {}, bad);
      expect(answer.status).toBe(401);
      expect(errorCodes(answer)).toEqual(["UNAUTHENTICATED"]);
    }
  });

  it("lists keys without the key itself; only the hash is stored", async () => {
    const list = await ask<{ apiKeys: Record<string, unknown>[] }>(API_KEYS(), {}, headers.ADMIN);
    expect(list.data!.apiKeys.length).toBeGreaterThanOrEqual(1);
    const partnerKey = headers.PARTNER["x-api-key"];
    const store = JSON.stringify(await system.subgraphs.people.subgraph.dataSource.query("SELECT * FROM api_key"));
    expect(store).not.toContain(partnerKey);
    expect(store).toContain(partnerKey.slice(0, 12));
  });

  it("keeps an officer to their province through the gateway, and another province's officer out of Chanthaburi", async () => {
    const account = await ask(
      CREATE_ACCOUNT(),
      {
        input: { username: "officer.rayong", password: "long-enough-password", displayName: "Rayong", role: "PROVINCE_OFFICER", provinceCode: "21" },
      },
      headers.ADMIN,
    );
    expect(account.errors).toBeUndefined();
    const rayong = await system.loginAs("officer.rayong", "long-enough-password");
    const before = await counts();
    expect(errorCodes(await ask(LEADER(), { id: demoLeaderId(0, 1) }, rayong))).toEqual(["FORBIDDEN"]);
    expect(errorCodes(await ask(UPDATE_LEADER(), { id: demoLeaderId(0, 1), input: { lastName: "x" } }, rayong))).toEqual(["FORBIDDEN"]);
    expect(errorCodes(await ask(DELETE_LEADER(), { id: demoLeaderId(0, 1) }, rayong))).toEqual(["FORBIDDEN"]);
    const create = await ask(
      CREATE_LEADER(),
      { input: { title: "นาย", firstName: "ก", lastName: "ข", nationalId: nationalId(), tambonCode: "220302", cohortYear: 2565 } },
      rayong,
    );
    expect(errorCodes(create)).toEqual(["FORBIDDEN"]);
    const list = await ask<{ leaders: { totalCount: number } }>(LEADERS(), { filter: { provinceCode: "22" } }, rayong);
    expect(list.data!.leaders.totalCount).toBe(0);
    const tambon = await ask<{ tambon: { leaders: { totalCount: number } } }>(TAMBON_LEADERS(), { code: DEMO_TARGET_TAMBONS[0] }, rayong);
    expect(tambon.data!.tambon.leaders.totalCount).toBe(0);
    expect(await counts()).toEqual(before);
    const own = await ask<{ tambon: { leaders: { totalCount: number } } }>(
      TAMBON_LEADERS(),
      { code: DEMO_TARGET_TAMBONS[0] },
      headers.PROVINCE_OFFICER,
    );
    expect(own.data!.tambon.leaders.totalCount).toBe(15);
  });

  it("ties accounts and staff records to a province, district or inspection region that exists", async () => {
    const before = await counts();
    for (const [input, field] of [
      [{ role: "INSPECTOR", regionCode: "99" }, "input.regionCode"],
      [{ role: "INSPECTOR", regionCode: "9", fiscalYear: 2570 }, "input.regionCode"],
      [{ role: "INSPECTOR" }, "input.regionCode"],
      [{ role: "PROVINCE_OFFICER", provinceCode: "99" }, "input.provinceCode"],
    ] as const) {
      const answer = await ask(
        CREATE_ACCOUNT(),
        { input: { username: `acct.${serial++}`, password: "long-enough-password", displayName: "x", ...input } },
        headers.ADMIN,
      );
      expect(errorCodes(answer)).toEqual(["BAD_USER_INPUT"]);
      expect(answer.errors![0].extensions!.field).toBe(field);
    }
    const staff: [string, Record<string, unknown>, string][] = [
      [CREATE_INSPECTOR(), { title: "นาย", firstName: "ก", lastName: "ข", position: "x", fiscalYear: 2570, regionCode: "9" }, "input.regionCode"],
      [
        CREATE_OFFICER(),
        { title: "นาย", firstName: "ก", lastName: "ข", position: "x", officeLevel: "DISTRICT", provinceCode: "22", districtCode: "2101" },
        "input.districtCode",
      ],
      [
        CREATE_OFFICER(),
        { title: "นาย", firstName: "ก", lastName: "ข", position: "x", officeLevel: "DISTRICT", provinceCode: "22" },
        "input.districtCode",
      ],
      [
        CREATE_OFFICER(),
        { title: "นาย", firstName: "ก", lastName: "ข", position: "x", officeLevel: "PROVINCE", provinceCode: "22", accountId: "nobody" },
        "input.accountId",
      ],
    ];
    for (const [query, input, field] of staff) {
      const answer = await ask(query, { input }, headers.ADMIN);
      expect([errorCodes(answer), answer.errors?.[0].extensions?.field]).toEqual([["BAD_USER_INPUT"], field]);
    }
    expect(await counts()).toEqual(before);
    const ok = await ask<{ createAccount: { regionCode: string } }>(
      CREATE_ACCOUNT(),
      {
        input: {
          username: "inspector.region12",
          password: "long-enough-password",
          displayName: "x",
          role: "INSPECTOR",
          regionCode: "12",
          fiscalYear: 2564,
        },
      },
      headers.ADMIN,
    );
    expect(ok.data!.createAccount.regionCode).toBe("12");
  });

  it("records in the access log which staff member read whose national ID, once per request", async () => {
    const log = () => ask<{ accessLog: { actorName: string; fields: string }[] }>(ACCESS_LOG(), { id: demoLeaderId(5, 2) }, headers.ADMIN);
    const before = (await log()).data!.accessLog.length;
    await ask(LEADER_FIELD("nationalId phone"), { id: demoLeaderId(5, 2) }, headers.PROVINCE_OFFICER);
    const after = (await log()).data!.accessLog;
    expect(after).toHaveLength(before + 1);
    expect(after[0]).toMatchObject({ actorName: expect.stringMatching(/\S/), actorRole: "PROVINCE_OFFICER", fields: "nationalId,phone" });
    // A budget officer reads them masked: nothing in full, nothing logged.
    await ask(LEADER_FIELD("nationalId phone"), { id: demoLeaderId(5, 2) }, headers.BUDGET_OFFICER);
    await ask(LEADER_FIELD("nationalId"), { id: demoLeaderId(5, 2) }, headers.PARTNER);
    expect((await log()).data!.accessLog).toHaveLength(before + 1);
  });

  it("answers bad input with BAD_USER_INPUT on the field, NOT_FOUND or CONFLICT, and changes nothing", async () => {
    const officer = headers.PROVINCE_OFFICER;
    const valid = { title: "นาย", firstName: "ก", lastName: "ข", tambonCode: "220302", cohortYear: 2565 };
    const taken = nationalId();
    expect((await ask(CREATE_LEADER(), { input: { ...valid, nationalId: taken } }, officer)).errors).toBeUndefined();
    const before = await counts();
    const cases: [string, Record<string, unknown>, string, string?][] = [
      [CREATE_LEADER(), { input: { ...valid, nationalId: "1234567890123" } }, "BAD_USER_INPUT", "input.nationalId"],
      [CREATE_LEADER(), { input: { ...valid, nationalId: nationalId(), phone: "999" } }, "BAD_USER_INPUT", "input.phone"],
      [CREATE_LEADER(), { input: { ...valid, nationalId: nationalId(), tambonCode: "229999" } }, "BAD_USER_INPUT", "input.tambonCode"],
      [CREATE_LEADER(), { input: { ...valid, nationalId: taken } }, "CONFLICT", "input.nationalId"],
      [UPDATE_LEADER(), { id: demoLeaderId(6, 6), input: { lastName: "x" }, expectedVersion: 99 }, "CONFLICT", "expectedVersion"],
      [UPDATE_LEADER(), { id: "no-such-leader", input: { lastName: "x" } }, "NOT_FOUND"],
      [DELETE_LEADER(), { id: "no-such-leader" }, "NOT_FOUND"],
      [LEADERS(), { page: { limit: 501 } }, "BAD_USER_INPUT", "page.limit"],
      [LEADERS(), { filter: { tambonCode: "12" } }, "BAD_USER_INPUT", "filter.tambonCode"],
      [HISTORY(), { id: "x", entity: "Nope" }, "BAD_USER_INPUT", "entity"],
    ];
    for (const [query, variables, code, field] of cases) {
      const answer = await ask(query, variables, query === HISTORY() ? headers.ADMIN : officer);
      expect([errorCodes(answer), answer.errors?.[0].extensions?.field]).toEqual([[code], field]);
    }
    expect(await counts()).toEqual(before);
  });
});

function REGIONS() {
  return `query Regions { inspectionRegions(fiscalYear: 2564) { code nameTh provinceCodes provinces { nameTh } } }`;
}
function LEADERS() {
  return `
    query Leaders($filter: LeaderFilter, $page: PageInput) {
      leaders(filter: $filter, page: $page) { totalCount nodes { id firstName lastName tambonCode status tambon { nameTh } } }
    }
  `;
}
function LEADER() {
  return `query Leader($id: ID!) { leader(id: $id) { id firstName lastName cohortYear version } }`;
}
function LEADER_FIELD(field: string) {
  return `query LeaderPersonal($id: ID!) { leader(id: $id) { ${field} } }`;
}
function CREATE_LEADER() {
  return `mutation CreateLeader($input: LeaderInput!) { createLeader(input: $input) { id version } }`;
}
function UPDATE_LEADER() {
  return `
    mutation UpdateLeader($id: ID!, $input: LeaderUpdateInput!, $expectedVersion: Int) {
      updateLeader(id: $id, input: $input, expectedVersion: $expectedVersion) { id version }
    }
  `;
}
function DELETE_LEADER() {
  return `mutation DeleteLeader($id: ID!) { deleteLeader(id: $id) }`;
}
function IMPORT() {
  return `mutation ImportLeaders($csv: String!, $dryRun: Boolean) { importLeaders(csv: $csv, dryRun: $dryRun) { ok rowCount errors { row field } } }`;
}
function HISTORY() {
  return `query History($id: ID!, $entity: String! = "Leader") { history(entity: $entity, id: $id) { action actorName at } }`;
}
function ACCESS_LOG() {
  return `query AccessLog($id: ID!) { accessLog(leaderId: $id) { actorName actorRole fields at } }`;
}
function API_KEYS() {
  return `query ApiKeys { apiKeys { id name prefix createdAt revokedAt } }`;
}
function CREATE_API_KEY() {
  return `mutation CreateApiKey($name: String!) { createApiKey(name: $name, purpose: "ทดสอบสิทธิ์หน่วยงานภาคี", scope: NAMED) { id name key } }`;
}
function REVOKE_API_KEY() {
  return `mutation RevokeApiKey($id: ID!) { revokeApiKey(id: $id) { id revokedAt } }`;
}
function API_KEY_IDENTITY() {
  return `query ApiKeyIdentity($key: String!) { apiKeyIdentity(key: $key) { id role } }`;
}
function CREATE_ACCOUNT() {
  return `mutation CreateAccount($input: AccountInput!) { createAccount(input: $input) { id username role provinceCode regionCode } }`;
}
function OFFICERS() {
  return `query Officers { officers { id position officeLevel provinceCode districtCode } }`;
}
function INSPECTORS() {
  return `query Inspectors { inspectors(fiscalYear: 2564) { id regionCode } inspectionRegions(fiscalYear: 2564) { code inspectors { id } } }`;
}
function CREATE_OFFICER() {
  return `mutation CreateOfficer($input: OfficerInput!) { createOfficer(input: $input) { id provinceCode districtCode } }`;
}
function CREATE_INSPECTOR() {
  return `mutation CreateInspector($input: InspectorInput!) { createInspector(input: $input) { id regionCode fiscalYear } }`;
}
function TAMBON_LEADERS() {
  return `query TambonLeaders($code: ID!) { tambon(code: $code) { leaders { totalCount nodes { id } } } }`;
}
