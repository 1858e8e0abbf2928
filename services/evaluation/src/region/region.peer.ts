import { type RequestContext, Role, queryPeer, requireIdentity } from "@change-leaders/common";

interface InspectedProvinces {
  inspectedProvinces: string[];
}

/**
 * The provinces the calling inspector inspects in a fiscal year — those of the regions they are
 * assigned to that year, asked of the people subgraph that owns regions and assignments (SPEC
 * section 2: inspectors per fiscal year) — or null when the caller is not an inspector and so is not
 * confined to a region. Batched per request and fiscal year.
 */
export async function inspectedProvinces(ctx: RequestContext, fiscalYear: number): Promise<string[] | null> {
  const identity = requireIdentity(ctx);
  if (identity.role !== Role.INSPECTOR) return null;
  return ctx.loaders
    .get<number, string[]>("inspectedProvinces", (years) =>
      Promise.all(
        years.map(async (fy) => (await queryPeer<InspectedProvinces>(ctx, "people", INSPECTED_PROVINCES, { fy })).inspectedProvinces ?? []),
      ),
    )
    .load(fiscalYear);
}

const INSPECTED_PROVINCES = "query($fy:Int!){ inspectedProvinces(fiscalYear:$fy) }";
