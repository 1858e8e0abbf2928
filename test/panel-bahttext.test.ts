import { bahttext } from "../admin/src/bahttext";

// The amount in Thai words on the panel's award page, as on Thai cheques.
test.each([
  ["0", "ศูนย์บาทถ้วน"],
  ["1", "หนึ่งบาทถ้วน"],
  ["11", "สิบเอ็ดบาทถ้วน"],
  ["21", "ยี่สิบเอ็ดบาทถ้วน"],
  ["101", "หนึ่งร้อยเอ็ดบาทถ้วน"],
  ["1234.50", "หนึ่งพันสองร้อยสามสิบสี่บาทห้าสิบสตางค์"],
  ["0.25", "ยี่สิบห้าสตางค์"],
  ["250000.00", "สองแสนห้าหมื่นบาทถ้วน"],
  ["1000000.00", "หนึ่งล้านบาทถ้วน"],
  ["1000001", "หนึ่งล้านเอ็ดบาทถ้วน"],
  ["21000000", "ยี่สิบเอ็ดล้านบาทถ้วน"],
  ["1500000.75", "หนึ่งล้านห้าแสนบาทเจ็ดสิบห้าสตางค์"],
])("%s baht reads %s", (amount, words) => {
  expect(bahttext(amount)).toBe(words);
});

test("refuses what is not an amount", () => {
  expect(() => bahttext("12,000")).toThrow("not an amount of baht");
});
