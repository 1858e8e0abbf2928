import { DEMO_TARGET_TAMBONS } from "@change-leaders/common/demo";
import { describeEachDatabase, errorCodes, graphql } from "@change-leaders/common/testing";
import { rowCounts } from "./support/row-counts";
import { type TestSystem, startSystem } from "./support/system";

const STANDARD = ["HOUSEHOLDS", "PLOTS", "PRODUCE_KG", "SAVINGS"];

/**
 * Progress indicators per fiscal year (issue 13), through the gateway: FY 2564 reports on the standard
 * set, a later year inherits the latest earlier set until an admin changes it, a report's values are
 * checked against its own year's set, and the set is copied into an empty next year.
 */
describeEachDatabase("progress indicators per fiscal year", (dialect) => {
  let system: TestSystem;
  let admin: Record<string, string>;
  let officer: Record<string, string>;

  beforeAll(async () => {
    system = await startSystem(dialect);
    admin = await system.loginAs("admin");
    officer = await system.loginAs("officer.chanthaburi");
  });
  afterAll(async () => {
    await system?.stop();
  });

  const ask = <T>(query: string, variables: Record<string, unknown>, headers = admin) => graphql<T>(system.url, query, variables, headers);
  async function ok<T>(query: string, variables: Record<string, unknown>, headers = admin): Promise<T> {
    const answer = await ask<T>(query, variables, headers);
    expect(answer.errors).toBeUndefined();
    return answer.data!;
  }
  const setOf = async (fy: number, includeRetired = false) =>
    (await ok<{ progressIndicators: { code: string; active: boolean }[] }>(SET, { fy, includeRetired })).progressIndicators;
  const codesOf = async (fy: number) => (await setOf(fy)).map((i) => i.code);
  const ownSet = async (fy: number) => (await ok<{ activitiesYearSetup: Item[] }>(OWN_SET, { fy })).activitiesYearSetup;
  const report = (periodStart: string, periodEnd: string, indicatorCode: string, tambon = DEMO_TARGET_TAMBONS[6]) => ({
    input: {
      tambonCode: tambon,
      periodStart,
      periodEnd,
      narrative: "ครัวเรือนเก็บน้ำฝนไว้ใช้หน้าแล้ง",
      indicators: [indicatorCode === "SAVINGS" ? { indicatorCode, amount: "100" } : { indicatorCode, quantity: 3 }],
    },
  });
  /** Expects BAD_USER_INPUT (or `code`) on `field`, Thai words, and that no row of any store changed. */
  async function refused(query: string, variables: Record<string, unknown>, headers: Record<string, string>, code: string, field?: string) {
    const before = await rowCounts(system.store.config);
    const answer = await ask(query, variables, headers);
    expect(errorCodes(answer)).toEqual([code]);
    if (field) expect(answer.errors![0].extensions!.field).toBe(field);
    if (code !== "FORBIDDEN") expect(answer.errors![0].extensions!.messageTh).toMatch(/[ก-๙]/);
    expect(await rowCounts(system.store.config)).toEqual(before);
    return answer.errors![0];
  }

  it("FY 2564 has the standard set of its own; a later year without one reports on it", async () => {
    expect(await ownSet(2564)).toEqual(STANDARD.map((key) => expect.objectContaining({ kind: "PROGRESS_INDICATOR", key })));
    expect(await codesOf(2564)).toEqual(STANDARD);
    expect(await ownSet(2566)).toEqual([]);
    expect(await codesOf(2566)).toEqual(STANDARD);
  });

  it("an indicator saved for FY 2566 is in that year's set only, and reports are checked against their own year", async () => {
    await ok(SAVE, { fy: 2566, input: WATER_TANKS });
    expect(await codesOf(2566)).toEqual([...STANDARD, "WATER_TANKS"]);
    expect(await codesOf(2564)).toEqual(STANDARD);
    expect(await codesOf(2570)).toEqual([...STANDARD, "WATER_TANKS"]);
    const error = await refused(
      CREATE_REPORT,
      report("2021-05-01", "2021-05-31", "WATER_TANKS"),
      officer,
      "BAD_USER_INPUT",
      "input.indicators.0.indicatorCode",
    );
    expect(error.extensions!.messageTh).toBe('ตัวชี้วัด "ถังเก็บน้ำฝน" ไม่อยู่ในชุดตัวชี้วัดของปีงบประมาณ 2564');
    await ok(CREATE_REPORT, report("2022-11-01", "2022-11-30", "WATER_TANKS"), officer);
  });

  it("retiring an indicator from a year refuses it on that year's new reports and keeps it in other years", async () => {
    const retired = await ok<{ retireProgressIndicatorFromYear: { code: string; active: boolean } }>(RETIRE, { fy: 2566, code: "PLOTS" });
    expect(retired.retireProgressIndicatorFromYear).toEqual({ code: "PLOTS", active: false });
    expect(await codesOf(2566)).toEqual(["HOUSEHOLDS", "PRODUCE_KG", "SAVINGS", "WATER_TANKS"]);
    expect((await setOf(2566, true)).map((i) => [i.code, i.active])).toContainEqual(["PLOTS", false]);
    await refused(CREATE_REPORT, report("2022-12-01", "2022-12-31", "PLOTS"), officer, "BAD_USER_INPUT", "input.indicators.0.indicatorCode");
    await ok(CREATE_REPORT, report("2021-06-01", "2021-06-30", "PLOTS"), officer);
    await refused(RETIRE, { fy: 2566, code: "PLOTS" }, admin, "BAD_USER_INPUT", "code");
    await ok(ADD, { fy: 2566, code: "PLOTS" });
    expect(await codesOf(2566)).toContain("PLOTS");
    await ok(RETIRE, { fy: 2566, code: "PLOTS" });
  });

  it("each change of a year's set is in the history with the set before and after", async () => {
    const { history } = await ok<{ history: { nodes: { action: string; before: string | null; after: string }[] } }>(HISTORY, {});
    const actions = history.nodes.map((entry) => entry.action);
    expect(actions).toEqual(["ADD", "RETIRE", "ADD", "RETIRE"]);
    const first = history.nodes[0];
    expect(JSON.parse(first.before!)).toEqual({ fiscalYear: 2566, indicatorCodes: STANDARD, inheritedFrom: 2564 });
    expect(JSON.parse(first.after)).toMatchObject({ fiscalYear: 2566, indicatorCodes: [...STANDARD, "WATER_TANKS"], changed: "WATER_TANKS" });
  });

  it("copies a year's set into an empty next year: the dry run writes nothing, a second copy is refused with what exists", async () => {
    const expected = ["HOUSEHOLDS", "PRODUCE_KG", "SAVINGS", "WATER_TANKS"].map((key) =>
      expect.objectContaining({ kind: "PROGRESS_INDICATOR", key }),
    );
    const before = await rowCounts(system.store.config);
    const dry = await ok<{ copyActivitiesYearSetup: Item[] }>(COPY, { from: 2566, to: 2567, dry: true });
    expect(dry.copyActivitiesYearSetup).toEqual(expected);
    expect(await rowCounts(system.store.config)).toEqual(before);
    expect(await ownSet(2567)).toEqual([]);

    const copied = await ok<{ copyActivitiesYearSetup: Item[] }>(COPY, { from: 2566, to: 2567, dry: false });
    expect(copied.copyActivitiesYearSetup).toEqual(expected);
    expect(await ownSet(2567)).toEqual(expected);

    const error = await refused(COPY, { from: 2564, to: 2567, dry: false }, admin, "CONFLICT", "toFiscalYear");
    expect((error.extensions!.existing as Item[]).map((item) => item.key)).toEqual(["HOUSEHOLDS", "PRODUCE_KG", "SAVINGS", "WATER_TANKS"]);
  });

  it.each([
    [{ from: 2567, to: 2567, dry: true }, "BAD_USER_INPUT", "toFiscalYear"],
    [{ from: 1999, to: 2567, dry: true }, "BAD_USER_INPUT", "fromFiscalYear"],
    [{ from: 2564, to: 9999, dry: false }, "BAD_USER_INPUT", "toFiscalYear"],
  ])("copy %j is refused with %s on %s", async (variables, code, field) => {
    await refused(COPY, variables, admin, code, field);
  });

  it("only an admin changes or copies a year's set", async () => {
    await refused(COPY, { from: 2566, to: 2568, dry: false }, officer, "FORBIDDEN");
    await refused(ADD, { fy: 2568, code: "PLOTS" }, officer, "FORBIDDEN");
  });
});

interface Item {
  kind: string;
  key: string;
  nameTh: string;
}

const WATER_TANKS = {
  code: "WATER_TANKS",
  nameTh: "ถังเก็บน้ำฝน",
  nameEn: "Rain water tanks",
  unitTh: "ถัง",
  unitEn: "tanks",
  kind: "COUNT",
  sortOrder: 50,
  active: true,
};
const SET = `query Set($fy: Int!, $includeRetired: Boolean!) { progressIndicators(fiscalYear: $fy, includeRetired: $includeRetired) { code active } }`;
const OWN_SET = `query Own($fy: Int!) { activitiesYearSetup(fiscalYear: $fy) { kind key nameTh } }`;
const SAVE = `mutation Save($fy: Int, $input: ProgressIndicatorInput!) { saveProgressIndicator(fiscalYear: $fy, input: $input) { code } }`;
const ADD = `mutation Add($fy: Int!, $code: ID!) { addProgressIndicatorToYear(fiscalYear: $fy, code: $code) { code active } }`;
const RETIRE = `mutation Retire($fy: Int!, $code: ID!) { retireProgressIndicatorFromYear(fiscalYear: $fy, code: $code) { code active } }`;
const COPY = `mutation Copy($from: Int!, $to: Int!, $dry: Boolean!) { copyActivitiesYearSetup(fromFiscalYear: $from, toFiscalYear: $to, dryRun: $dry) { kind key nameTh } }`;
const CREATE_REPORT = `mutation Create($input: ProgressReportInput!) { createProgressReport(input: $input) { id } }`;
const HISTORY = `query History { history: activityHistory(entityName: "ProgressIndicatorSet", entityId: "2566") { nodes { action before after } } }`;
