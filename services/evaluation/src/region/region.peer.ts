import { type RequestContext, queryPeer } from "@change-leaders/common";

interface InspectionRegions {
  inspectionRegions: { code: string; provinceCodes: string[] }[];
}

/**
 * The provinces of an inspection region in a fiscal year, asked of the people subgraph that owns the
 * region table (data per fiscal year), as the caller. Batched per request and fiscal year.
 */
export async function provincesOfRegion(ctx: RequestContext, fiscalYear: number, regionCode: string): Promise<string[]> {
  const regions = await ctx.loaders
    .get<number, InspectionRegions["inspectionRegions"]>("inspectionRegions", (years) =>
      Promise.all(years.map(async (fy) => (await queryPeer<InspectionRegions>(ctx, "people", INSPECTION_REGIONS, { fy })).inspectionRegions ?? [])),
    )
    .load(fiscalYear);
  return regions.find((region) => region.code === regionCode)?.provinceCodes ?? [];
}

const INSPECTION_REGIONS = "query($fy:Int!){ inspectionRegions(fiscalYear:$fy){ code provinceCodes } }";
