import type { RequestContext } from "../context";
import { DomainError } from "../errors";
import { type Identity, Role } from "../identity";
import { provinceScope, requireProvince } from "../scope";

const callerOf = (role: Role, codes: Partial<Pick<Identity, "provinceCode" | "regionCode">> = {}) =>
  ({
    identity: { kind: "account", id: "caller", name: "caller", role, provinceCode: null, regionCode: null, ...codes },
  }) as unknown as RequestContext;

function codeOf(run: () => unknown): string {
  try {
    run();
    return "passes";
  } catch (error) {
    return error instanceof DomainError ? error.code : "not a domain error";
  }
}

describe("where a caller's reach ends (one rule for the three subgraphs)", () => {
  it.each([
    ["an admin", null, null, callerOf(Role.ADMIN)],
    ["an officer of Chanthaburi", "22", null, callerOf(Role.PROVINCE_OFFICER, { provinceCode: "22" })],
    ["an inspector of region 9", null, "9", callerOf(Role.INSPECTOR, { regionCode: "9" })],
    ["a judge", null, null, callerOf(Role.JUDGE)],
    ["a budget officer", null, null, callerOf(Role.BUDGET_OFFICER)],
    ["an executive", null, null, callerOf(Role.EXECUTIVE)],
    ["a partner", null, null, callerOf(Role.PARTNER)],
  ])("%s is confined to province %s", (_who, province, _region, ctx) => {
    expect(provinceScope(ctx)).toBe(province);
  });

  it.each([
    ["an officer account without a province", "FORBIDDEN", () => provinceScope(callerOf(Role.PROVINCE_OFFICER))],
    ["nobody signed in", "UNAUTHENTICATED", () => provinceScope({ identity: null } as unknown as RequestContext)],
    ["an officer of 22 acting on province 20", "FORBIDDEN", () => requireProvince(callerOf(Role.PROVINCE_OFFICER, { provinceCode: "22" }), "20")],
    ["an officer of 22 acting on province 22", "passes", () => requireProvince(callerOf(Role.PROVINCE_OFFICER, { provinceCode: "22" }), "22")],
    ["an admin acting on province 20", "passes", () => requireProvince(callerOf(Role.ADMIN), "20")],
    ["an inspector acting on province 20", "passes", () => requireProvince(callerOf(Role.INSPECTOR, { regionCode: "9" }), "20")],
  ])("%s: %s", (_case, code, run) => {
    expect(codeOf(run)).toBe(code);
  });

  it("names the refused province in the message a caller sees, or the message the rule gives", () => {
    const officer = callerOf(Role.PROVINCE_OFFICER, { provinceCode: "22" });
    expect(() => requireProvince(officer, "20")).toThrow("A province officer of 22 may not act on province 20");
    expect(() => requireProvince(officer, "20", "This leader belongs to another province")).toThrow("This leader belongs to another province");
  });
});
