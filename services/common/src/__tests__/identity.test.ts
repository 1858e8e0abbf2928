import jwt from "jsonwebtoken";
import { Role, signLoginToken, signSubgraphIdentity, verifyLoginToken, verifySubgraphIdentity, type Identity } from "../identity";

const SECRET = "a-test-secret-that-is-long-enough-for-hs256";
const officer: Identity = { kind: "account", id: "a1", name: "officer", role: Role.PROVINCE_OFFICER, provinceCode: "22", regionCode: null };
const unauthenticated = expect.objectContaining({ extensions: expect.objectContaining({ code: "UNAUTHENTICATED" }) });

describe("tokens", () => {
  it("a login token carries the identity back", () => {
    const { token, expiresAt } = signLoginToken(officer, SECRET, 60);
    expect(verifyLoginToken(token, SECRET)).toEqual(officer);
    expect(expiresAt.getTime()).toBeGreaterThan(Date.now());
  });

  it.each([
    ["signed with another secret", () => signLoginToken(officer, "another-secret-another-secret-another", 60).token],
    ["expired", () => signLoginToken(officer, SECRET, -10).token],
    [
      "unsigned (alg none)",
      () =>
        jwt.sign({ role: "ADMIN", kind: "account", name: "x" }, "", {
          algorithm: "none",
          subject: "x",
          audience: "change-leaders",
          issuer: "change-leaders",
        }),
    ],
    ["a subgraph identity replayed as a login", () => signSubgraphIdentity(officer, SECRET)],
    ["garbage", () => "not.a.token"],
  ])("a login token %s is refused", (_label, make) => {
    expect(() => verifyLoginToken(make(), SECRET)).toThrow(unauthenticated);
  });

  it("a subgraph accepts only what the gateway signed, never a login token", () => {
    expect(verifySubgraphIdentity(signSubgraphIdentity(officer, SECRET), SECRET)).toEqual(officer);
    expect(() => verifySubgraphIdentity(signLoginToken(officer, SECRET, 60).token, SECRET)).toThrow(unauthenticated);
  });

  it("a token naming an unknown role is refused", () => {
    const forged = jwt.sign({ role: "SUPERUSER", kind: "account", name: "x" }, SECRET, {
      subject: "x",
      audience: "change-leaders",
      issuer: "change-leaders",
    });
    expect(() => verifyLoginToken(forged, SECRET)).toThrow(unauthenticated);
  });

  describe("verified and signed tokens are remembered only while they live", () => {
    afterEach(() => jest.useRealTimers());

    it("a remembered login token is refused once it expires, and under another secret", () => {
      jest.useFakeTimers({ now: new Date("2031-01-01T00:00:00Z") });
      const { token } = signLoginToken(officer, SECRET, 60);
      expect(verifyLoginToken(token, SECRET)).toEqual(officer);
      expect(verifyLoginToken(token, SECRET)).toEqual(officer);
      expect(() => verifyLoginToken(token, "another-secret-another-secret-another")).toThrow(unauthenticated);
      jest.setSystemTime(new Date("2031-01-01T00:01:00Z"));
      expect(() => verifyLoginToken(token, SECRET)).toThrow(unauthenticated);
    });

    it("a remembered subgraph identity is refused once it expires", () => {
      jest.useFakeTimers({ now: new Date("2032-01-02T00:00:00Z") });
      const token = signSubgraphIdentity(officer, SECRET);
      expect(verifySubgraphIdentity(token, SECRET)).toEqual(officer);
      jest.setSystemTime(new Date("2032-01-02T00:05:00Z"));
      expect(() => verifySubgraphIdentity(token, SECRET)).toThrow(unauthenticated);
    });

    it("the gateway signs one subgraph token per identity and a fresh one when less than a minute of it is left", () => {
      jest.useFakeTimers({ now: new Date("2033-01-03T00:00:00Z") });
      const first = signSubgraphIdentity(officer, SECRET);
      expect(signSubgraphIdentity({ ...officer }, SECRET)).toBe(first);
      expect(signSubgraphIdentity({ ...officer, role: Role.ADMIN, provinceCode: null }, SECRET)).not.toBe(first);
      expect(signSubgraphIdentity({ ...officer, id: "a2" }, SECRET)).not.toBe(first);
      jest.setSystemTime(new Date("2033-01-03T00:03:59Z"));
      expect(signSubgraphIdentity(officer, SECRET)).toBe(first);
      jest.setSystemTime(new Date("2033-01-03T00:04:01Z"));
      const renewed = signSubgraphIdentity(officer, SECRET);
      expect(renewed).not.toBe(first);
      expect(verifySubgraphIdentity(renewed, SECRET)).toEqual(officer);
    });
  });
});
