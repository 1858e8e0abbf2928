import { beToIso, isoToBe } from "../admin/src/bedate";

// The panel's birth-date box takes day/month/B.E. year, as Thai forms do.
test.each([
  ["15/03/2507", "1964-03-15"],
  ["1/1/2564", "2021-01-01"],
  ["29/02/2563", "2020-02-29"],
])("%s is %s", (be, iso) => {
  expect(beToIso(be)).toBe(iso);
});

test.each(["29/02/2564", "31/04/2564", "15/03/64", "15-03-2507", ""])("%s is left for the API to refuse", (text) => {
  expect(beToIso(text)).toBe(text);
});

test("an ISO date shows in the Buddhist Era, and back", () => {
  expect(isoToBe("1964-03-15")).toBe("15/03/2507");
  expect(beToIso(isoToBe("2000-12-31"))).toBe("2000-12-31");
  expect(isoToBe(null)).toBe("");
});
