import { describeEachDatabase, errorCodes, graphql } from "@change-leaders/common/testing";
import { rowCounts } from "./support/row-counts";
import { type TestSystem, startSystem } from "./support/system";

interface Item {
  kind: string;
  key: string;
  nameTh: string;
}

/**
 * A fiscal year's set-up as one thing (issue 13), through the gateway: people asks activities and
 * evaluation for their parts, and `copyFiscalYearSetup` copies all three into an empty next year.
 */
describeEachDatabase("fiscal year set-up across the three subgraphs", (dialect) => {
  let system: TestSystem;
  let admin: Record<string, string>;

  beforeAll(async () => {
    system = await startSystem(dialect);
    admin = await system.loginAs("admin");
  });
  afterAll(async () => {
    await system?.stop();
  });

  const ask = <T>(query: string, variables: Record<string, unknown>, headers = admin) => graphql<T>(system.url, query, variables, headers);
  const setupOf = async (fy: number) => {
    const answer = await ask<{ fiscalYearSetup: { items: Item[]; provincesWithoutRegion: string[] } }>(SETUP, { fy });
    expect(answer.errors).toBeUndefined();
    return answer.data!.fiscalYearSetup;
  };
  const kinds = (items: Item[]) =>
    items.reduce<Record<string, number>>((count, item) => ({ ...count, [item.kind]: (count[item.kind] ?? 0) + 1 }), {});
  const withoutYear = (items: Item[]) => items.map(({ kind, key, nameTh }) => ({ kind, key, nameTh }));

  it("FY 2564 holds regions, inspectors, indicators, rubrics and award amounts; FY 2565 holds none", async () => {
    const fy2564 = await setupOf(2564);
    expect(kinds(fy2564.items)).toMatchObject({ INSPECTION_REGION: 18, PROGRESS_INDICATOR: 4, RUBRIC: 3, AWARD_AMOUNT: 2 });
    expect(kinds(fy2564.items).INSPECTOR).toBeGreaterThan(0);
    expect(fy2564.items).toContainEqual({ kind: "AWARD_AMOUNT", key: "EXCELLENT", nameTh: "เงินรางวัลตำบลระดับดีเลิศ 1,000,000.00 บาท" });
    expect(fy2564.provincesWithoutRegion).toEqual([]);
    const fy2565 = await setupOf(2565);
    expect(fy2565.items).toEqual([]);
    expect(fy2565.provincesWithoutRegion).toHaveLength(77);
  });

  it("the dry run reports the whole copy and changes nothing; the copy makes FY 2565 what FY 2564 is", async () => {
    const source = await setupOf(2564);
    const before = await rowCounts(system.store.config);
    const dry = await ask<{ copyFiscalYearSetup: { dryRun: boolean; items: Item[] } }>(COPY, { from: 2564, to: 2565, dry: true });
    expect(dry.errors).toBeUndefined();
    expect(dry.data!.copyFiscalYearSetup.dryRun).toBe(true);
    expect(withoutYear(dry.data!.copyFiscalYearSetup.items)).toEqual(source.items);
    expect(await rowCounts(system.store.config)).toEqual(before);

    const copied = await ask<{ copyFiscalYearSetup: { items: Item[]; provincesWithoutRegion: string[] } }>(COPY, {
      from: 2564,
      to: 2565,
      dry: false,
    });
    expect(copied.errors).toBeUndefined();
    expect(copied.data!.copyFiscalYearSetup.provincesWithoutRegion).toEqual([]);
    const target = await setupOf(2565);
    expect(target.items).toEqual(source.items);
    expect(target.provincesWithoutRegion).toEqual([]);
  });

  it("a year that already has set-up is refused with the list of what exists, and nothing changes", async () => {
    const before = await rowCounts(system.store.config);
    const answer = await ask(COPY, { from: 2564, to: 2565, dry: false });
    expect(errorCodes(answer)).toEqual(["CONFLICT"]);
    expect(answer.errors![0].extensions!.field).toBe("toFiscalYear");
    expect(answer.errors![0].extensions!.messageTh).toMatch(/ปีงบประมาณ 2565 มีการตั้งค่าแล้ว/);
    expect(kinds(answer.errors![0].extensions!.existing as Item[])).toMatchObject({ INSPECTION_REGION: 18, PROGRESS_INDICATOR: 4, RUBRIC: 3 });
    expect(await rowCounts(system.store.config)).toEqual(before);
  });

  it("only an admin reads or copies a year's set-up", async () => {
    const executive = await system.loginAs("executive");
    expect(errorCodes(await ask(SETUP, { fy: 2564 }, executive))).toEqual(["FORBIDDEN"]);
    expect(errorCodes(await ask(COPY, { from: 2564, to: 2566, dry: true }, executive))).toEqual(["FORBIDDEN"]);
  });
});

const SETUP = `query Setup($fy: Int!) { fiscalYearSetup(fiscalYear: $fy) { items { kind key nameTh } provincesWithoutRegion } }`;
const COPY = `mutation Copy($from: Int!, $to: Int!, $dry: Boolean!) {
  copyFiscalYearSetup(fromFiscalYear: $from, toFiscalYear: $to, dryRun: $dry) { dryRun items { kind key nameTh } provincesWithoutRegion }
}`;
