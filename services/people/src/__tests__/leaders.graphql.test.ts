import crypto from "node:crypto";
import { HistoryEntry, Role, discloseSnapshot, maskNationalId, maskPhone } from "@change-leaders/common";
import { DEMO_LEADERS_PER_TAMBON, DEMO_TARGET_TAMBONS, demoLeaderId } from "@change-leaders/common/demo";
import { StatementCounter, type TestSubgraph, describeEachDatabase, errorCodes, graphql, startTestSubgraph } from "@change-leaders/common/testing";
import { AccessLogEntry } from "../audit/access-log.entity";
import { peopleSubgraph } from "../definition";
import { Leader } from "../leader/leader.entity";
import { importOpening } from "../leader/leader.import";
import { LeaderImport } from "../leader/leader.import.entity";
import { syntheticNationalId } from "../seed/demo-leaders";

const OFFICER_22 = { role: Role.PROVINCE_OFFICER, provinceCode: "22", id: "officer-22", name: "officer.chanthaburi" };
const OFFICER_21 = { role: Role.PROVINCE_OFFICER, provinceCode: "21", id: "officer-21", name: "officer.rayong" };

let serial = 5_000_000;
/** A fresh, checksum-valid, obviously synthetic national ID. */
const newNationalId = () => syntheticNationalId(serial++);

const leaderInput = (overrides: Record<string, unknown> = {}) => ({
  title: "นาย",
  firstName: "ทดสอบ",
  lastName: "ระบบดี",
  gender: "MALE",
  birthDate: "1980-05-17",
  nationalId: newNationalId(),
  phone: "081-234-5678",
  communityRole: "อาสาพัฒนาชุมชน",
  tambonCode: "220103",
  villageNo: 4,
  cohortYear: 2565,
  ...overrides,
});

describeEachDatabase("people subgraph: leaders", (dialect) => {
  let people: TestSubgraph;
  const leaders = () => people.subgraph.dataSource.manager.count(Leader, { withDeleted: true });
  const admin = () => people.as({ role: Role.ADMIN, id: "admin-1", name: "admin" });
  const ask = <T = Record<string, unknown>>(query: string, variables: Record<string, unknown>, headers: Record<string, string>) =>
    graphql<T>(people.url, query, variables, headers);
  const create = async (input: Record<string, unknown>, headers = admin()) => {
    const answer = await ask<{ createLeader: { id: string; version: number } }>(CREATE_LEADER, { input }, headers);
    expect(answer.errors).toBeUndefined();
    return answer.data!.createLeader;
  };

  beforeAll(async () => {
    people = await startTestSubgraph(peopleSubgraph, dialect);
  });
  afterAll(() => people?.stop());

  describe("reference data and demo seed", () => {
    it("has the 18 FY 2564 inspection regions covering each of the 77 provinces once, Chanthaburi in region 9", async () => {
      const answer = await ask<{
        inspectionRegions: { code: string; fiscalYear: number; nameTh: string; provinceCodes: string[] }[];
        provinces: { code: string }[];
      }>(REGIONS, { fiscalYear: 2564 }, people.as({ role: Role.PARTNER }));
      expect(answer.errors).toBeUndefined();
      const regions = answer.data!.inspectionRegions;
      expect(regions.map((r) => r.code)).toEqual(Array.from({ length: 18 }, (_, i) => String(i + 1)));
      const all = regions.flatMap((r) => r.provinceCodes).sort();
      expect(all).toEqual(answer.data!.provinces.map((p) => p.code).sort());
      expect(regions.find((r) => r.code === "9")!.provinceCodes).toContain("22");
      expect(regions.some((r) => r.provinceCodes.includes("45"))).toBe(true);
      expect((await ask<{ inspectionRegions: unknown[] }>(REGIONS, { fiscalYear: 2599 }, admin())).data!.inspectionRegions).toEqual([]);
    });

    it("seeds 15 leaders in each of Chanthaburi's 11 target tambons with the shared ids, resolvable as entities in one statement", async () => {
      const representations = DEMO_TARGET_TAMBONS.flatMap((_, t) =>
        Array.from({ length: DEMO_LEADERS_PER_TAMBON }, (_, n) => ({ __typename: "Leader", id: demoLeaderId(t, n) })),
      );
      const counter = new StatementCounter();
      Object.assign(people.subgraph.dataSource, { logger: counter });
      const answer = await ask<{ _entities: { id: string; tambonCode: string; status: string; cohortYear: number }[] }>(
        ENTITIES,
        { r: [...representations, ...representations] },
        people.as({ role: Role.EXECUTIVE }),
      );
      expect(answer.errors).toBeUndefined();
      expect(counter.count).toBe(1);
      const found = answer.data!._entities.slice(0, representations.length);
      expect(found).toHaveLength(165);
      found.forEach((leader, i) => {
        expect(leader).toMatchObject({ id: representations[i].id, tambonCode: DEMO_TARGET_TAMBONS[Math.floor(i / 15)], cohortYear: 2564 });
      });
    });

    it("gives demo leaders checksum-valid national IDs that start with 00000", async () => {
      const answer = await ask<{ leader: { nationalId: string; phone: string } }>(LEADER_PERSONAL, { id: demoLeaderId(3, 7) }, admin());
      expect(answer.data!.leader.nationalId).toMatch(/^00000\d{8}$/);
      expect(answer.data!.leader.phone).toMatch(/^08\d{8}$/);
    });
  });

  describe("create, update, delete", () => {
    it("creates a leader with normalised fields and history", async () => {
      const nationalId = newNationalId();
      const answer = await ask<{ createLeader: Record<string, unknown> }>(
        CREATE_LEADER,
        {
          input: leaderInput({ nationalId: `${nationalId.slice(0, 1)}-${nationalId.slice(1, 5)}-${nationalId.slice(5)}`, phone: "+66 81 234 5678" }),
        },
        admin(),
      );
      expect(answer.errors).toBeUndefined();
      expect(answer.data!.createLeader).toMatchObject({
        nationalId,
        phone: "0812345678",
        birthDate: "1980-05-17",
        tambonCode: "220103",
        tambon: { nameTh: expect.any(String), district: { code: "2201" } },
        status: "ACTIVE",
        version: 1,
      });
      const history = await people.subgraph.dataSource.manager.findBy(HistoryEntry, { entityId: answer.data!.createLeader.id as string });
      expect(history.map((h) => [h.action, h.actorName])).toEqual([["CREATE", "admin"]]);
    });

    it("allows one leader per national ID per fiscal year (CONFLICT, nothing written)", async () => {
      const nationalId = newNationalId();
      await create(leaderInput({ nationalId, cohortYear: 2565 }));
      const before = await leaders();
      const again = await ask(CREATE_LEADER, { input: leaderInput({ nationalId, cohortYear: 2565, firstName: "อีกคน" }) }, admin());
      expect(errorCodes(again)).toEqual(["CONFLICT"]);
      expect(again.errors![0].extensions!.field).toBe("input.nationalId");
      expect(await leaders()).toBe(before);
      await create(leaderInput({ nationalId, cohortYear: 2566 }));
      expect(await leaders()).toBe(before + 1);
    });

    const BAD_INPUTS: [string, Record<string, unknown>, string][] = [
      ["a national ID with a wrong check digit", { nationalId: "1101700230705" }, "input.nationalId"],
      ["a 12-digit national ID", { nationalId: "110170023070" }, "input.nationalId"],
      ["a phone that is not Thai", { phone: "12345" }, "input.phone"],
      ["a tambon that does not exist", { tambonCode: "229999" }, "input.tambonCode"],
      ["a tambon code that is not six digits", { tambonCode: "22010" }, "input.tambonCode"],
      ["a birth date in the future", { birthDate: "2999-01-01" }, "input.birthDate"],
      ["a birth date that is no date", { birthDate: "2021-02-30" }, "birthDate"],
      ["a Gregorian cohort year", { cohortYear: 2021 }, "input.cohortYear"],
      ["an empty first name", { firstName: "" }, "input.firstName"],
      ["a blank last name", { lastName: "   " }, "input.lastName"],
      ["village 0", { villageNo: 0 }, "input.villageNo"],
    ];
    it.each(BAD_INPUTS)("refuses %s with BAD_USER_INPUT on its field and writes nothing", async (_, overrides, field) => {
      const before = await leaders();
      const answer = await ask(CREATE_LEADER, { input: leaderInput(overrides) }, admin());
      expect(errorCodes(answer)).toEqual(["BAD_USER_INPUT"]);
      expect(String(answer.errors![0].extensions!.field ?? answer.errors![0].message)).toContain(field);
      expect(await leaders()).toBe(before);
    });

    it("updates with expectedVersion, and answers CONFLICT to a stale one without changing the leader", async () => {
      const leader = await create(leaderInput());
      const first = await ask<{ updateLeader: { version: number; lastName: string } }>(
        UPDATE_LEADER,
        { id: leader.id, input: { lastName: "เปลี่ยนแล้ว" }, expectedVersion: 1 },
        admin(),
      );
      expect(first.errors).toBeUndefined();
      expect(first.data!.updateLeader).toEqual({ version: 2, lastName: "เปลี่ยนแล้ว" });
      const stale = await ask(UPDATE_LEADER, { id: leader.id, input: { lastName: "ทับ" }, expectedVersion: 1 }, admin());
      expect(errorCodes(stale)).toEqual(["CONFLICT"]);
      const now = await people.subgraph.dataSource.manager.findOneByOrFail(Leader, { id: leader.id });
      expect([now.lastName, now.version]).toEqual(["เปลี่ยนแล้ว", 2]);
    });

    it("lets exactly one of 10 concurrent updates with the same expectedVersion win", async () => {
      const leader = await create(leaderInput());
      const answers = await Promise.all(
        Array.from({ length: 10 }, (_, i) => ask(UPDATE_LEADER, { id: leader.id, input: { firstName: `พร้อมกัน${i}` }, expectedVersion: 1 }, admin())),
      );
      const codes = answers.map((a) => errorCodes(a)[0] ?? "OK");
      expect(codes.filter((c) => c === "OK")).toHaveLength(1);
      expect(codes.filter((c) => c === "CONFLICT")).toHaveLength(9);
      expect((await people.subgraph.dataSource.manager.findOneByOrFail(Leader, { id: leader.id })).version).toBe(2);
    });

    it.each([
      ["an unknown leader", () => "00000000-0000-4000-8000-000000000000", { lastName: "x" }, "NOT_FOUND"],
      ["a bad national ID", null, { nationalId: "1234" }, "BAD_USER_INPUT"],
      ["a bad phone", null, { phone: "0" }, "BAD_USER_INPUT"],
    ])("refuses an update of %s and changes nothing", async (_, id, input, code) => {
      const leader = await create(leaderInput());
      const answer = await ask(UPDATE_LEADER, { id: id ? id() : leader.id, input }, admin());
      expect(errorCodes(answer)).toEqual([code]);
      expect((await people.subgraph.dataSource.manager.findOneByOrFail(Leader, { id: leader.id })).version).toBe(1);
    });

    it("deletes softly: gone from lookups, row and history kept, national ID free again for that year", async () => {
      const nationalId = newNationalId();
      const leader = await create(leaderInput({ nationalId }));
      const before = await leaders();
      expect((await ask<{ deleteLeader: boolean }>(DELETE_LEADER, { id: leader.id }, admin())).data!.deleteLeader).toBe(true);
      expect((await ask<{ leader: unknown }>(LEADER, { id: leader.id }, admin())).data!.leader).toBeNull();
      expect(errorCodes(await ask(DELETE_LEADER, { id: leader.id }, admin()))).toEqual(["NOT_FOUND"]);
      expect(await leaders()).toBe(before);
      const history = await ask<{ history: { action: string; before: string | null }[] }>(HISTORY, { entity: "Leader", id: leader.id }, admin());
      expect(history.data!.history.map((h) => h.action)).toEqual(["CREATE", "DELETE"]);
      expect(JSON.parse(history.data!.history[1].before!)).toMatchObject({ nationalId });
      await create(leaderInput({ nationalId }));
    });
  });

  describe("access rules", () => {
    it("confines a province officer to their province: lists filtered, other leaders refused, creates elsewhere refused", async () => {
      const rayong = await create(leaderInput({ tambonCode: "210101" }));
      const list = await ask<{ leaders: { totalCount: number; nodes: { provinceCode: string }[] } }>(
        LEADERS,
        { filter: {}, page: { limit: 500 } },
        people.as(OFFICER_22),
      );
      expect(list.data!.leaders.totalCount).toBeGreaterThanOrEqual(165);
      expect(new Set(list.data!.leaders.nodes.map((l) => l.provinceCode))).toEqual(new Set(["22"]));
      expect(
        (await ask<{ leaders: { totalCount: number } }>(LEADERS, { filter: { provinceCode: "21" } }, people.as(OFFICER_22))).data!.leaders.totalCount,
      ).toBe(0);
      expect(errorCodes(await ask(LEADER, { id: rayong.id }, people.as(OFFICER_22)))).toEqual(["FORBIDDEN"]);
      const before = await leaders();
      expect(errorCodes(await ask(CREATE_LEADER, { input: leaderInput({ tambonCode: "210101" }) }, people.as(OFFICER_22)))).toEqual(["FORBIDDEN"]);
      expect(errorCodes(await ask(UPDATE_LEADER, { id: rayong.id, input: { lastName: "x" } }, people.as(OFFICER_22)))).toEqual(["FORBIDDEN"]);
      expect(errorCodes(await ask(UPDATE_LEADER, { id: demoLeaderId(0, 1), input: { tambonCode: "210101" } }, people.as(OFFICER_22)))).toEqual([
        "FORBIDDEN",
      ]);
      expect(errorCodes(await ask(DELETE_LEADER, { id: rayong.id }, people.as(OFFICER_22)))).toEqual(["FORBIDDEN"]);
      expect(await leaders()).toBe(before);
      expect(errorCodes(await ask(LEADER, { id: demoLeaderId(0, 0) }, people.as(OFFICER_21)))).toEqual(["FORBIDDEN"]);
      expect((await ask<{ leader: { id: string } }>(LEADER, { id: rayong.id }, people.as(OFFICER_21))).data!.leader.id).toBe(rayong.id);
    });

    it("never gives a partner national ID, phone or birth date, and lets a partner change nothing", async () => {
      // Whatever the key's scope, an operation that asks for personal data is refused whole, naming the field.
      for (const scope of ["AGGREGATE", "NAMED"]) {
        const answer = await ask<{ leader: Record<string, unknown> | null }>(
          LEADER_PERSONAL,
          { id: demoLeaderId(0, 0) },
          people.as({ role: Role.PARTNER, scope }),
        );
        expect(answer.data ?? null).toBeNull();
        expect(errorCodes(answer)).toEqual(["FORBIDDEN"]);
        expect(answer.errors![0].extensions).toMatchObject({
          field: expect.stringMatching(/^(Query|Leader)\./),
          messageTh: expect.stringContaining("ไม่ได้"),
        });
        expect(JSON.stringify(answer)).not.toMatch(/00000\d{8}/);
      }
      const before = await leaders();
      for (const [query, variables] of [
        [CREATE_LEADER, { input: leaderInput() }],
        [UPDATE_LEADER, { id: demoLeaderId(0, 0), input: { lastName: "x" } }],
        [DELETE_LEADER, { id: demoLeaderId(0, 0) }],
        [IMPORT, { csv: "title,firstName\n", dryRun: true }],
      ] as const) {
        expect(errorCodes(await ask(query, variables, people.as({ role: Role.PARTNER })))).toEqual(["FORBIDDEN"]);
      }
      expect(await leaders()).toBe(before);
    });

    it("logs staff reads of national ID or phone: one row per leader read, written in one INSERT", async () => {
      const logs = () => people.subgraph.dataSource.manager.count(AccessLogEntry);
      const before = await logs();
      const counter = new StatementCounter();
      Object.assign(people.subgraph.dataSource, { logger: counter });
      const answer = await ask<{ leaders: { nodes: { nationalId: string; phone: string }[] } }>(
        LEADERS_PERSONAL,
        { filter: { tambonCode: DEMO_TARGET_TAMBONS[4] } },
        people.as({ role: Role.ADMIN, id: "admin-1", name: "admin" }),
      );
      expect(answer.errors).toBeUndefined();
      expect(answer.data!.leaders.nodes).toHaveLength(15);
      expect(counter.statements.filter((s) => /^INSERT INTO .?access_log/i.test(s))).toHaveLength(1);
      expect(await logs()).toBe(before + 15);
      const entry = await people.subgraph.dataSource.manager.findOneByOrFail(AccessLogEntry, { leaderId: demoLeaderId(4, 0) });
      expect(entry).toMatchObject({ actorId: "admin-1", actorName: "admin", actorRole: "ADMIN", fields: "nationalId,phone" });
      // names alone are not personal data in this sense, nor masked values: no log
      await ask(LEADERS, { filter: { tambonCode: DEMO_TARGET_TAMBONS[4] } }, people.as({ role: Role.EXECUTIVE }));
      const masked = await ask<{ leaders: { nodes: { nationalId: string; phone: string }[] } }>(
        LEADERS_PERSONAL,
        { filter: { tambonCode: DEMO_TARGET_TAMBONS[4] } },
        people.as({ role: Role.EXECUTIVE, id: "exec-1", name: "executive" }),
      );
      expect(masked.data!.leaders.nodes[0].nationalId).toMatch(/^x-xxxx-xxxxx-\d{2}-\d$/);
      expect(await logs()).toBe(before + 15);
    });

    it("logs a read of a leader's history, whose snapshots carry the national ID, phone and birth date in full", async () => {
      const leader = await create(leaderInput());
      const logsOf = async () =>
        (await people.subgraph.dataSource.manager.findBy(AccessLogEntry, { leaderId: leader.id })).filter((entry) => entry.actorId === "admin-1");
      await people.subgraph.dataSource.manager.delete(AccessLogEntry, { leaderId: leader.id });
      const answer = await ask<{ history: { action: string; after: string }[] }>(HISTORY, { entity: "Leader", id: leader.id }, admin());
      expect(answer.errors).toBeUndefined();
      expect(answer.data!.history.map((entry) => entry.action)).toEqual(["CREATE"]);
      expect(JSON.parse(answer.data!.history[0].after)).toHaveProperty("nationalId");
      expect(await logsOf()).toEqual([expect.objectContaining({ actorId: "admin-1", actorRole: "ADMIN", fields: "birthDate,nationalId,phone" })]);
      // a field read of the birth date is logged too
      await ask(LEADER_BIRTH_DATE, { id: leader.id }, admin());
      expect((await logsOf()).map((entry) => entry.fields).sort()).toEqual(["birthDate", "birthDate,nationalId,phone"]);
      // an account's history holds no leader's personal data: nothing logged
      const before = await people.subgraph.dataSource.manager.count(AccessLogEntry);
      await ask(HISTORY, { entity: "Account", id: "admin-1" }, admin());
      expect(await people.subgraph.dataSource.manager.count(AccessLogEntry)).toBe(before);
    });

    it("shows history and the access log to admins only", async () => {
      expect(errorCodes(await ask(HISTORY, { entity: "Leader", id: demoLeaderId(0, 0) }, people.as(OFFICER_22)))).toEqual(["FORBIDDEN"]);
      expect(errorCodes(await ask(HISTORY, { entity: "Nope", id: "x" }, admin()))).toEqual(["BAD_USER_INPUT"]);
    });
  });

  describe("lists and search", () => {
    it.each([
      [{ tambonCode: DEMO_TARGET_TAMBONS[0] }, 15],
      [{ tambonCode: DEMO_TARGET_TAMBONS[0], status: "WITHDRAWN" }, 1],
      [{ districtCode: "2202", cohortYear: 2564 }, 15],
      [{ provinceCode: "22", cohortYear: 2564 }, 165],
      [{ provinceCode: "22", cohortYear: 2564, search: "สมชาย" }, expect.any(Number)],
      [{ provinceCode: "45" }, 0],
      [{ tambonCodes: [] }, 0],
      [{ tambonCodes: ["990101"] }, 0],
      [{ search: "100%" }, 0],
      [{ search: "*" }, 0],
    ])("leaders(filter: %j) counts %p", async (filter, count) => {
      const answer = await ask<{ leaders: { totalCount: number } }>(LEADERS, { filter }, people.as({ role: Role.EXECUTIVE }));
      expect(answer.errors).toBeUndefined();
      expect(answer.data!.leaders.totalCount).toEqual(count);
    });

    it("searches the start of first or last names, case-insensitively, and sorts", async () => {
      await create(leaderInput({ firstName: "Somchai", lastName: "Jaidee", tambonCode: "220902" }));
      for (const search of ["som", "SOM", "jaid", "Jaidee"]) {
        const answer = await ask<{ leaders: { nodes: { firstName: string }[] } }>(
          LEADERS,
          { filter: { search } },
          people.as({ role: Role.EXECUTIVE }),
        );
        expect(answer.data!.leaders.nodes.map((l) => l.firstName)).toContain("Somchai");
      }
      const sorted = await ask<{ leaders: { nodes: { lastName: string }[] } }>(
        LEADERS,
        { filter: { tambonCode: DEMO_TARGET_TAMBONS[2] }, sort: { field: "lastName", direction: "DESC" } },
        people.as({ role: Role.EXECUTIVE }),
      );
      const names = sorted.data!.leaders.nodes.map((l) => l.lastName);
      expect(names).toEqual([...names].sort((a, b) => (a < b ? 1 : a > b ? -1 : 0)));
      expect(errorCodes(await ask(LEADERS, { sort: { field: "nationalId" } }, admin()))).toEqual(["BAD_USER_INPUT"]);
    });

    it("finds names through an index, not a scan of every leader", async () => {
      const manager = people.subgraph.dataSource.manager;
      if (dialect === "sqlite") {
        const plan: { detail: string }[] = await manager.query(
          "EXPLAIN QUERY PLAN SELECT id FROM leader WHERE deleted_at IS NULL AND (first_name_key GLOB ? OR last_name_key GLOB ?)",
          ["som*", "som*"],
        );
        const details = plan.map((row) => row.detail).join(" | ");
        expect(details).toMatch(/idx_leader_first_name/);
        expect(details).toMatch(/idx_leader_name_order/); // (last_name_key, first_name_key, id): also the order of the list and its cursor
        expect(details).not.toMatch(/SCAN leader(?! USING)/);
      } else {
        const plan: { key: string | null; type: string }[] = await manager.query(
          "EXPLAIN SELECT id FROM leader WHERE deleted_at IS NULL AND (first_name_key LIKE ? OR last_name_key LIKE ?)",
          ["som%", "som%"],
        );
        expect(plan[0].type).not.toBe("ALL");
      }
    });

    it("pages Tambon.leaders for many tambons with a constant number of statements", async () => {
      const counter = new StatementCounter();
      Object.assign(people.subgraph.dataSource, { logger: counter });
      const statementsFor = async (codes: string[]) => {
        counter.reset();
        const answer = await ask<{ _entities: { leaders: { totalCount: number; nodes: { id: string }[] } }[] }>(
          TAMBON_LEADERS,
          { r: codes.map((code) => ({ __typename: "Tambon", code })) },
          people.as({ role: Role.EXECUTIVE }),
        );
        expect(answer.errors).toBeUndefined();
        expect(answer.data!._entities.every((t) => t.leaders.totalCount >= 14 && t.leaders.nodes.length === 5)).toBe(true);
        return counter.count;
      };
      expect(await statementsFor(DEMO_TARGET_TAMBONS.slice(0, 2))).toBe(await statementsFor([...DEMO_TARGET_TAMBONS]));
    });
  });

  it("counts the leaders of several tambons together (an event's target tambons)", async () => {
    const count = async (filter: Record<string, unknown>) =>
      (await ask<{ leaders: { totalCount: number } }>(LEADERS, { filter }, people.as({ role: Role.EXECUTIVE }))).data!.leaders.totalCount;
    const [first, second] = [await count({ tambonCode: DEMO_TARGET_TAMBONS[0] }), await count({ tambonCode: DEMO_TARGET_TAMBONS[1] })];
    expect(first).toBeGreaterThanOrEqual(15);
    expect(await count({ tambonCodes: [DEMO_TARGET_TAMBONS[0], DEMO_TARGET_TAMBONS[1]] })).toBe(first + second);
    expect(await count({ tambonCodes: [DEMO_TARGET_TAMBONS[0], "990101"] })).toBe(first);
  });

  it("refuses a tambon list with a code that is not six digits, naming the field", async () => {
    const answer = await ask(LEADERS, { filter: { tambonCodes: [DEMO_TARGET_TAMBONS[0], "22"] } }, people.as({ role: Role.EXECUTIVE }));
    expect(errorCodes(answer)).toEqual(["BAD_USER_INPUT"]);
    expect(answer.errors?.[0].extensions?.field).toBe("filter.tambonCodes");
  });

  describe("import", () => {
    const HEADER_TH = "คำนำหน้า,ชื่อ,นามสกุล,เพศ,วันเกิด,เลขประจำตัวประชาชน,โทรศัพท์,บทบาทในชุมชน,รหัสตำบล,หมู่ที่,ปีงบประมาณ";
    const row = (nationalId: string, extra: Partial<Record<"phone" | "tambon" | "birth", string>> = {}) =>
      `นาง,"ทดลอง, นำเข้า",สุขใจ,หญิง,${extra.birth ?? "15/03/2518"},${nationalId},${extra.phone ?? "089 123 4567"},กลุ่มสตรี,${extra.tambon ?? "220202"},3,2567`;

    it("imports a Thai-headed CSV with a BOM, all rows in one go, with history", async () => {
      const ids = [newNationalId(), newNationalId(), newNationalId()];
      const before = await leaders();
      const csv = `\uFEFF${HEADER_TH}\r\n${ids.map((id) => row(id)).join("\r\n")}\r\n`;
      const dry = await ask<{ importLeaders: Record<string, unknown> }>(IMPORT, { csv, dryRun: true }, people.as(OFFICER_22));
      expect(dry.data!.importLeaders).toMatchObject({ ok: true, dryRun: true, rowCount: 3, createdCount: 0, errorCount: 0, leaderIds: [] });
      expect(await leaders()).toBe(before);
      const answer = await ask<{ importLeaders: Record<string, unknown> }>(IMPORT, { csv }, people.as(OFFICER_22));
      expect(answer.data!.importLeaders).toMatchObject({ ok: true, rowCount: 3, createdCount: 3, errors: [] });
      expect(await leaders()).toBe(before + 3);
      const imported = await people.subgraph.dataSource.manager.findOneByOrFail(Leader, { nationalId: ids[1] });
      expect(imported).toMatchObject({ firstName: "ทดลอง, นำเข้า", birthDate: "1975-03-15", phone: "0891234567", gender: "FEMALE", cohortYear: 2567 });
      // the answer names the leaders it wrote, in the file's row order
      const written = await Promise.all(
        (answer.data!.importLeaders.leaderIds as string[]).map((id) => people.subgraph.dataSource.manager.findOneByOrFail(Leader, { id })),
      );
      expect(written.map((leader) => leader.nationalId)).toEqual(ids);
      // audited by one import record that the leaders name, not by a history entry per leader
      expect(await people.subgraph.dataSource.manager.countBy(HistoryEntry, { entityId: imported.id })).toBe(0);
      const record = await people.subgraph.dataSource.manager.findOneByOrFail(LeaderImport, { id: imported.importId! });
      expect(record).toMatchObject({ id: answer.data!.importLeaders.importId, actorRole: Role.PROVINCE_OFFICER, rowCount: 3, createdCount: 3 });
      expect(record.fileSha256).toBe(crypto.createHash("sha256").update(csv).digest("hex"));
      expect(await people.subgraph.dataSource.manager.countBy(Leader, { importId: record.id })).toBe(3);
      // its history opens with the import; an executive's copy of that entry is masked as history masks it
      const opening = (await importOpening(people.subgraph.dataSource.manager, "Leader", imported.id))!;
      expect(opening).toMatchObject({ action: "IMPORT", importId: record.id, fileSha256: record.fileSha256, before: null });
      expect(JSON.parse(opening.after!)).toMatchObject({ nationalId: ids[1], phone: "0891234567", birthDate: "1975-03-15" });
      const executive = { kind: "account", id: "x", name: "ผู้บริหาร", role: Role.EXECUTIVE } as const;
      expect(JSON.parse(discloseSnapshot(executive, opening.after)!)).toMatchObject({
        nationalId: maskNationalId(ids[1]),
        phone: maskPhone("0891234567"),
        birthDate: "2518",
      });
      const otherOfficer = { ...executive, role: Role.PROVINCE_OFFICER, provinceCode: "20" };
      expect(discloseSnapshot(otherOfficer, opening.after)).not.toContain(ids[1]);
      expect(JSON.parse(discloseSnapshot({ ...executive, role: Role.PARTNER }, opening.after)!)).not.toHaveProperty("nationalId");
      // the same file again: every row is a duplicate for FY 2567, nothing written
      const again = await ask<{ importLeaders: { ok: boolean; errors: { row: number; field: string }[] } }>(IMPORT, { csv }, people.as(OFFICER_22));
      expect(again.data!.importLeaders.ok).toBe(false);
      expect(again.data!.importLeaders).toMatchObject({ createdCount: 0, leaderIds: [] });
      expect(again.data!.importLeaders.errors).toEqual([2, 3, 4].map((r) => expect.objectContaining({ row: r, field: "nationalId" })));
      expect(await leaders()).toBe(before + 3);
    });

    it("reports every bad row with its number and field, and writes none of the good ones", async () => {
      const dup = newNationalId();
      const csv = [
        "title,firstName,lastName,nationalId,phone,tambonCode,cohortYear,birthDate",
        `นาย,ดี,หนึ่ง,${newNationalId()},0812345678,220102,2567,1970-01-01`,
        `นาย,ผิด,เลข,1101700230705,0812345678,220102,2567,1970-01-01`,
        `นาย,ผิด,โทร,${newNationalId()},12,220102,2567,1970-01-01`,
        `นาย,ผิด,ตำบล,${newNationalId()},0812345678,229999,2567,1970-01-01`,
        `นาย,ซ้ำ,หนึ่ง,${dup},0812345678,220102,2567,1970-01-01`,
        `นาย,ซ้ำ,สอง,${dup},0812345678,220102,2567,1970-01-01`,
        `,ไม่มี,คำนำหน้า,${newNationalId()},0812345678,220102,2567,31/02/2530`,
      ].join("\n");
      const before = await leaders();
      const answer = await ask<{ importLeaders: { ok: boolean; rowCount: number; createdCount: number; errors: { row: number; field: string }[] } }>(
        IMPORT,
        { csv },
        admin(),
      );
      expect(answer.errors).toBeUndefined();
      expect(answer.data!.importLeaders).toMatchObject({ ok: false, rowCount: 7, createdCount: 0 });
      expect(answer.data!.importLeaders.errors.map((e) => [e.row, e.field])).toEqual([
        [3, "nationalId"],
        [4, "phone"],
        [5, "tambonCode"],
        [7, "nationalId"],
        [8, "title"],
        [8, "birthDate"],
      ]);
      expect(await leaders()).toBe(before);
    });

    it.each([
      ["an empty file", ""],
      ["a header without the national ID column", "title,firstName,lastName,tambonCode,cohortYear\nนาย,ก,ข,220102,2567"],
      ["an unclosed quote", `title,firstName,lastName,nationalId,tambonCode,cohortYear\nนาย,"ก,ข,${syntheticNationalId(1)},220102,2567`],
      ["a header alone", "title,firstName,lastName,nationalId,tambonCode,cohortYear\n"],
    ])("refuses %s without writing", async (_, csv) => {
      const before = await leaders();
      const answer = await ask<{ importLeaders: { ok: boolean } }>(IMPORT, { csv }, admin());
      expect(answer.data?.importLeaders?.ok ?? errorCodes(answer)[0]).not.toBe(true);
      if (answer.errors) expect(errorCodes(answer)).toEqual(["BAD_USER_INPUT"]);
      expect(await leaders()).toBe(before);
    });

    it("refuses an officer's rows outside their province", async () => {
      const before = await leaders();
      const answer = await ask<{ importLeaders: { ok: boolean; errors: { row: number; field: string }[] } }>(
        IMPORT,
        { csv: `${HEADER_TH}\n${row(newNationalId(), { tambon: "210101" })}` },
        people.as(OFFICER_22),
      );
      expect(answer.data!.importLeaders.errors).toEqual([expect.objectContaining({ row: 2, field: "tambonCode" })]);
      expect(await leaders()).toBe(before);
    });
  });
});

const LEADER_FIELDS = "id title firstName lastName tambonCode provinceCode cohortYear status version";
const CREATE_LEADER = `
  mutation CreateLeader($input: LeaderInput!) {
    createLeader(input: $input) { ${LEADER_FIELDS} nationalId phone birthDate tambon { nameTh district { code } } }
  }
`;
const UPDATE_LEADER = `
  mutation UpdateLeader($id: ID!, $input: LeaderUpdateInput!, $expectedVersion: Int) {
    updateLeader(id: $id, input: $input, expectedVersion: $expectedVersion) { version lastName }
  }
`;
const DELETE_LEADER = `
  mutation DeleteLeader($id: ID!) {
    deleteLeader(id: $id)
  }
`;
const LEADER = `
  query Leader($id: ID!) {
    leader(id: $id) { ${LEADER_FIELDS} }
  }
`;
const LEADER_PERSONAL = `
  query LeaderPersonal($id: ID!) {
    leader(id: $id) { id firstName nationalId phone birthDate }
  }
`;
const LEADERS = `
  query Leaders($filter: LeaderFilter, $page: PageInput, $sort: SortInput) {
    leaders(filter: $filter, page: $page, sort: $sort) { totalCount nodes { ${LEADER_FIELDS} firstName lastName } }
  }
`;
const LEADERS_PERSONAL = `
  query LeadersPersonal($filter: LeaderFilter) {
    leaders(filter: $filter) { nodes { id nationalId phone } }
  }
`;
const IMPORT = `
  mutation ImportLeaders($csv: String!, $dryRun: Boolean) {
    importLeaders(csv: $csv, dryRun: $dryRun) { ok dryRun rowCount createdCount leaderIds importId errorCount errors { row field message } }
  }
`;
const LEADER_BIRTH_DATE = `
  query LeaderBirthDate($id: ID!) {
    leader(id: $id) { id birthDate }
  }
`;

const HISTORY = `
  query History($entity: String!, $id: ID!) {
    history(entity: $entity, id: $id) { action actorName before after }
  }
`;
const REGIONS = `
  query InspectionRegions($fiscalYear: Int!) {
    inspectionRegions(fiscalYear: $fiscalYear) { code fiscalYear nameTh provinceCodes provinces { nameTh } }
    provinces { code }
  }
`;
const ENTITIES = `
  query Leaders($r: [_Any!]!) {
    _entities(representations: $r) { ... on Leader { id tambonCode status cohortYear } }
  }
`;
const TAMBON_LEADERS = `
  query TambonLeaders($r: [_Any!]!) {
    _entities(representations: $r) { ... on Tambon { leaders(page: { limit: 5 }) { totalCount nodes { id } } } }
  }
`;
