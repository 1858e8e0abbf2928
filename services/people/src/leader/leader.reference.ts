import { type RequestContext, authenticatedReference } from "@change-leaders/common";
import { leaderService } from "./leader.service";

/** `Leader` references from other subgraphs, resolved through the request's DataLoader (one statement per batch). */
export const leaderReferences = {
  Leader: { __resolveReference: authenticatedReference((ref: { id: string }, ctx: RequestContext) => leaderService.findReadable(ctx, ref.id)) },
};
