import { type RequestContext, Role, provinceScope } from "@change-leaders/common";
import { inspectedProvinces } from "../region/region.peer";
import { Nomination, NominationStatus } from "./nomination.entity";
import { ContestRound } from "../contest/contest-round";

export interface NominationScope {
  condition: string;
  parameters: Record<string, unknown>;
}

/** The decided results, public to every reader (SPEC section 2): other provinces' officers and partners see only these. */
export const DECIDED: readonly NominationStatus[] = [NominationStatus.SELECTED, NominationStatus.NOT_SELECTED];

/**
 * Which nominations a caller reads (SPEC section 2), as an SQL condition on `alias` so that pages and
 * counts agree: inspectors those of the provinces of the regions they serve each fiscal year (people
 * holds regions and assignments per year), judges the national round, province officers their own
 * province's and the decided results of the others, partners the decided results; null (everything)
 * for admins, budget officers and executives.
 */
export async function nominationScope(ctx: RequestContext, alias: string, fiscalYear?: number): Promise<NominationScope | null> {
  const role = ctx.identity?.role;
  if (role === Role.JUDGE) return { condition: `${alias}.round = :judgedRound`, parameters: { judgedRound: ContestRound.NATION } };
  if (role === Role.PARTNER) return { condition: `${alias}.status IN (:...decided)`, parameters: { decided: DECIDED } };
  if (role === Role.PROVINCE_OFFICER)
    return {
      condition: `(${alias}.provinceCode = :ownProvince OR ${alias}.status IN (:...decided))`,
      parameters: { ownProvince: provinceScope(ctx), decided: DECIDED },
    };
  if (role !== Role.INSPECTOR) return null;
  const years = fiscalYear
    ? [fiscalYear]
    : (await ctx.dataSource.manager.createQueryBuilder(Nomination, "n").select("DISTINCT n.fiscalYear", "fy").getRawMany<{ fy: number }>()).map(
        (row) => Number(row.fy),
      );
  const scopes: string[] = [];
  const parameters: Record<string, unknown> = {};
  for (const [i, fy] of years.entries()) {
    const provinces = (await inspectedProvinces(ctx, fy)) ?? [];
    if (provinces.length === 0) continue;
    scopes.push(`(${alias}.fiscalYear = :scopeYear${i} AND ${alias}.provinceCode IN (:...scopeProvinces${i}))`);
    parameters[`scopeYear${i}`] = fy;
    parameters[`scopeProvinces${i}`] = provinces;
  }
  return { condition: scopes.length ? `(${scopes.join(" OR ")})` : "1 = 0", parameters };
}

/** Whether the caller may read the reviews of this nomination: not when an officer of another province (SPEC section 2). */
export function mayReadReviews(ctx: RequestContext, nomination: Nomination): boolean {
  return ctx.identity?.role !== Role.PROVINCE_OFFICER || nomination.provinceCode === provinceScope(ctx);
}

/** Whether the caller may read this one nomination. */
export async function mayReadNomination(ctx: RequestContext, nomination: Nomination): Promise<boolean> {
  const role = ctx.identity?.role;
  if (role === Role.JUDGE) return nomination.round === ContestRound.NATION;
  if (role === Role.PARTNER) return DECIDED.includes(nomination.status);
  if (role === Role.PROVINCE_OFFICER) return nomination.provinceCode === provinceScope(ctx) || DECIDED.includes(nomination.status);
  const provinces = await inspectedProvinces(ctx, nomination.fiscalYear);
  return provinces === null || provinces.includes(nomination.provinceCode);
}
