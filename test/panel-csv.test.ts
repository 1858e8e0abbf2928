import { csvCell, toCsv } from "../admin/src/csv";

// What the panel's CSV export writes for one cell: a spreadsheet must never run a leader's name as a formula.
test.each([
  ["a formula", "=1+1", "'=1+1"],
  ["a plus", "+1", "'+1"],
  ["a minus that is not a number", "-1+1", "'-1+1"],
  ["a minus formula", "-SUM(A1)", "'-SUM(A1)"],
  ["an at-formula", "@SUM(A1)", "'@SUM(A1)"],
  ["a tab before a formula", "\t=1", "'\t=1"],
  ["a carriage return before a formula (quoted, as it holds CR)", "\r=1", '"\'\r=1"'],
  ["a link formula (quoted, as it holds quotes and commas)", '=HYPERLINK("http://evil/","x")', `"'=HYPERLINK(""http://evil/"",""x"")"`],
  ["a plain Thai name", "สมชาย", "สมชาย"],
  ["a Thai name with a comma", "สมชาย, ใจดี", '"สมชาย, ใจดี"'],
  ["a name with a quote", 'ดอกไม้ "จิ๋ว"', '"ดอกไม้ ""จิ๋ว"""'],
  ["a negative amount (the API's Money is a decimal string): stays a number", "-500.00", "-500.00"],
  ["a negative number", -1, "-1"],
  ["a minus one typed as text is a number too", "-1", "-1"],
  ["an amount", "250000.00", "250000.00"],
  ["nothing", null, ""],
  ["a date", "2026-12-04T05:00:00.000Z", "2026-12-04T05:00:00.000Z"],
])("%s: %j is written %j", (_label, value, written) => {
  expect(csvCell(value)).toBe(written);
});

test("a whole export: header, CRLF between rows, the formula neutralised, the amount a number", () => {
  const csv = toCsv(
    ["firstName", "remaining"],
    [
      { firstName: '=HYPERLINK("http://evil/","x")', remaining: "-1500.50" },
      { firstName: "สมศรี", remaining: "0.00" },
    ],
  );
  expect(csv).toBe(`firstName,remaining\r\n"'=HYPERLINK(""http://evil/"",""x"")",-1500.50\r\nสมศรี,0.00`);
});
