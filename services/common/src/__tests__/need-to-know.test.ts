import { Role } from "../identity";
import {
  PartnerScope,
  birthYearBE,
  discloseSnapshot,
  maskNationalId,
  maskPhone,
  partnerMaySelect,
  personalDisclosure,
  redactPersonalText,
} from "../need-to-know";

describe("need to know: the one rule", () => {
  it.each([
    [Role.ADMIN, null, "22", "FULL"],
    [Role.PROVINCE_OFFICER, "22", "22", "FULL"],
    [Role.PROVINCE_OFFICER, "21", "22", "MASKED"],
    [Role.INSPECTOR, null, "22", "MASKED"],
    [Role.JUDGE, null, "22", "MASKED"],
    [Role.BUDGET_OFFICER, null, "22", "MASKED"],
    [Role.EXECUTIVE, null, "22", "MASKED"],
    [Role.PARTNER, null, "22", "REFUSED"],
  ])("%s of province %s reads a leader of %s: %s", (role, provinceCode, leaderProvince, disclosure) => {
    expect(personalDisclosure({ role, provinceCode }, leaderProvince)).toBe(disclosure);
  });

  it.each([
    ["1101700203450", "x-xxxx-xxxxx-45-0"],
    ["1-1017-00203-45-0", "x-xxxx-xxxxx-45-0"],
    ["12345", "x-xxxx-xxxxx-xx-x"],
  ])("masks the national ID %s as %s", (id, masked) => expect(maskNationalId(id)).toBe(masked));

  it.each([
    ["0812345678", "xxxxxx5678"],
    ["021234567", "xxxxx4567"],
    ["123", "xxx"],
  ])("masks the phone %s as %s", (phone, masked) => expect(maskPhone(phone)).toBe(masked));

  it("gives a birth date's Buddhist-Era year", () => {
    expect(birthYearBE("1980-05-01")).toBe(2523);
    expect(birthYearBE(null)).toBeNull();
  });

  it("masks a history snapshot by the province it names, and removes the fields for a partner", () => {
    const snapshot = JSON.stringify({ id: "l1", provinceCode: "22", nationalId: "1101700203450", phone: "0812345678", birthDate: "1980-05-01" });
    const officer = { kind: "account", id: "o", name: "o", role: Role.PROVINCE_OFFICER } as const;
    expect(discloseSnapshot({ ...officer, provinceCode: "22" }, snapshot)).toBe(snapshot);
    expect(JSON.parse(discloseSnapshot({ ...officer, provinceCode: "21" }, snapshot)!)).toEqual({
      id: "l1",
      provinceCode: "22",
      nationalId: "x-xxxx-xxxxx-45-0",
      phone: "xxxxxx5678",
      birthDate: "2523",
    });
    expect(JSON.parse(discloseSnapshot({ kind: "apiKey", id: "k", name: "k", role: Role.PARTNER }, snapshot)!)).toEqual({
      id: "l1",
      provinceCode: "22",
    });
    expect(discloseSnapshot(null, '{"amount":"1.00"}')).toBe('{"amount":"1.00"}');
  });

  it.each([
    [PartnerScope.AGGREGATE, "Tambon", "leaders", true],
    [PartnerScope.AGGREGATE, "LeaderPage", "totalCount", true],
    [PartnerScope.AGGREGATE, "LeaderPage", "nodes", false],
    [PartnerScope.AGGREGATE, "Leader", "firstName", false],
    [PartnerScope.NAMED, "LeaderPage", "nodes", true],
    [PartnerScope.NAMED, "Leader", "firstName", true],
    [PartnerScope.NAMED, "Leader", "communityRole", true],
    [PartnerScope.NAMED, "Leader", "nationalId", false],
    [PartnerScope.NAMED, "Leader", "phone", false],
    [PartnerScope.NAMED, "Leader", "birthYear", false],
    [PartnerScope.NAMED, "Leader", "participations", false],
    [PartnerScope.NAMED, "Participation", "attended", false],
    [PartnerScope.NAMED, "AccessLogEntry", "actorName", false],
    [PartnerScope.NAMED, "LeaderDataExport", "leader", false],
    [PartnerScope.NAMED, "Review", "reviewerId", false],
    [PartnerScope.AGGREGATE, "Award", "amount", true],
  ])("a %s partner selecting %s.%s: %s", (scope, type, field, allowed) => expect(partnerMaySelect(scope, type, field)).toBe(allowed));

  it("keeps national IDs and phone numbers out of text bound for a log", () => {
    expect(redactPersonalText("Duplicate entry '1101700203450-2564' for key; call 0812345678")).toBe(
      "Duplicate entry '[national ID redacted]-2564' for key; call [phone redacted]",
    );
    expect(redactPersonalText("at line 1234")).toBe("at line 1234");
  });
});
