import { execFile } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { Role } from "@change-leaders/common";
import { type TestSubgraph, describeEachDatabase, errorCodes, graphql, startTestSubgraph } from "@change-leaders/common/testing";
import type { DataSource } from "typeorm";
import { peopleSubgraph } from "../../definition";
import { Leader, LeaderStatus } from "../../leader/leader.entity";
import { ANONYMISED_NAME } from "../retention.rules";
import { anonymiseWithdrawnLeaders } from "../retention.service";

const RUN = `mutation Run($dryRun: Boolean!) {
  anonymiseWithdrawnLeaders(dryRun: $dryRun) { dryRun retentionDays withdrawnBefore leadersAnonymised historyEntriesAnonymised }
}`;
const READ = `query Read($id: ID!) {
  leader(id: $id) { id title firstName lastName nationalId phone birthDate gender villageNo communityRole status cohortYear tambonCode withdrawnAt anonymisedAt }
}`;
const WITHDRAW = `mutation Withdraw($id: ID!, $input: LeaderUpdateInput!) { updateLeader(id: $id, input: $input) { id status withdrawnAt } }`;
const HISTORY = `query History($id: ID!) { history(entity: "Leader", id: $id) { action actorName before after } }`;

interface Report {
  anonymiseWithdrawnLeaders: { dryRun: boolean; retentionDays: number; leadersAnonymised: number; historyEntriesAnonymised: number };
}
type ReadLeader = Record<string, unknown> & {
  nationalId: string;
  phone: string | null;
  birthDate: string | null;
  firstName: string;
  lastName: string;
};

const DAY = 24 * 3600 * 1000;
const longAgo = () => new Date(Date.now() - 3 * 365 * DAY);

/** Every row of the tables that hold leaders' personal data, as text: equal text means nothing changed. */
async function dump(dataSource: DataSource): Promise<string> {
  const tables = await Promise.all(["leader", "history_entry", "access_log"].map((table) => dataSource.query(`SELECT * FROM ${table} ORDER BY id`)));
  return JSON.stringify(tables);
}

/** The rows that concern one leader, as text. */
async function rowsOf(dataSource: DataSource, id: string): Promise<string> {
  const rows = await Promise.all([
    dataSource.query("SELECT * FROM leader WHERE id = ?", [id]),
    dataSource.query("SELECT * FROM history_entry WHERE entity_id = ?", [id]),
    dataSource.query("SELECT * FROM access_log WHERE leader_id = ?", [id]),
  ]);
  return JSON.stringify(rows);
}

/** PDPA retention: withdrawn leaders lose their personal data after the retention period, nobody else does. */
describeEachDatabase("leader retention", (dialect) => {
  let people: TestSubgraph;
  let dataSource: DataSource;
  const admin = () => people.as({ role: Role.ADMIN, id: "admin-1", name: "Admin One" });
  /** due: withdrawn three years ago; legacy: withdrawn before withdrawn_at existed, last changed three years ago; recent: withdrawn today; active: never withdrawn. */
  const ids = { due: "", legacy: "", recent: "", active: "" };
  const personal: Record<string, ReadLeader> = {};

  const read = async (id: string) => (await graphql<{ leader: ReadLeader }>(people.url, READ, { id }, admin())).data!.leader;
  const setTimes = (id: string, values: Partial<Pick<Leader, "withdrawnAt" | "updatedAt">>) =>
    dataSource.createQueryBuilder().update(Leader).set(values).where("id = :id", { id }).execute();

  beforeAll(async () => {
    people = await startTestSubgraph(peopleSubgraph, dialect);
    dataSource = people.subgraph.dataSource;
    const actives = await dataSource.manager.find(Leader, { where: { status: LeaderStatus.ACTIVE }, order: { id: "ASC" }, take: 4 });
    [ids.due, ids.legacy, ids.recent, ids.active] = actives.map((leader) => leader.id);
    for (const [i, id] of [ids.due, ids.legacy, ids.recent].entries()) {
      const input = { status: "WITHDRAWN", phone: `089000000${i}`, birthDate: `1970-0${i + 1}-1${i}` };
      const answer = await graphql(people.url, WITHDRAW, { id, input }, admin());
      expect(answer.errors).toBeUndefined();
    }
    // The staff reads (national ID and phone) go to the access log.
    for (const [name, id] of Object.entries(ids)) personal[name] = await read(id);
    await setTimes(ids.due, { withdrawnAt: longAgo() });
    await setTimes(ids.legacy, { withdrawnAt: null, updatedAt: longAgo() });
    await setTimes(ids.active, { updatedAt: longAgo() });
  });
  afterAll(() => people?.stop());

  it("counts when the leader was withdrawn", async () => {
    const recent = await read(ids.recent);
    expect(recent.status).toBe("WITHDRAWN");
    expect(Math.abs(Date.parse(String(recent.withdrawnAt)) - Date.now())).toBeLessThan(60_000);
    expect((await read(ids.active)).withdrawnAt).toBeNull();
  });

  it.each([Role.PROVINCE_OFFICER, Role.INSPECTOR, Role.JUDGE, Role.BUDGET_OFFICER, Role.EXECUTIVE, Role.PARTNER])(
    "refuses a %s with FORBIDDEN and changes nothing",
    async (role) => {
      const before = await dump(dataSource);
      for (const dryRun of [true, false]) {
        const answer = await graphql(people.url, RUN, { dryRun }, people.as({ role, provinceCode: "22", regionCode: "9" }));
        expect(errorCodes(answer)).toEqual(["FORBIDDEN"]);
      }
      expect(await dump(dataSource)).toBe(before);
    },
  );

  it("a dry run counts the leaders due and changes nothing", async () => {
    const before = await dump(dataSource);
    const answer = await graphql<Report>(people.url, RUN, { dryRun: true }, admin());
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.anonymiseWithdrawnLeaders).toMatchObject({ dryRun: true, retentionDays: 730, leadersAnonymised: 2 });
    expect(answer.data!.anonymiseWithdrawnLeaders.historyEntriesAnonymised).toBeGreaterThanOrEqual(2);
    expect(await dump(dataSource)).toBe(before);
  });

  it("anonymises the leaders withdrawn long enough: their personal data is readable nowhere, their counts stay", async () => {
    const untouched = { recent: await rowsOf(dataSource, ids.recent), active: await rowsOf(dataSource, ids.active) };
    const answer = await graphql<Report>(people.url, RUN, { dryRun: false }, admin());
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.anonymiseWithdrawnLeaders).toMatchObject({ dryRun: false, leadersAnonymised: 2 });
    for (const name of ["due", "legacy"] as const) {
      const was = personal[name];
      const now = await read(ids[name]);
      expect(now).toMatchObject({
        title: "",
        firstName: ANONYMISED_NAME,
        lastName: ANONYMISED_NAME,
        nationalId: "",
        phone: null,
        birthDate: null,
        gender: null,
        villageNo: null,
        communityRole: null,
        status: "WITHDRAWN",
        cohortYear: was.cohortYear,
        tambonCode: was.tambonCode,
      });
      expect(now.anonymisedAt).not.toBeNull();
      const rows = await rowsOf(dataSource, ids[name]);
      for (const value of [was.nationalId, was.phone, was.birthDate, was.firstName, was.lastName]) expect(rows).not.toContain(value);
      expect(await dump(dataSource)).not.toContain(was.nationalId);
      const history = (await graphql<{ history: { action: string; actorName: string }[] }>(people.url, HISTORY, { id: ids[name] }, admin())).data!
        .history;
      expect(history.at(-1)).toMatchObject({ action: "ANONYMISE", actorName: "Admin One" });
    }
    // The access log keeps who read when, and never held the values.
    const reads = await dataSource.query("SELECT COUNT(*) AS n FROM access_log WHERE leader_id = ?", [ids.due]);
    expect(Number(reads[0].n)).toBeGreaterThan(0);
    expect(await rowsOf(dataSource, ids.recent)).toBe(untouched.recent);
    expect(await rowsOf(dataSource, ids.active)).toBe(untouched.active);
  });

  it("leaves no copy of an anonymised national ID or phone in the SQLite files (the job checkpoints the log)", async () => {
    if (dialect !== "sqlite") return; // on MySQL what remains (binlog, undo, backups) is in docs/data-map.md
    const file = String(dataSource.options.database);
    const bytes = Buffer.concat([file, `${file}-wal`].filter((name) => fs.existsSync(name)).map((name) => fs.readFileSync(name)));
    expect(bytes.includes(Buffer.from(personal.recent.nationalId))).toBe(true); // the search would find one
    for (const name of ["due", "legacy"] as const) {
      for (const value of [personal[name].nationalId, personal[name].phone!]) expect(bytes.includes(Buffer.from(value))).toBe(false);
    }
  });

  it("a second run finds nothing and changes nothing", async () => {
    const before = await dump(dataSource);
    const answer = await graphql<Report>(people.url, RUN, { dryRun: false }, admin());
    expect(answer.data!.anonymiseWithdrawnLeaders).toMatchObject({ leadersAnonymised: 0, historyEntriesAnonymised: 0 });
    expect(await dump(dataSource)).toBe(before);
  });

  it("two replicas running at once anonymise each leader once", async () => {
    await setTimes(ids.recent, { withdrawnAt: longAgo() });
    const runs = await Promise.all([1, 2].map(() => anonymiseWithdrawnLeaders(dataSource, { retentionDays: 730, dryRun: false })));
    expect(runs.map((run) => run.leaders).sort()).toEqual([0, 1]);
    const entries = await dataSource.query("SELECT COUNT(*) AS n FROM history_entry WHERE entity_id = ? AND action = 'ANONYMISE'", [ids.recent]);
    expect(Number(entries[0].n)).toBe(1);
    expect((await read(ids.recent)).nationalId).toBe("");
  });

  it("the command the CronJob runs anonymises too, and says what it did in one JSON line", async () => {
    await setTimes(ids.active, { withdrawnAt: longAgo() });
    await dataSource.createQueryBuilder().update(Leader).set({ status: LeaderStatus.WITHDRAWN }).where("id = :id", { id: ids.active }).execute();
    const cli = path.resolve(__dirname, "../../../dist/retention/cli.js");
    const env = {
      PATH: process.env.PATH,
      NODE_ENV: "test",
      LOG_LEVEL: "info",
      DATA_DIR: people.store.config.dataDir,
      DATABASE_URL: people.store.config.databaseUrl ?? "",
    };
    const dry = await promisify(execFile)(process.execPath, [cli, "--dry-run"], { env });
    expect(JSON.parse(dry.stdout.trim())).toMatchObject({ msg: "retention job dry run", dryRun: true, leaders: 1 });
    expect((await read(ids.active)).nationalId).toBe(personal.active.nationalId);
    const run = await promisify(execFile)(process.execPath, [cli], { env });
    expect(JSON.parse(run.stdout.trim())).toMatchObject({ msg: "retention job ran", dryRun: false, leaders: 1, retentionDays: 730 });
    expect((await read(ids.active)).nationalId).toBe("");
  });
});
