import {
  type Identity,
  type RequestContext,
  DomainError,
  Role,
  forbidden,
  partnerScope,
  PartnerScope,
  queryPeer,
  requireIdentity,
  requireProvince,
} from "@change-leaders/common";

/** Roles that change leaders. */
const WRITERS: ReadonlySet<Role> = new Set([Role.ADMIN, Role.PROVINCE_OFFICER]);

/** Roles that read leaders only of the tambons whose nominations they may read (SPEC section 2). */
const NOMINATION_READERS: ReadonlySet<Role> = new Set([Role.INSPECTOR, Role.JUDGE]);

const NOMINATED_TAMBONS = "query NeedToKnowTambons { readableNominationTambons }";

/**
 * The access rules of leaders (SPEC sections 2 and 5.7), in one place; the personal fields follow the
 * need-to-know rule of common (need-to-know.ts):
 * - a PROVINCE_OFFICER reads only the leaders of their province (`provinceScope`);
 * - an INSPECTOR or JUDGE only the leaders of the tambons of the nominations they may read (their
 *   regions' provinces that year, the national round), as the evaluation subgraph says;
 * - a PARTNER of AGGREGATE scope no leader at all, a NAMED one names and community roles;
 * - ADMIN writes anywhere, a PROVINCE_OFFICER only in their province; nobody else writes.
 */
export const leaderAccess = {
  /** FORBIDDEN unless the caller may read this leader. */
  async assertRead(ctx: RequestContext, leader: { provinceCode: string; tambonCode: string }): Promise<void> {
    requireProvince(ctx, leader.provinceCode, "This leader belongs to another province");
    if (partnerScope(ctx.identity) === PartnerScope.AGGREGATE)
      throw new DomainError("FORBIDDEN", "An AGGREGATE partner key reads no leader", {
        messageTh: "กุญแจ API ขอบเขตข้อมูลสรุป (AGGREGATE) อ่านข้อมูลผู้นำรายบุคคลไม่ได้",
      });
    const tambons = await leaderAccess.readableTambons(ctx);
    if (tambons && !tambons.includes(leader.tambonCode))
      throw new DomainError("FORBIDDEN", "This leader is not of a nomination you review", {
        messageTh: "ผู้นำคนนี้ไม่อยู่ในตำบลที่ท่านพิจารณาการคัดเลือก",
      });
  },

  /**
   * The tambons whose leaders the caller may read, or null for no such limit (the province scope
   * aside). Asked of evaluation once per request, with the caller's own identity.
   */
  async readableTambons(ctx: RequestContext): Promise<string[] | null> {
    if (!NOMINATION_READERS.has(requireIdentity(ctx).role)) return null;
    return ctx.loaders
      .get<string, string[]>("readableNominationTambons", (keys) =>
        queryPeer<{ readableNominationTambons: string[] }>(ctx, "evaluation", NOMINATED_TAMBONS).then((answer) =>
          keys.map(() => answer.readableNominationTambons),
        ),
      )
      .load("all");
  },

  /** FORBIDDEN unless the caller may create or change leaders in `provinceCode` (any province when omitted). */
  assertWrite(ctx: RequestContext, provinceCode?: string): Identity {
    const identity = requireIdentity(ctx);
    if (!WRITERS.has(identity.role)) throw forbidden("Your role may not change leaders");
    if (provinceCode !== undefined) requireProvince(ctx, provinceCode, "Officers change only the leaders of their own province");
    return identity;
  },
};
