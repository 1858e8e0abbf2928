import fs from "node:fs";
import path from "node:path";
import { HISTORY_ACTIONS, type Names, actionWords, changedFields, fieldWords, valueWords } from "../admin/src/history/words";
import { wordsTable } from "../admin/src/list/exportWords";
import { th } from "../admin/src/i18n/th";
import { offendingWords } from "./support/thai-walk";

const ROOT = path.join(__dirname, "..");

/** Every .ts source of the services (no tests, no builds). */
function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return ["__tests__", "dist", "node_modules", "migrations"].includes(entry.name) ? [] : sources(full);
    return entry.name.endsWith(".ts") ? [full] : [];
  });
}

/**
 * The actions the services can write into a history: the literals after `action:` in the files that write history
 * (recordHistory, or history_entry rows inserted in bulk), the string unions of their `…Action` types (an action passed
 * on as a variable), and the action of a bulk insert's rows.
 */
function writtenActions(): Set<string> {
  const services = path.join(ROOT, "services");
  const files = fs
    .readdirSync(services)
    .flatMap((name) => (fs.existsSync(path.join(services, name, "src")) ? sources(path.join(services, name, "src")) : []));
  const actions = new Set<string>();
  for (const file of files) {
    const text = fs.readFileSync(file, "utf8");
    for (const union of text.matchAll(/type \w*Action\s*=\s*((?:\s*\|?\s*"[^"]+")+)/g))
      for (const word of union[1].matchAll(/"([^"]+)"/g)) actions.add(word[1]);
    if (!/recordHistory|HistoryEntry|history_entry/.test(text)) continue;
    for (const line of text.matchAll(/\baction\??:\s*([^,\n;}]*(?:\?[^,\n;}]*)?)/g))
      for (const word of line[1].matchAll(/"([^"]+)"/g)) actions.add(word[1]);
    // a bulk insert's row: [id, "Leader", id, "IMPORT", …]
    for (const row of text.matchAll(/"[A-Z][A-Za-z]+",\s*\w+,\s*"([A-Za-z_]+)",/g)) actions.add(row[1]);
  }
  return actions;
}

const translate = (key: string, options?: { _?: string }): string => {
  const value = key
    .split(".")
    .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], { ...th, resources: th.resources });
  return typeof value === "string" ? value : (options?._ ?? key);
};
const names: Names = {
  province: (code) => ({ "22": "จันทบุรี" })[code],
  tambon: (code) => ({ "220101": "ตลาด" })[code],
  staff: (id) => ({ "acc-1": "นางสาวการเงิน ตรวจดี" })[id],
  date: (value, _locale, withTime) => `BE(${value}${withTime ? " time" : ""})`,
  baht: (value) => `฿${value}`,
};

describe("a record's history in Thai words", () => {
  test("the collector finds the actions the services write (literals, action types and the bulk import)", () => {
    const actions = writtenActions();
    for (const known of [
      "CREATE",
      "grant",
      "disburse",
      "cancelDisbursement",
      "IMPORT",
      "ANONYMISE",
      "approve",
      "select",
      "publish",
      "SUBMIT",
      "ATTENDED",
    ])
      expect(actions).toContain(known);
  });

  test("every action the API can write has a Thai word", () => {
    const missing = [...writtenActions()].filter((action) => !HISTORY_ACTIONS[action]);
    expect(missing).toEqual([]);
  });

  test("an action's words: Thai, English in English, a word for one entity where it means more, never the code", () => {
    expect(actionWords("Award", "grant", "th")).toBe("มอบรางวัล");
    expect(actionWords("Award", "grant", "en")).toBe("Award granted");
    expect(actionWords("Review", "submit", "th")).toBe("ส่งผลการประเมิน");
    expect(actionWords("Nomination", "submit", "th")).toBe("ส่งการเสนอชื่อ");
    expect(actionWords("Award", "somethingNew", "th")).toBe("ดำเนินการอื่น");
  });

  test("fields by the resource's label, then the history's own words, then a generic word", () => {
    expect(fieldWords("Event", "organiserProvinceCode", "th", translate)).toBe("จังหวัดที่จัด");
    expect(fieldWords("Award", "disbursementId", "th", translate)).toBe("รายการเบิกจ่าย");
    expect(fieldWords("Award", "someInternalField", "th", translate)).toBe("ข้อมูลอื่น");
  });

  test("values as people read them: names for codes and ids, labels for enums, BE dates, baht, a link for a linked record", () => {
    const shown = (entity: string, field: string, value: unknown) => valueWords(entity, field, value, "th", translate, names);
    expect(shown("Event", "organiserProvinceCode", "22")).toEqual({ text: "จันทบุรี" });
    expect(shown("Event", "tambonCodes", ["220101"])).toEqual({ text: "ตลาด" });
    expect(shown("Disbursement", "recordedBy", "acc-1")).toEqual({ text: "นางสาวการเงิน ตรวจดี" });
    expect(shown("Nomination", "status", "UNDER_REVIEW")).toEqual({ text: "อยู่ระหว่างประเมิน" });
    expect(shown("Leader", "status", "ACTIVE")).toEqual({ text: "ปฏิบัติงาน" });
    expect(shown("EngagementPost", "channel", "FACEBOOK")).toEqual({ text: "เฟซบุ๊ก" });
    expect(shown("Award", "disbursedTotal", "1500.00")).toEqual({ text: "฿1500.00" });
    expect(shown("Event", "startsAt", "2026-12-04T05:00:00.000Z")).toEqual({ text: "BE(2026-12-04T05:00:00.000Z time)" });
    const id = "0b9f4c1e-3f7a-4c39-9d51-6f0a1b2c3d4e";
    expect(shown("LessonSummary", "awardId", id)).toEqual({ text: "เปิดดู", link: `/awards/${id}/show` });
    expect(shown("Award", "disbursementId", id)).toEqual({ text: "(รายการที่เชื่อมโยง)" });
    expect(shown("Award", "level", "SOMETHING_NEW")).toEqual({ text: "(อื่น ๆ)" });
    expect(shown("Award", "anything", "MYSTERY_CODE")).toEqual({ text: "(อื่น ๆ)" });
    expect(shown("Leader", "active", true)).toEqual({ text: "ใช่" });
  });

  test("a change lists the fields it touched, without bookkeeping; a creation lists none", () => {
    expect(changedFields(JSON.stringify({ status: "DRAFT", version: 1 }), JSON.stringify({ status: "SUBMITTED", version: 2 }))).toEqual([
      ["status", "SUBMITTED"],
    ]);
    expect(changedFields(null, JSON.stringify({ status: "DRAFT" }))).toEqual([]);
  });
});

describe("an export in Thai words", () => {
  const context = {
    resource: "events",
    locale: "th",
    translate,
    provinces: new Map([["22", { nameTh: "จันทบุรี", nameEn: "Chanthaburi" }]]),
    tambons: new Map(),
    date: (value: string) => `BE(${value})`,
  };

  test("headers from the resource, labels for codes, BE dates, the province's code kept beside its name, linked ids left out", () => {
    const table = wordsTable(
      ["id", "kind", "startsAt", "organiserProvinceCode", "status", "eventId"],
      [{ id: "e1", kind: "WORKSHOP", startsAt: "2026-12-04T05:00:00.000Z", organiserProvinceCode: "22", status: "SCHEDULED", eventId: "x" }],
      context,
    );
    expect(table.header).toEqual(["รหัสอ้างอิงในระบบ", "ประเภทกิจกรรม", "เริ่ม", "รหัสจังหวัดที่จัด", "จังหวัดที่จัด", "สถานะ"]);
    expect(table.cells).toEqual([["e1", "อบรมเชิงปฏิบัติการ", "BE(2026-12-04T05:00:00.000Z)", "22", "จันทบุรี", "กำหนดการ"]]);
  });

  test("every column a list exports has a header in Thai words", () => {
    const lists = fs.readdirSync(path.join(ROOT, "admin", "src"), { recursive: true, encoding: "utf8" }).filter((file) => /List\.tsx$/.test(file));
    for (const file of lists) {
      const text = fs.readFileSync(path.join(ROOT, "admin", "src", file), "utf8");
      const columns = /const CSV_COLUMNS = \[([^\]]*)\]/.exec(text);
      if (!columns) continue;
      const resource = /resources\.(\w+)\./.exec(text)?.[1] ?? path.basename(file).replace(/List\.tsx$/, "");
      const fields = [...columns[1].matchAll(/"(\w+)"/g)].map((m) => m[1]);
      const guess = {
        accounts: "accounts",
        awards: "awards",
        engagement: "engagementPosts",
        events: "events",
        leaders: "leaders",
        lessons: "lessonSummaries",
        nominations: "nominations",
        reports: "progressReports",
      }[path.dirname(file)];
      const { header } = wordsTable(fields, [], { ...context, resource: guess ?? resource });
      expect(header.flatMap((words) => offendingWords({ role: "", name: file, text: words }))).toEqual([]);
    }
  });
});

describe("what the Thai walk counts as not Thai", () => {
  test("a Thai page with the allowed names of formats passes; masked digits, links and people's typed words are no words", () => {
    const text =
      "ส่งออก CSV\nส่งออก EXCEL\nพิมพ์ PDF\nเลขประจำตัวประชาชน\nx-xxxx-xxxxx-12-3\nลิงก์ https://facebook.com/abc\nห้องวอร์รูม (War Room)\n15 กุมภาพันธ์ 2564";
    expect(offendingWords({ role: "admin", name: "leaders-show", text, typed: ["ห้องวอร์รูม (War Room)"] })).toEqual([]);
  });

  test("English words, codes, ids, ISO and Gregorian dates, UTC and a province's code are caught", () => {
    const text = "สถานะ\tจังหวัด\nACTIVE\t22\n1eade700-2564-4000-8000-000400000007\n2026-12-04T05:00:00.000Z\n4 ธันวาคม 2026 UTC\nตำบล 220402";
    const found = offendingWords({ role: "admin", name: "leaders", text });
    expect(found.map((word) => word.replace(/ in ".*"$/, ""))).toEqual([
      "id 1eade700-2564-4000-8000-000400000007",
      "ISO date 2026-12-04T05:00:00.000Z",
      "Gregorian year 2026",
      "code 220402",
      "province code จังหวัด 22",
      '"ACTIVE"',
      '"UTC"',
    ]);
  });
});
