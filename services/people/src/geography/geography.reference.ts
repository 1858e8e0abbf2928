import { type RequestContext, authenticatedReference } from "@change-leaders/common";
import { geographyService } from "./geography.service";

/** Resolves Province, District and Tambon references from other subgraphs through the loaders. */
export const geographyReferences = {
  Province: { __resolveReference: authenticatedReference((ref: { code: string }, ctx: RequestContext) => geographyService.province(ctx, ref.code)) },
  District: { __resolveReference: authenticatedReference((ref: { code: string }, ctx: RequestContext) => geographyService.district(ctx, ref.code)) },
  Tambon: { __resolveReference: authenticatedReference((ref: { code: string }, ctx: RequestContext) => geographyService.tambon(ctx, ref.code)) },
};
