import { fromSatang, moneyJson, normaliseBaht, satangColumn, toSatang } from "../money";

describe("baht amounts are exact", () => {
  it.each([
    ["1000000.00", 100000000n, "1000000.00"],
    ["1000000", 100000000n, "1000000.00"],
    ["12.5", 1250n, "12.50"],
    ["0.01", 1n, "0.01"],
    ["0.1", 10n, "0.10"],
    ["-250.75", -25075n, "-250.75"],
    ["999999999999.99", 99999999999999n, "999999999999.99"],
  ])("%s baht is %d satang and reads back as %s", (input, satang, printed) => {
    expect(toSatang(input)).toBe(satang);
    expect(fromSatang(satang)).toBe(printed);
    expect(normaliseBaht(input)).toBe(printed);
  });

  it.each(["1.234", "abc", "", "1,000.00", "1e6", "0x10", " . ", "1000000000000.00"])("refuses %p with BAD_USER_INPUT on the field", (input) => {
    expect(() => toSatang(input, "input.amount")).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ code: "BAD_USER_INPUT", field: "input.amount" }) }),
    );
  });

  it("adds 0.1 and 0.2 baht to exactly 0.30, unlike floating point", () => {
    expect(fromSatang(toSatang("0.1") + toSatang("0.2"))).toBe("0.30");
  });

  it.each([
    [100000000, "1000000.00"],
    ["100000000", "1000000.00"],
    [1n, "0.01"],
  ])("reads the satang column value %p (as each driver returns it) as the satang of %s", (stored, baht) => {
    expect(satangColumn.from(stored)).toBe(toSatang(baht));
    expect(satangColumn.to(toSatang(baht))).toBe(String(stored));
  });

  it("writes money in a snapshot as the baht the API shows, never as a number", () => {
    expect(JSON.parse(moneyJson({ amount: 100000050n, purpose: "ค่าวัสดุ", nested: { disbursedTotal: 1n } }))).toEqual({
      amount: "1000000.50",
      purpose: "ค่าวัสดุ",
      nested: { disbursedTotal: "0.01" },
    });
  });
});
