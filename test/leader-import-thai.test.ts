import { describeEachDatabase, graphql } from "@change-leaders/common/testing";
import { type TestSystem, startSystem } from "./support/system";

/**
 * An import's row errors say in Thai what to fix (`messageTh`), beside the English `message` partners read: a national
 * ID that fails its check digit, a tambon that does not exist, one outside the officer's province, a blank name, a
 * national ID twice in the file and one already registered, and a missing column.
 */

/** A valid Thai national ID (mod-11 check digit) from 12 digits. */
function nationalId(first12: string) {
  const sum = first12.split("").reduce((acc, digit, i) => acc + Number(digit) * (13 - i), 0);
  return first12 + String((11 - (sum % 11)) % 10);
}

const HEADER = "คำนำหน้า,ชื่อ,นามสกุล,เลขประจำตัวประชาชน,รหัสตำบล,รุ่นปี";
const THAI = /[\u0E00-\u0E7F]/;

interface Report {
  ok: boolean;
  errorCount: number;
  errors: { row: number; field: string; message: string; messageTh: string }[];
}

describeEachDatabase("an import's row errors in Thai", (dialect) => {
  let system: TestSystem;
  let officer: Record<string, string>;
  const importCsv = async (csv: string, dryRun = true) =>
    (await graphql<{ importLeaders: Report }>(system.url, IMPORT, { csv, dryRun }, officer)).data!.importLeaders;

  beforeAll(async () => {
    system = await startSystem(dialect);
    officer = await system.loginAs("officer.chanthaburi");
  });
  afterAll(() => system?.stop());

  it("gives every row error Thai words naming what to fix, the English message kept", async () => {
    const registered = nationalId("310990077001");
    const created = await importCsv(`${HEADER}\nนาย,มีแล้ว,ทดลอง,${registered},220101,2564`, false);
    expect(created.ok).toBe(true);

    const twice = nationalId("310990077002");
    const report = await importCsv(
      [
        HEADER,
        "นาย,เลขผิด,ทดลอง,1111111111111,220101,2564",
        `นาง,ไม่มีตำบล,ทดลอง,${nationalId("310990077003")},999999,2564`,
        `นาง,นอกจังหวัด,ทดลอง,${nationalId("310990077004")},100101,2564`,
        `นาย,,ทดลอง,${nationalId("310990077005")},220101,2564`,
        `นาย,ซ้ำ,หนึ่ง,${twice},220101,2564`,
        `นาย,ซ้ำ,สอง,${twice},220101,2564`,
      ].join("\n"),
    );
    expect(report.ok).toBe(false);
    const byRow = Object.fromEntries(report.errors.map((e) => [`${e.row}:${e.field}`, e]));
    expect(byRow["2:nationalId"]).toEqual({
      row: 2,
      field: "nationalId",
      message: "nationalId fails its check digit",
      messageTh: expect.stringMatching(/^เลขประจำตัวประชาชนไม่ถูกต้อง/),
    });
    expect(byRow["3:tambonCode"].messageTh).toMatch(/ไม่มีตำบลรหัส 999999/);
    expect(byRow["3:tambonCode"].message).toBe("Tambon 999999 does not exist");
    expect(byRow["4:tambonCode"].messageTh).toMatch(/นอกจังหวัดของท่าน/);
    expect(byRow["5:firstName"].messageTh).toBe("ต้องกรอกช่องนี้");
    expect(byRow["7:nationalId"].messageTh).toMatch(/ซ้ำกับแถวก่อนหน้า/);
    for (const error of report.errors) expect(error.messageTh).toMatch(THAI);

    // already registered (found by the write's own check, after every row passed)
    const again = await importCsv(`${HEADER}\nนาย,มีแล้ว,อีกครั้ง,${registered},220101,2564`, false);
    expect(again.errors).toEqual([
      expect.objectContaining({ row: 2, field: "nationalId", messageTh: expect.stringMatching(/มีผู้นำเลขประจำตัวประชาชนนี้ในปีงบประมาณนี้อยู่แล้ว/) }),
    ]);

    const noColumn = await importCsv("คำนำหน้า,ชื่อ,นามสกุล,รหัสตำบล,รุ่นปี\nนาย,ก,ข,220101,2564");
    expect(noColumn.errors).toEqual([expect.objectContaining({ row: 1, field: "nationalId", messageTh: expect.stringMatching(/^ไม่มีคอลัมน์นี้/) })]);
  });
});

const IMPORT = `
  mutation ImportLeaders($csv: String, $dryRun: Boolean) {
    importLeaders(csv: $csv, dryRun: $dryRun) { ok errorCount errors { row field message messageTh } }
  }
`;
