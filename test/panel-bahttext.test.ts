import { bahttext } from "../admin/src/bahttext";

// The amount in Thai words on the panel's award page, as on Thai cheques.
test.each([
  ["0", "ศูนย์บาทถ้วน"],
  ["1", "หนึ่งบาทถ้วน"],
  ["11", "สิบเอ็ดบาทถ้วน"],
  ["21", "ยี่สิบเอ็ดบาทถ้วน"],
  // a 1 after a 0 reads หนึ่ง, as Google Sheets' BAHTTEXT has it (the Royal Institute takes หนึ่งร้อยเอ็ด too)
  ["101", "หนึ่งร้อยหนึ่งบาทถ้วน"],
  ["111", "หนึ่งร้อยสิบเอ็ดบาทถ้วน"],
  ["1234.50", "หนึ่งพันสองร้อยสามสิบสี่บาทห้าสิบสตางค์"],
  ["0.25", "ยี่สิบห้าสตางค์"],
  ["0.01", "หนึ่งสตางค์"],
  ["250000.00", "สองแสนห้าหมื่นบาทถ้วน"],
  ["250000.50", "สองแสนห้าหมื่นบาทห้าสิบสตางค์"],
  ["1000000.00", "หนึ่งล้านบาทถ้วน"],
  ["1000001", "หนึ่งล้านหนึ่งบาทถ้วน"],
  ["11000000", "สิบเอ็ดล้านบาทถ้วน"],
  ["21000000", "ยี่สิบเอ็ดล้านบาทถ้วน"],
  ["1500000.75", "หนึ่งล้านห้าแสนบาทเจ็ดสิบห้าสตางค์"],
  ["-500.00", "ลบห้าร้อยบาทถ้วน"],
  ["999999999999999.99", "เก้าร้อยเก้าสิบเก้าล้านเก้าแสนเก้าหมื่นเก้าพันเก้าร้อยเก้าสิบเก้าล้านเก้าแสนเก้าหมื่นเก้าพันเก้าร้อยเก้าสิบเก้าบาทเก้าสิบเก้าสตางค์"],
])("%s baht reads %s", (amount, words) => {
  expect(bahttext(amount)).toBe(words);
});

test("a number reads as its amount to the satang", () => {
  expect(bahttext(1234.5)).toBe("หนึ่งพันสองร้อยสามสิบสี่บาทห้าสิบสตางค์");
  expect(bahttext(0.29)).toBe("ยี่สิบเก้าสตางค์");
});

test.each(["12,000", "1.234", "", "abc", "1e6"])("refuses %j, which is not an amount of baht (the package would give a word for it)", (amount) => {
  expect(() => bahttext(amount)).toThrow("not an amount of baht");
});

test("refuses an amount too large to read exactly rather than reading it as nothing", () => {
  expect(() => bahttext("9007199254740993.00")).toThrow("too large");
});
