import { Kind } from "graphql";
import { BahtScalar, DateScalar, isLocalDate } from "../scalars";

describe("Date scalar", () => {
  it.each([
    ["2021-02-15", true],
    ["2020-02-29", true],
    ["2021-02-29", false],
    ["2021-13-01", false],
    ["15/02/2564", false],
    ["2021-2-15", false],
  ])("%s is a calendar date: %s", (value, valid) => {
    expect(isLocalDate(value)).toBe(valid);
    if (valid) expect(DateScalar.parseValue(value)).toBe(value);
    else
      expect(() => DateScalar.parseValue(value)).toThrow(
        expect.objectContaining({ extensions: expect.objectContaining({ code: "BAD_USER_INPUT" }) }),
      );
  });
});

describe("Baht scalar", () => {
  it("serialises with two decimals and never as a number", () => {
    expect(BahtScalar.serialize("1000000")).toBe("1000000.00");
    expect(BahtScalar.serialize(100000050n)).toBe("1000000.50");
    expect(BahtScalar.parseValue("250000.5")).toBe(25000050n);
    expect(() => BahtScalar.parseValue(1000000)).toThrow(/string/);
    expect(() => BahtScalar.parseLiteral({ kind: Kind.FLOAT, value: "10.5" })).toThrow(/string/);
    expect(BahtScalar.parseLiteral({ kind: Kind.STRING, value: "10.5" })).toBe(1050n);
  });
});
