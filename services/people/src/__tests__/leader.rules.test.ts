import { readCsv, csvLine } from "../leader/csv";
import { isValidNationalId, nationalIdCheckDigit, normalisePhone } from "../leader/leader.rules";
import { checkLeaderFields, parseBirthDate } from "../leader/leader.validation";
import { syntheticNationalId } from "../seed/demo-leaders";

/** 12 digits whose weighted sum Σ dᵢ·(13 − i) leaves remainder r mod 11 (found by changing the last digit pair). */
function first12WithRemainder(remainder: number): string {
  for (let n = 0; n < 10_000; n++) {
    const first12 = `11037${String(n).padStart(7, "0")}`;
    let sum = 0;
    for (let i = 0; i < 12; i++) sum += Number(first12[i]) * (13 - i);
    if (sum % 11 === remainder) return first12;
  }
  throw new Error("unreachable");
}

describe("Thai national ID check digit", () => {
  // remainder of Σ dᵢ·(13 − i) mod 11 → check digit (11 − r) mod 10
  it.each([
    [0, 1],
    [1, 0],
    [2, 9],
    [3, 8],
    [4, 7],
    [5, 6],
    [6, 5],
    [7, 4],
    [8, 3],
    [9, 2],
    [10, 1],
  ])("remainder %d gives check digit %d, and only that digit passes", (remainder, digit) => {
    const first12 = first12WithRemainder(remainder);
    expect(nationalIdCheckDigit(first12)).toBe(digit);
    for (let d = 0; d <= 9; d++) expect(isValidNationalId(`${first12}${d}`)).toBe(d === digit);
  });

  it.each(["", "123456789012", "12345678901234", "1234567890abc", "1-1037-00000-00-1"])("refuses %j as not 13 digits", (value) => {
    expect(isValidNationalId(value)).toBe(false);
  });

  it("accepts a valid example and the synthetic demo IDs (which start 00000)", () => {
    expect(isValidNationalId("1101700230708")).toBe(true);
    for (const serial of [0, 1, 1014, 9_999_999]) {
      const id = syntheticNationalId(serial);
      expect(id).toMatch(/^00000\d{8}$/);
      expect(isValidNationalId(id)).toBe(true);
    }
  });

  it("reports the field at fault when the check digit is wrong, after dashes are removed", () => {
    const { problems } = checkLeaderFields({ ...VALID, nationalId: "1-1017-00230-70-4" });
    expect(problems).toEqual([
      {
        field: "nationalId",
        message: "nationalId fails its check digit",
        messageTh: "เลขประจำตัวประชาชนไม่ถูกต้อง (หลักตรวจสอบไม่ตรง) ตรวจสอบกับบัตรประชาชนอีกครั้ง",
      },
    ]);
    expect(checkLeaderFields({ ...VALID, nationalId: "1-1017-00230-70-8" }).fields?.nationalId).toBe("1101700230708");
  });
});

describe("Thai phone numbers", () => {
  it.each([
    ["081-234-5678", "0812345678"],
    ["081 234 5678", "0812345678"],
    ["0812345678", "0812345678"],
    ["+66 81 234 5678", "0812345678"],
    ["+66812345678", "0812345678"],
    ["66812345678", "0812345678"],
    ["(081) 234-5678", "0812345678"],
    ["062-345-6789", "0623456789"],
    ["09 1234 5678", "0912345678"],
    ["02-123-4567", "021234567"],
    ["039 311 234", "039311234"],
    ["+66 2 123 4567", "021234567"],
    ["081-234-567", null],
    ["1812345678", null],
    ["01-234-5678", null],
    ["0812345678901", null],
    ["08l2345678", null],
    ["", null],
  ])("%j → %j", (input, expected) => {
    expect(normalisePhone(input)).toBe(expected);
  });
});

describe("birth dates", () => {
  it.each([
    ["1975-03-15", "1975-03-15"],
    ["15/03/2518", "1975-03-15"],
    ["5/3/1975", "1975-03-05"],
    ["31/02/2518", null],
    ["2518-03-15x", null],
  ])("%j → %j", (input, expected) => expect(parseBirthDate(input)).toBe(expected));
});

describe("CSV reader (RFC 4180)", () => {
  const records = async (text: string) => {
    const all: { record: number; fields: string[] }[] = [];
    for await (const record of readCsv(text)) all.push(record);
    return all;
  };
  const rows = async (text: string) => (await records(text)).map((r) => r.fields);

  it("reads quotes, doubled quotes, commas and line breaks inside quotes, CRLF and LF, a BOM", async () => {
    expect(await rows('\uFEFFa,b,c\r\n1,"x, y","say ""hi"""\n2,"two\nlines",\r\n')).toEqual([
      ["a", "b", "c"],
      ["1", "x, y", 'say "hi"'],
      ["2", "two\nlines", ""],
    ]);
  });

  it("numbers records (not lines) and skips blank lines", async () => {
    expect((await records('h\n\n"a\nb"\nc')).map((r) => r.record)).toEqual([1, 3, 4]);
  });

  it.each([
    ['a,"b\n', 1, "A quoted field is not closed"],
    ['h\na,"b"c\n', 2, "A quoted field must end at a comma or a line end"],
    ['h\n\na,b"c\n', 3, "A field with a quote must be quoted as a whole"],
  ])("refuses malformed %j, naming the record", async (text, record, message) => {
    await expect(records(text)).rejects.toMatchObject({ record, message });
  });

  it("reads CR, LF and CRLF line ends mixed, and Thai split across its 64 KB chunks", async () => {
    const lines = Array.from({ length: 20_000 }, (_, i) => [`ผู้นำ${i}`, i % 5 ? "สุขใจ" : "สุข, ใจ\nดี", `${i}`]);
    const text = lines.map((fields, i) => csvLine(fields) + ["\r\n", "\n", "\r"][i % 3]).join("");
    expect(Buffer.byteLength(text)).toBeGreaterThan(5 * 64 * 1024);
    expect(await rows(text)).toEqual(lines);
  });

  it("writes what it reads", async () => {
    const fields = ["plain", "with, comma", 'with "quote"', "two\nlines", ""];
    expect(await rows(csvLine(fields))).toEqual([fields]);
  });
});

const VALID = {
  title: "นาย",
  firstName: "สมชาย",
  lastName: "ใจดี",
  nationalId: "1101700230708",
  tambonCode: "220102",
  cohortYear: 2564,
};
