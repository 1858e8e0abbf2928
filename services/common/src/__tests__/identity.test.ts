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
});
