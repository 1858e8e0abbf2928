import { beDateTimeToIso, beToIso, isoToBe, isoToBeDateTime } from "../admin/src/bedate";

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

// Events start and end at a Bangkok date and time typed the same way.
test.each([
  ["15/03/2564 09:30", "2021-03-15T09:30:00+07:00"],
  ["1/10/2563 0:00", "2020-10-01T00:00:00+07:00"],
])("%s is the instant %s", (be, iso) => {
  expect(beDateTimeToIso(be)).toBe(iso);
  expect(new Date(iso).getTime()).toBe(new Date(beDateTimeToIso(be)).getTime());
});

test.each(["15/03/2564", "15/03/2564 24:00", "15/03/2564 9:60", "31/04/2564 09:00", "2021-03-15T09:30"])(
  "%s is left for the API to refuse",
  (text) => {
    expect(beDateTimeToIso(text)).toBe(text);
  },
);

test("an instant shows in Bangkok time and the Buddhist Era, and back", () => {
  expect(isoToBeDateTime("2021-03-15T02:30:00.000Z")).toBe("15/03/2564 09:30");
  expect(isoToBeDateTime("2020-09-30T17:00:00Z")).toBe("01/10/2563 00:00");
  expect(new Date(beDateTimeToIso(isoToBeDateTime("2021-03-15T02:30:00.000Z"))).toISOString()).toBe("2021-03-15T02:30:00.000Z");
  expect(isoToBeDateTime(null)).toBe("");
});

test.each(["01/10/2563 0", "1/10/2563 00:0"])("%s, still being typed, stays as typed", (text) => {
  expect(isoToBeDateTime(text)).toBe(text);
});
