import { IDENTITY_HEADER, type Identity, Role, maskNationalId, maskPhone, signSubgraphIdentity } from "@change-leaders/common";
import { type GraphQLResponse, describeEachDatabase, errorCodes, graphql } from "@change-leaders/common/testing";
import { type TestSystem, startSystem } from "./support/system";

/**
 * Need to know (SPEC section 2, PDPA), as a table: every caller × every path that can carry a leader's
 * personal data × each personal field — in full, masked, or refused, exactly as the rule says — and
 * the log lines of the whole run hold no national ID.
 */

type Caller =
  "ADMIN" | "OWN_OFFICER" | "OTHER_OFFICER" | "INSPECTOR" | "JUDGE" | "BUDGET_OFFICER" | "EXECUTIVE" | "PARTNER_AGGREGATE" | "PARTNER_NAMED";
type Seen = "FULL" | "MASKED" | "REFUSED";

/** What each caller receives of the subject leader's national ID and phone, by path (the rule, written out). */
const RULE: Record<Caller, { field: Seen; history: Seen; export: Seen }> = {
  ADMIN: { field: "FULL", history: "FULL", export: "FULL" },
  OWN_OFFICER: { field: "FULL", history: "REFUSED", export: "REFUSED" },
  OTHER_OFFICER: { field: "REFUSED", history: "REFUSED", export: "REFUSED" },
  INSPECTOR: { field: "MASKED", history: "REFUSED", export: "REFUSED" },
  // The subject's tambon is nominated in its region, not to the national round: a judge does not see its leaders.
  JUDGE: { field: "REFUSED", history: "REFUSED", export: "REFUSED" },
  BUDGET_OFFICER: { field: "MASKED", history: "REFUSED", export: "REFUSED" },
  EXECUTIVE: { field: "MASKED", history: "REFUSED", export: "REFUSED" },
  PARTNER_AGGREGATE: { field: "REFUSED", history: "REFUSED", export: "REFUSED" },
  PARTNER_NAMED: { field: "REFUSED", history: "REFUSED", export: "REFUSED" },
};
const CALLERS = Object.keys(RULE) as Caller[];

const LOGINS: Partial<Record<Caller, string>> = {
  ADMIN: "admin",
  OWN_OFFICER: "officer.chanthaburi",
  INSPECTOR: "inspector.region9",
  JUDGE: "judge",
  BUDGET_OFFICER: "budget",
  EXECUTIVE: "executive",
};

/** The paths that carry a leader's fields, each a query over `$id` / `$tambonCode` selecting `fields`. */
/* eslint-disable @typescript-eslint/no-explicit-any -- the answers' shapes differ by path; each `pick` walks its own */
const FIELD_PATHS: { name: string; query: (fields: string) => string; pick: (data: any) => Record<string, unknown> | null | undefined }[] = [
  { name: "leader(id)", query: (f) => `query L($id: ID!) { leader(id: $id) { id ${f} } }`, pick: (d) => d?.leader },
  {
    name: "leaders(filter)",
    query: (f) => `query L($tambonCode: ID) { leaders(filter: { tambonCode: $tambonCode }, page: { limit: 100 }) { nodes { id ${f} } } }`,
    pick: (d) => d?.leaders?.nodes?.[0] ?? (d?.leaders ? null : undefined),
  },
  {
    name: "Tambon.leaders",
    query: (f) => `query L($tambonCode: ID!) { tambon(code: $tambonCode) { leaders(page: { limit: 100 }) { nodes { id ${f} } } } }`,
    pick: (d) => d?.tambon?.leaders?.nodes?.[0] ?? (d?.tambon ? null : undefined),
  },
];
const PERSONAL = "nationalId phone birthDate birthYear";

describeEachDatabase("need to know: personal data by role, path and field", (dialect) => {
  let system: TestSystem;
  const lines: string[] = [];
  const headers = {} as Record<Caller, Record<string, string>>;
  const identities = {} as Record<Caller, Identity>;
  let subject: { id: string; tambonCode: string; nationalId: string; phone: string; birthDate: string; cohortYear: number };

  const ask = <T = any>(query: string, variables: Record<string, unknown>, as: Record<string, string>) =>
    graphql<T>(system.url, query, variables, as) as Promise<GraphQLResponse<T>>;
  const variables = () => ({ id: subject.id, tambonCode: subject.tambonCode });

  beforeAll(async () => {
    system = await startSystem(dialect, { config: { logLevel: "info", logDestination: { write: (line: string) => void lines.push(line) } } });
    for (const [caller, username] of Object.entries(LOGINS) as [Caller, string][]) headers[caller] = await system.loginAs(username);
    const admin = headers.ADMIN;
    const other = await ask(
      `mutation A($input: AccountInput!) { createAccount(input: $input) { id } }`,
      {
        input: {
          username: "officer.chonburi.ntk",
          password: "Need-to-know-2570!",
          displayName: "เจ้าหน้าที่ชลบุรี",
          role: "PROVINCE_OFFICER",
          provinceCode: "20",
        },
      },
      admin,
    );
    expect(other.errors).toBeUndefined();
    headers.OTHER_OFFICER = await system.loginAs("officer.chonburi.ntk", "Need-to-know-2570!");
    for (const scope of ["AGGREGATE", "NAMED"] as const) {
      const key = await ask<{ createApiKey: { id: string; key: string } }>(
        `mutation K($scope: PartnerScope!) { createApiKey(name: "ภาคี ${scope}", purpose: "ทดสอบขอบเขตข้อมูล", scope: $scope) { id key } }`,
        { scope },
        admin,
      );
      headers[`PARTNER_${scope}`] = { "x-api-key": key.data!.createApiKey.key };
      identities[`PARTNER_${scope}`] = { kind: "apiKey", id: key.data!.createApiKey.id, name: `ภาคี ${scope}`, role: Role.PARTNER, scope };
    }
    for (const caller of CALLERS.filter((c) => !c.startsWith("PARTNER"))) {
      const me = await ask<{ me: { id: string; displayName: string; role: Role; provinceCode: string | null; regionCode: string | null } }>(
        "{ me { id displayName role provinceCode regionCode } }",
        {},
        headers[caller],
      );
      const { id, displayName, role, provinceCode, regionCode } = me.data!.me;
      identities[caller] = { kind: "account", id, name: displayName, role, provinceCode, regionCode };
    }
    // The subject: a leader of a tambon whose nomination the region-9 inspector reviews.
    const nominated = await ask<{ nominations: { nodes: { tambon: { code: string } }[] } }>(
      '{ nominations(filter: { provinceCode: "22" }, page: { limit: 1 }) { nodes { tambon { code } } } }',
      {},
      headers.INSPECTOR,
    );
    const tambonCode = nominated.data!.nominations.nodes[0].tambon.code;
    const leaders = await ask<{ leaders: { nodes: { id: string; nationalId: string; cohortYear: number }[] } }>(
      `query S($t: ID) { leaders(filter: { tambonCode: $t }, page: { limit: 100 }) { nodes { id nationalId cohortYear } } }`,
      { t: tambonCode },
      admin,
    );
    const first = leaders.data!.leaders.nodes[0];
    // Every personal field holds a value, so that each one's disclosure is seen.
    const updated = await ask(
      `mutation U($id: ID!) { updateLeader(id: $id, input: { phone: "0812345678", birthDate: "1980-05-01" }) { id } }`,
      { id: first.id },
      admin,
    );
    expect(updated.errors).toBeUndefined();
    subject = { id: first.id, tambonCode, nationalId: first.nationalId, phone: "0812345678", birthDate: "1980-05-01", cohortYear: first.cohortYear };
  }, 120_000);

  afterAll(() => system?.stop());

  /** What a caller should see of each personal field when the path shows `seen`. */
  function expected(seen: Seen) {
    if (seen === "FULL") return { nationalId: subject.nationalId, phone: subject.phone, birthDate: subject.birthDate, birthYear: 2523 };
    return { nationalId: maskNationalId(subject.nationalId), phone: maskPhone(subject.phone), birthDate: null, birthYear: 2523 };
  }

  describe.each(FIELD_PATHS)("$name", (path) => {
    it.each(CALLERS)("%s", async (caller) => {
      const seen = RULE[caller].field;
      const answer = await ask(path.query(PERSONAL), variables(), headers[caller]);
      const row = path.pick(answer.data);
      if (seen === "REFUSED") {
        // Refused: FORBIDDEN, or the leader is simply not in the caller's lists; never a value.
        expect(row ?? null).toBeNull();
        if (path.name === "leader(id)" || caller.startsWith("PARTNER")) expect(errorCodes(answer)).toContain("FORBIDDEN");
      } else {
        expect(answer.errors).toBeUndefined();
        expect(row).toEqual({ id: subject.id, ...expected(seen) });
      }
      if (seen !== "FULL") expect(JSON.stringify(answer)).not.toContain(subject.nationalId);
    });
  });

  describe("names (a NAMED partner's whole view)", () => {
    it.each(CALLERS)("%s", async (caller) => {
      const answer = await ask(FIELD_PATHS[0].query("firstName lastName communityRole"), variables(), headers[caller]);
      const refused = caller === "PARTNER_AGGREGATE" || caller === "OTHER_OFFICER" || caller === "JUDGE";
      if (refused) expect(errorCodes(answer)).toEqual(["FORBIDDEN"]);
      else expect(answer.data!.leader).toMatchObject({ id: subject.id, firstName: expect.any(String), lastName: expect.any(String) });
    });

    it("an AGGREGATE key still counts leaders, and a NAMED key's reads of names are logged with the key, operation and purpose", async () => {
      const count = await ask<{ tambon: { leaders: { totalCount: number } } }>(
        "query Count($tambonCode: ID!) { tambon(code: $tambonCode) { leaders { totalCount } } }",
        variables(),
        headers.PARTNER_AGGREGATE,
      );
      expect(count.errors).toBeUndefined();
      expect(count.data!.tambon.leaders.totalCount).toBeGreaterThan(0);
      await ask("query PartnerNames($id: ID!) { leader(id: $id) { firstName lastName } }", variables(), headers.PARTNER_NAMED);
      const log = await ask<{ accessLogEntries: { nodes: Record<string, unknown>[] } }>(
        "query Log($f: AccessLogFilter) { accessLogEntries(filter: $f, page: { limit: 5 }) { nodes { actorId actorRole fields operation purpose } } }",
        { f: { leaderId: subject.id, actorId: identities.PARTNER_NAMED.id } },
        headers.ADMIN,
      );
      expect(log.data!.accessLogEntries.nodes[0]).toEqual({
        actorId: identities.PARTNER_NAMED.id,
        actorRole: "PARTNER",
        fields: "firstName,lastName",
        operation: "PartnerNames",
        purpose: "ทดสอบขอบเขตข้อมูล",
      });
    });
  });

  describe("_entities (how the gateway asks people for a Leader)", () => {
    it.each(CALLERS)("%s", async (caller) => {
      const people = system.subgraphs.people;
      const token = signSubgraphIdentity(identities[caller], system.store.config.jwtSecret);
      const answer = await graphql<{ _entities: (Record<string, unknown> | null)[] }>(
        people.url,
        `query E($r: [_Any!]!) { _entities(representations: $r) { ... on Leader { id ${PERSONAL} } } }`,
        { r: [{ __typename: "Leader", id: subject.id }] },
        { [IDENTITY_HEADER]: token },
      );
      const seen = RULE[caller].field;
      if (seen === "REFUSED") {
        expect(answer.data?._entities?.[0] ?? null).toBeNull();
        expect(errorCodes(answer)).toContain("FORBIDDEN");
      } else expect(answer.data!._entities[0]).toEqual({ id: subject.id, ...expected(seen) });
    });
  });

  describe("history before/after (peopleHistory)", () => {
    it.each(CALLERS)("%s", async (caller) => {
      const answer = await ask<{ peopleHistory: { nodes: { before: string | null; after: string | null }[] } }>(
        `query H($id: ID!) { peopleHistory(entityName: "Leader", entityId: $id) { nodes { before after } } }`,
        variables(),
        headers[caller],
      );
      if (RULE[caller].history === "REFUSED") {
        expect(errorCodes(answer)).toEqual(["FORBIDDEN"]);
        expect(JSON.stringify(answer)).not.toContain(subject.nationalId);
      } else {
        const snapshots = answer.data!.peopleHistory.nodes.flatMap((n) => [n.before, n.after]).filter(Boolean);
        expect(snapshots.some((s) => s!.includes(subject.nationalId))).toBe(true);
      }
    });
  });

  describe("leaderDataExport (the data subject's right of access)", () => {
    it.each(CALLERS)("%s", async (caller) => {
      const answer = await ask<{ leaderDataExport: { leader: string; history: string; accessLog: string; activities: string } }>(
        "mutation X($id: ID!) { leaderDataExport(id: $id) { leaderId leader history accessLog activities } }",
        variables(),
        headers[caller],
      );
      if (RULE[caller].export === "REFUSED") {
        expect(errorCodes(answer)).toContain("FORBIDDEN");
        expect(JSON.stringify(answer)).not.toContain(subject.nationalId);
      } else {
        expect(answer.errors).toBeUndefined();
        const exported = answer.data!.leaderDataExport;
        expect(JSON.parse(exported.leader)).toMatchObject({ id: subject.id, nationalId: subject.nationalId, phone: subject.phone });
        expect(JSON.parse(exported.history).length).toBeGreaterThan(0);
        expect(JSON.parse(exported.activities)).toEqual({ participations: expect.any(Array), engagementPosts: expect.any(Array) });
      }
    });
  });

  it("names no national ID in an error: a duplicate or a wrong check digit is refused by field, not by value", async () => {
    const wrongDigit = `${subject.nationalId.slice(0, 12)}${(Number(subject.nationalId[12]) + 1) % 10}`;
    for (const nationalId of [subject.nationalId, wrongDigit]) {
      const answer = await ask(
        "mutation C($input: LeaderInput!) { createLeader(input: $input) { id } }",
        { input: { title: "นาย", firstName: "ทดสอบ", lastName: "ซ้ำ", nationalId, tambonCode: subject.tambonCode, cohortYear: subject.cohortYear } },
        headers.ADMIN,
      );
      expect(errorCodes(answer).length).toBe(1);
      expect(answer.errors![0].extensions?.field).toBe("input.nationalId");
      expect(JSON.stringify(answer.errors)).not.toContain(nationalId);
    }
  });

  it("erases a leader on request: nothing identifying is left in the record or its history, and history says it happened", async () => {
    const created = await ask<{ createLeader: { id: string } }>(
      "mutation C($input: LeaderInput!) { createLeader(input: $input) { id } }",
      {
        input: {
          title: "นาง",
          firstName: "สมหวังลบ",
          lastName: "ข้อมูล",
          nationalId: "1101700203450",
          phone: "0899999999",
          tambonCode: subject.tambonCode,
          cohortYear: 2564,
        },
      },
      headers.ADMIN,
    );
    const id = created.data!.createLeader.id;
    const blank = await ask('mutation E($id: ID!) { eraseLeader(id: $id, reason: "  ") { id } }', { id }, headers.ADMIN);
    expect(blank.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "reason" });
    expect(errorCodes(await ask('mutation E($id: ID!) { eraseLeader(id: $id, reason: "x") { id } }', { id }, headers.OWN_OFFICER))).toEqual([
      "FORBIDDEN",
    ]);
    const erased = await ask<{ eraseLeader: Record<string, unknown> }>(
      'mutation E($id: ID!) { eraseLeader(id: $id, reason: "คำขอลบข้อมูลเลขที่ 12/2570") { firstName nationalId phone anonymisedAt } }',
      { id },
      headers.ADMIN,
    );
    expect(erased.data!.eraseLeader).toMatchObject({ firstName: "ไม่ระบุตัวตน", nationalId: "", phone: null, anonymisedAt: expect.any(String) });
    const again = await ask('mutation E($id: ID!) { eraseLeader(id: $id, reason: "ซ้ำ") { id } }', { id }, headers.ADMIN);
    expect(again.errors![0].extensions).toMatchObject({ code: "CONFLICT", rule: "ALREADY_ERASED" });
    const history = await ask<{ peopleHistory: { nodes: { action: string; before: string | null; after: string | null }[] } }>(
      `query H($id: ID!) { peopleHistory(entityName: "Leader", entityId: $id) { nodes { action before after } } }`,
      { id },
      headers.ADMIN,
    );
    const text = JSON.stringify(history.data);
    for (const gone of ["1101700203450", "0899999999", "สมหวังลบ"]) expect(text).not.toContain(gone);
    expect(history.data!.peopleHistory.nodes.map((n) => n.action)).toEqual(["CREATE", "ERASE"]);
    expect(JSON.parse(history.data!.peopleHistory.nodes[1].after!)).toMatchObject({ reason: "คำขอลบข้อมูลเลขที่ 12/2570" });
  });

  it("refuses an expired key as UNAUTHENTICATED, and a key without a purpose or with an expiry past two years on its field", async () => {
    const make = (args: string) => ask(`mutation { createApiKey(name: "ทดสอบ", ${args}) { key } }`, {}, headers.ADMIN);
    for (const [args, field] of [
      [`purpose: " "`, "purpose"],
      [`purpose: "สถิติรายจังหวัด", expiresAt: "2020-01-01T00:00:00+07:00"`, "expiresAt"],
      [`purpose: "สถิติรายจังหวัด", expiresAt: "${new Date(Date.now() + 3 * 366 * 86_400_000).toISOString()}"`, "expiresAt"],
    ]) {
      const answer = await make(args);
      expect(answer.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field, messageTh: expect.stringMatching(/[ก-๙]/) });
    }
    const soon = await ask<{ createApiKey: { key: string } }>(
      `mutation { createApiKey(name: "หมดอายุเร็ว", purpose: "ทดสอบวันหมดอายุ", expiresAt: "${new Date(Date.now() + 1500).toISOString()}") { key } }`,
      {},
      headers.ADMIN,
    );
    const key = { "x-api-key": soon.data!.createApiKey.key };
    expect((await ask("{ provinces { code } }", {}, key)).errors).toBeUndefined();
    await new Promise((resolve) => setTimeout(resolve, 1600));
    expect(errorCodes(await ask("{ provinces { code } }", {}, key))).toEqual(["UNAUTHENTICATED"]);
  });

  it("wrote no national ID and no phone number in any log line of all of the above", () => {
    expect(lines.length).toBeGreaterThan(50);
    const ids = lines.filter((line) => line.includes(subject.nationalId) || line.includes("1101700203450") || /(?<!\d)\d{13}(?!\d)/.test(line));
    expect(ids).toEqual([]);
    expect(lines.filter((line) => line.includes(subject.phone))).toEqual([]);
  });
});
