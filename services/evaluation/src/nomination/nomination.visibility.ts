import { type RequestContext, Role } from "@change-leaders/common";
import { inspectedProvinces } from "../region/region.peer";
import { Nomination } from "./nomination.entity";
import { ContestRound } from "../contest/contest-round";

export interface NominationScope {
  condition: string;
  parameters: Record<string, unknown>;
}

/**
 * Which nominations a caller reads (SPEC section 2), as an SQL condition on `alias` so that pages and
 * counts agree: inspectors those of the provinces of the regions they serve each fiscal year (people
 * holds regions and assignments per year), judges the national round; null (everything) for everyone else.
 */
export async function nominationScope(ctx: RequestContext, alias: string, fiscalYear?: number): Promise<NominationScope | null> {
  if (ctx.identity?.role === Role.JUDGE) return { condition: `${alias}.round = :judgedRound`, parameters: { judgedRound: ContestRound.NATION } };
  if (ctx.identity?.role !== Role.INSPECTOR) return null;
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

/** Whether the caller may read this one nomination. */
export async function mayReadNomination(ctx: RequestContext, nomination: Nomination): Promise<boolean> {
  if (ctx.identity?.role === Role.JUDGE) return nomination.round === ContestRound.NATION;
  const provinces = await inspectedProvinces(ctx, nomination.fiscalYear);
  return provinces === null || provinces.includes(nomination.provinceCode);
}
