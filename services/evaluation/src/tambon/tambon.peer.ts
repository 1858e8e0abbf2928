import { type RequestContext, badInput, queryPeer } from "@change-leaders/common";

/** Refuses a tambon code the people subgraph (which owns the geography) does not know. */
export async function requireKnownTambon(ctx: RequestContext, tambonCode: string, field = "input.tambonCode"): Promise<void> {
  const answer = await queryPeer<{ tambon: { code: string } | null }>(ctx, "people", "query($code:ID!){ tambon(code:$code){ code } }", {
    code: tambonCode,
  });
  if (!answer.tambon) throw badInput(field, `Tambon ${tambonCode} does not exist`);
}
