import { HistoryEntry, Role } from "@change-leaders/common";
import { type TestSubgraph, describeEachDatabase, errorCodes, graphql, startTestSubgraph } from "@change-leaders/common/testing";
import { Account } from "../../account/account.entity";
import { peopleSubgraph } from "../../definition";
import { InspectionRegion, InspectionRegionProvince } from "../region.entity";

const SAVE = `mutation Save($input: InspectionRegionInput!) { saveInspectionRegion(input: $input) { fiscalYear code nameTh nameEn provinceCodes } }`;
const RETIRE = `mutation Retire($fy: Int!, $code: ID!) { retireInspectionRegion(fiscalYear: $fy, code: $code) { code retiredAt } }`;
const REGIONS = `query Regions($fy: Int!) { inspectionRegions(fiscalYear: $fy) { code provinceCodes } provincesWithoutInspectionRegion(fiscalYear: $fy) { code } }`;
const INSPECTED = `query Inspected($fy: Int!) { inspectedProvinces(fiscalYear: $fy) }`;
const ASSIGN = `mutation Assign($input: InspectorInput!) { createInspector(input: $input) { id fiscalYear regionCode accountId } }`;

const region = (code: string, provinceCodes: string[], fiscalYear = 2565) => ({
  fiscalYear,
  code,
  nameTh: `เขตตรวจราชการที่ ${code}`,
  nameEn: `Inspection Region ${code}`,
  provinceCodes,
});
const inspector = (accountId: string, regionCode: string, fiscalYear = 2565) => ({
  title: "นาย",
  firstName: "สมศักดิ์",
  lastName: "ตรวจการ",
  position: "ผู้ตรวจราชการกรม",
  fiscalYear,
  regionCode,
  accountId,
});

/** Inspection regions as data per fiscal year (SPEC section 1): saved, retired, and the provinces an inspector serves each year. */
describeEachDatabase("inspection regions per fiscal year", (dialect) => {
  let people: TestSubgraph;
  let inspectorAccount: string;
  const admin = () => people.as({ role: Role.ADMIN, id: "admin-1", name: "Admin One" });
  const ask = <T = Record<string, unknown>>(query: string, variables: Record<string, unknown>, headers = admin()) =>
    graphql<T>(people.url, query, variables, headers);
  const rows = async () => [
    await people.subgraph.dataSource.manager.count(InspectionRegion),
    await people.subgraph.dataSource.manager.count(InspectionRegionProvince),
  ];
  const regionsOf = (fy: number) =>
    ask<{ inspectionRegions: { code: string; provinceCodes: string[] }[]; provincesWithoutInspectionRegion: { code: string }[] }>(REGIONS, { fy });

  beforeAll(async () => {
    people = await startTestSubgraph(peopleSubgraph, dialect);
    inspectorAccount = (await people.subgraph.dataSource.manager.findOneByOrFail(Account, { username: "inspector.region9" })).id;
  });
  afterAll(() => people?.stop());

  it("FY 2564's shipped table puts each of the 77 provinces in exactly one of 18 regions; FY 2565 starts empty", async () => {
    const fy2564 = (await regionsOf(2564)).data!;
    expect(fy2564.inspectionRegions).toHaveLength(18);
    expect(fy2564.provincesWithoutInspectionRegion).toEqual([]);
    const provinces = fy2564.inspectionRegions.flatMap((r) => r.provinceCodes);
    expect(new Set(provinces).size).toBe(77);
    expect(provinces).toHaveLength(77);
    const fy2565 = (await regionsOf(2565)).data!;
    expect(fy2565.inspectionRegions).toEqual([]);
    expect(fy2565.provincesWithoutInspectionRegion).toHaveLength(77);
  });

  it("a year out of the programme is refused when regions are read, naming the argument", async () => {
    const answer = await regionsOf(1999);
    expect([errorCodes(answer), answer.errors?.[0]?.extensions?.field]).toEqual([["BAD_USER_INPUT"], "fiscalYear"]);
  });

  it("an admin saves a region of a year with its provinces, and saving again replaces them (audited)", async () => {
    const saved = await ask<{ saveInspectionRegion: Record<string, unknown> }>(SAVE, { input: region("9", ["22", "20", "21"]) });
    expect(saved.errors).toBeUndefined();
    expect(saved.data!.saveInspectionRegion).toEqual({ ...region("9", ["20", "21", "22"]) });
    const again = await ask<{ saveInspectionRegion: { provinceCodes: string[] } }>(SAVE, { input: region("9", ["20", "22", "23"]) });
    expect(again.data!.saveInspectionRegion.provinceCodes).toEqual(["20", "22", "23"]);
    const after = (await regionsOf(2565)).data!;
    expect(after.inspectionRegions).toEqual([{ code: "9", provinceCodes: ["20", "22", "23"] }]);
    expect(after.provincesWithoutInspectionRegion.map((p) => p.code)).toContain("21");
    expect(after.provincesWithoutInspectionRegion).toHaveLength(74);
    const history = await people.subgraph.dataSource.manager.find(HistoryEntry, {
      where: { entityName: "InspectionRegion", entityId: "2565:9" },
      order: { at: "ASC" },
    });
    expect(history.map((entry) => entry.action)).toEqual(["CREATE", "UPDATE"]);
    expect(JSON.parse(history[1]!.before!).provinceCodes).toEqual(["20", "21", "22"]);
    expect(JSON.parse(history[1]!.after!).provinceCodes).toEqual(["20", "22", "23"]);
    // FY 2564's region 9 is another year's row: untouched.
    expect((await regionsOf(2564)).data!.inspectionRegions.find((r) => r.code === "9")!.provinceCodes).toEqual(["20", "21", "22", "23"]);
  });

  it.each([
    ["a province already in another region of the year", region("3", ["11", "22"]), "BAD_USER_INPUT", "input.provinceCodes", /เขตตรวจราชการที่ 9/],
    ["a province that does not exist", region("3", ["11", "99"]), "BAD_USER_INPUT", "input.provinceCodes", /99/],
    ["a province named twice", region("3", ["11", "11"]), "BAD_USER_INPUT", "input.provinceCodes", /ซ้ำ/],
    ["no province", region("3", []), "BAD_USER_INPUT", "input.provinceCodes", null],
    ["a code that is not a region number", region("3/1", ["11"]), "BAD_USER_INPUT", "input.code", null],
    ["a fiscal year out of the programme", region("3", ["11"], 1999), "BAD_USER_INPUT", "input.fiscalYear", null],
    ["a blank Thai name", { ...region("3", ["11"]), nameTh: "" }, "BAD_USER_INPUT", "input.nameTh", null],
  ])("refuses %s, naming the field, and changes nothing", async (_case, input, code, field, thai) => {
    const before = await rows();
    const answer = await ask(SAVE, { input });
    expect(errorCodes(answer)).toEqual([code]);
    expect(answer.errors![0]!.extensions!.field).toBe(field);
    if (thai) expect(String(answer.errors![0]!.extensions!.messageTh)).toMatch(thai);
    expect(await rows()).toEqual(before);
  });

  it.each([Role.PROVINCE_OFFICER, Role.INSPECTOR, Role.JUDGE, Role.BUDGET_OFFICER, Role.EXECUTIVE, Role.PARTNER])(
    "a %s may not save or retire a region",
    async (role) => {
      const before = await rows();
      const headers = people.as({ role, provinceCode: "22", regionCode: "9" });
      expect(errorCodes(await ask(SAVE, { input: region("3", ["11"]) }, headers))).toEqual(["FORBIDDEN"]);
      expect(errorCodes(await ask(RETIRE, { fy: 2565, code: "9" }, headers))).toEqual(["FORBIDDEN"]);
      expect(await rows()).toEqual(before);
    },
  );

  it("an inspector serves one region a year and reads the provinces of that year's region only", async () => {
    expect((await ask(SAVE, { input: region("3", ["11", "24"]) })).errors).toBeUndefined();
    const assigned = await ask<{ createInspector: { regionCode: string } }>(ASSIGN, { input: inspector(inspectorAccount, "3") });
    expect(assigned.data!.createInspector.regionCode).toBe("3");
    const twice = await ask(ASSIGN, { input: inspector(inspectorAccount, "9") });
    expect([errorCodes(twice), twice.errors![0]!.extensions!.field]).toEqual([["CONFLICT"], "input.accountId"]);
    const as = people.as({ role: Role.INSPECTOR, id: inspectorAccount, regionCode: "9" });
    expect((await ask<{ inspectedProvinces: string[] }>(INSPECTED, { fy: 2564 }, as)).data!.inspectedProvinces).toEqual(["20", "21", "22", "23"]);
    expect((await ask<{ inspectedProvinces: string[] }>(INSPECTED, { fy: 2565 }, as)).data!.inspectedProvinces).toEqual(["11", "24"]);
    expect((await ask<{ inspectedProvinces: string[] }>(INSPECTED, { fy: 2566 }, as)).data!.inspectedProvinces).toEqual([]);
    expect(errorCodes(await ask(INSPECTED, { fy: 2565 }, people.as({ role: Role.PROVINCE_OFFICER, provinceCode: "22" })))).toEqual(["FORBIDDEN"]);
  });

  it("a region with inspectors cannot be retired; one without is retired, its provinces free for another region", async () => {
    const refused = await ask(RETIRE, { fy: 2565, code: "3" });
    expect(errorCodes(refused)).toEqual(["CONFLICT"]);
    expect(String(refused.errors![0]!.extensions!.messageTh)).toMatch(/ผู้ตรวจราชการ/);
    const retired = await ask<{ retireInspectionRegion: { retiredAt: string | null } }>(RETIRE, { fy: 2565, code: "9" });
    expect(retired.data!.retireInspectionRegion.retiredAt).not.toBeNull();
    expect((await regionsOf(2565)).data!.inspectionRegions.map((r) => r.code)).toEqual(["3"]);
    expect((await ask(SAVE, { input: region("12", ["22"]) })).errors).toBeUndefined();
    expect(errorCodes(await ask(RETIRE, { fy: 2565, code: "9" }))).toEqual(["NOT_FOUND"]);
    // Saved again, a retired region is back in use.
    expect((await ask(SAVE, { input: region("9", ["20"]) })).errors).toBeUndefined();
    expect((await regionsOf(2565)).data!.inspectionRegions.map((r) => r.code)).toEqual(["3", "9", "12"]);
  });
});
