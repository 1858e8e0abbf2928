import crypto from "node:crypto";
import { HistoryEntry } from "@change-leaders/common";
import { type GraphQLResponse, describeEachDatabase, errorCodes, graphql } from "@change-leaders/common/testing";
import { In } from "typeorm";
import { type TestSystem, startSystem } from "./support/system";

/**
 * A bulk import is audited by one import record (who, when, the file's SHA-256, the counts), not by a
 * history entry per leader: each leader it wrote names the record, and its history opens with the
 * import, made from that record and the leader's values as imported. Only admins read it; nobody
 * else receives a leader's personal data through it, and erasure leaves none in it.
 */

/** A valid Thai national ID (mod-11 check digit) from 12 digits. */
function nationalId(first12: string) {
  const sum = first12.split("").reduce((acc, digit, i) => acc + Number(digit) * (13 - i), 0);
  return first12 + String((11 - (sum % 11)) % 10);
}

const HEADER = "คำนำหน้า,ชื่อ,นามสกุล,เลขประจำตัวประชาชน,โทรศัพท์,วันเกิด,รหัสตำบล,รุ่นปี";
const ROWS = [
  { firstName: "นำเข้าหนึ่ง", nationalId: nationalId("310990088001"), phone: "0891110001", tambonCode: "220101" },
  { firstName: "นำเข้าสอง", nationalId: nationalId("310990088002"), phone: "0891110002", tambonCode: "220102" },
  { firstName: "นำเข้าสาม", nationalId: nationalId("310990088003"), phone: "0891110003", tambonCode: "220101" },
];
const CSV = `\uFEFF${HEADER}\r\n${ROWS.map((r) => `นาง,${r.firstName},ประวัตินำเข้า,${r.nationalId},${r.phone},15/03/2518,${r.tambonCode},2566`).join("\r\n")}\r\n`;

interface Entry {
  id: string;
  action: string;
  actorId: string | null;
  actorName: string | null;
  actorRole: string | null;
  requestId: string | null;
  at: string;
  importId: string | null;
  fileSha256: string | null;
  before: string | null;
  after: string | null;
}

describeEachDatabase("a leader import's audit record", (dialect) => {
  let system: TestSystem;
  const as: Record<string, Record<string, string>> = {};
  let report: { ok: boolean; createdCount: number; leaderIds: string[]; importId: string | null };
  let startedAt: number;

  const ask = <T>(query: string, variables: Record<string, unknown>, headers: Record<string, string>) =>
    graphql<T>(system.url, query, variables, headers) as Promise<GraphQLResponse<T>>;
  const people = () => system.subgraphs.people.subgraph.dataSource;
  const importRecords = async () => Number((await people().query("SELECT COUNT(*) AS n FROM leader_import"))[0].n);
  const history = async (id: string, headers = as.admin) => (await ask<{ history: Entry[] }>(HISTORY, { id }, headers)).data!.history;

  beforeAll(async () => {
    system = await startSystem(dialect);
    as.admin = await system.loginAs("admin");
    as.officer = await system.loginAs("officer.chanthaburi");
    as.executive = await system.loginAs("executive");
    const other = await ask(
      "mutation A($input: AccountInput!) { createAccount(input: $input) { id } }",
      {
        input: {
          username: "officer.chonburi.imp",
          password: "Import-audit-2570!",
          displayName: "เจ้าหน้าที่ชลบุรี",
          role: "PROVINCE_OFFICER",
          provinceCode: "20",
        },
      },
      as.admin,
    );
    expect(other.errors).toBeUndefined();
    as.otherOfficer = await system.loginAs("officer.chonburi.imp", "Import-audit-2570!");
    for (const scope of ["AGGREGATE", "NAMED"]) {
      const key = await ask<{ createApiKey: { key: string } }>(
        `mutation K($scope: PartnerScope!) { createApiKey(name: "ภาคี ${scope}", purpose: "ทดสอบประวัติการนำเข้า", scope: $scope) { key } }`,
        { scope },
        as.admin,
      );
      as[`partner${scope}`] = { "x-api-key": key.data!.createApiKey.key };
    }
    startedAt = Date.now();
    const answer = await ask<{ importLeaders: typeof report }>(IMPORT, { csv: CSV, dryRun: false }, as.officer);
    expect(answer.errors).toBeUndefined();
    report = answer.data!.importLeaders;
    expect(report).toMatchObject({ ok: true, createdCount: 3, importId: expect.any(String) });
  }, 120_000);

  afterAll(() => system?.stop());

  it("writes one import record and no history entry per leader", async () => {
    expect(await people().manager.countBy(HistoryEntry, { entityName: "Leader", entityId: In(report.leaderIds) })).toBe(0);
    const record = await ask<{ leaderImport: Record<string, unknown> }>(LEADER_IMPORT, { id: report.importId }, as.admin);
    expect(record.errors).toBeUndefined();
    expect(record.data!.leaderImport).toEqual({
      id: report.importId,
      actorName: expect.any(String),
      actorRole: "PROVINCE_OFFICER",
      requestId: expect.any(String),
      at: expect.any(String),
      fileKind: "csv",
      fileSha256: crypto.createHash("sha256").update(CSV).digest("hex"),
      rowCount: 3,
      createdCount: 3,
      leaderIds: [...report.leaderIds].sort(),
    });
    // the record holds nobody's personal data: no national ID, phone or name of the leaders it wrote
    const [row] = await people().query("SELECT * FROM leader_import WHERE id = ?", [report.importId]);
    for (const leader of ROWS)
      for (const value of [leader.nationalId, leader.phone, leader.firstName]) expect(JSON.stringify(row)).not.toContain(value);
  });

  it("opens each imported leader's history with the import: who, when, the request, the file's hash and the leader as imported", async () => {
    const [officer] = await people().query("SELECT id FROM account WHERE username = 'officer.chanthaburi'");
    for (const [i, id] of report.leaderIds.entries()) {
      const entries = await history(id);
      expect(entries).toHaveLength(1);
      const [opening] = entries;
      expect(opening).toMatchObject({
        action: "IMPORT",
        actorId: officer.id,
        actorName: "officer.chanthaburi",
        actorRole: "PROVINCE_OFFICER",
        requestId: expect.any(String),
        importId: report.importId,
        fileSha256: crypto.createHash("sha256").update(CSV).digest("hex"),
        before: null,
      });
      expect(Date.parse(opening.at)).toBeGreaterThanOrEqual(startedAt - 1000);
      expect(Date.parse(opening.at)).toBeLessThanOrEqual(Date.now());
      // an admin reads the leader as imported in full, and that read is logged like any history read
      expect(JSON.parse(opening.after!)).toMatchObject({
        id,
        firstName: ROWS[i].firstName,
        nationalId: ROWS[i].nationalId,
        phone: ROWS[i].phone,
        birthDate: "1975-03-15",
        provinceCode: "22",
        version: 1,
      });
    }
    const log = await ask<{ accessLog: { fields: string }[] }>(ACCESS_LOG, { id: report.leaderIds[0] }, as.admin);
    expect(log.data!.accessLog.map((entry) => entry.fields)).toContain("birthDate,nationalId,phone");
  });

  it("keeps the import's values first after an edit, and pages the import as entry 0", async () => {
    const id = report.leaderIds[1];
    const updated = await ask(UPDATE, { id, input: { phone: "0899990002" } }, as.officer);
    expect(updated.errors).toBeUndefined();
    const entries = await history(id);
    expect(entries.map((entry) => entry.action)).toEqual(["IMPORT", "UPDATE"]);
    expect(JSON.parse(entries[0].after!)).toMatchObject({ phone: ROWS[1].phone, version: 1 });
    expect(JSON.parse(entries[1].after!)).toMatchObject({ phone: "0899990002", version: 2 });
    const page = (offset: number) =>
      ask<{ peopleHistory: { totalCount: number; nodes: { action: string }[] } }>(PEOPLE_HISTORY, { id, page: { limit: 1, offset } }, as.admin);
    expect((await page(0)).data!.peopleHistory).toEqual({ totalCount: 2, nodes: [{ action: "IMPORT" }] });
    expect((await page(1)).data!.peopleHistory).toEqual({ totalCount: 2, nodes: [{ action: "UPDATE" }] });
  });

  it("gives an officer of another province, an executive and partners nothing of it", async () => {
    const id = report.leaderIds[0];
    for (const caller of ["otherOfficer", "officer", "executive", "partnerAGGREGATE", "partnerNAMED"]) {
      for (const [query, variables] of [
        [HISTORY, { id }],
        [PEOPLE_HISTORY, { id, page: { limit: 5, offset: 0 } }],
        [LEADER_IMPORT, { id: report.importId }],
      ] as const) {
        const answer = await ask(query, variables, as[caller]);
        expect({ caller, codes: errorCodes(answer) }).toEqual({ caller, codes: ["FORBIDDEN"] });
        for (const value of [ROWS[0].nationalId, ROWS[0].phone]) expect(JSON.stringify(answer)).not.toContain(value);
      }
    }
  });

  it("writes no import record on a dry run, nor for a file with a bad row", async () => {
    const before = await importRecords();
    const fresh = `${HEADER}\nนาย,ทดลองแห้ง,นำเข้า,${nationalId("310990088009")},0891110009,01/01/2520,220101,2566`;
    const dry = await ask<{ importLeaders: typeof report }>(IMPORT, { csv: fresh, dryRun: true }, as.officer);
    expect(dry.data!.importLeaders).toMatchObject({ ok: true, createdCount: 0, importId: null });
    const bad = await ask<{ importLeaders: typeof report }>(IMPORT, { csv: `${fresh}\nนาย,ผิด,เลข,1101700230705,,,220101,2566` }, as.officer);
    expect(bad.data!.importLeaders).toMatchObject({ ok: false, createdCount: 0, importId: null });
    expect(await importRecords()).toBe(before);
  });

  it("leaves no personal data in an erased leader's import entry", async () => {
    const id = report.leaderIds[2];
    const erased = await ask(ERASE, { id }, as.admin);
    expect(erased.errors).toBeUndefined();
    const entries = await history(id);
    expect(entries.map((entry) => entry.action)).toEqual(["IMPORT", "ERASE"]);
    expect(entries[0]).toMatchObject({ importId: report.importId, fileSha256: expect.any(String) });
    const text = JSON.stringify(entries);
    for (const value of [ROWS[2].nationalId, ROWS[2].phone, ROWS[2].firstName, "1975-03-15"]) expect(text).not.toContain(value);
    expect(JSON.parse(entries[0].after!)).toMatchObject({ firstName: "ไม่ระบุตัวตน", nationalId: "", phone: null, birthDate: null });
    // the data-subject export of another imported leader carries the import too
    const exported = await ask<{ leaderDataExport: { history: string } }>(EXPORT, { id: report.leaderIds[0] }, as.admin);
    expect(exported.errors).toBeUndefined();
    expect(JSON.parse(exported.data!.leaderDataExport.history)[0]).toMatchObject({ action: "IMPORT", fileSha256: expect.any(String) });
  });
});

const IMPORT = `mutation ImportLeaders($csv: String!, $dryRun: Boolean) {
  importLeaders(csv: $csv, dryRun: $dryRun) { ok createdCount leaderIds importId errors { row field } }
}`;
const HISTORY = `query History($id: ID!) {
  history(entity: "Leader", id: $id) { id action actorId actorName actorRole requestId at importId fileSha256 before after }
}`;
const PEOPLE_HISTORY = `query PeopleHistory($id: ID!, $page: PageInput) {
  peopleHistory(entityName: "Leader", entityId: $id, page: $page) { totalCount nodes { action } }
}`;
const LEADER_IMPORT = `query LeaderImport($id: ID!) {
  leaderImport(id: $id) { id actorName actorRole requestId at fileKind fileSha256 rowCount createdCount leaderIds }
}`;
const ACCESS_LOG = `query AccessLog($id: ID!) { accessLog(leaderId: $id) { fields } }`;
const UPDATE = `mutation UpdateLeader($id: ID!, $input: LeaderUpdateInput!) { updateLeader(id: $id, input: $input) { id version } }`;
const ERASE = `mutation EraseLeader($id: ID!) { eraseLeader(id: $id, reason: "คำขอลบข้อมูลเลขที่ 19/2570") { id } }`;
const EXPORT = `mutation LeaderDataExport($id: ID!) { leaderDataExport(id: $id) { history } }`;
