import { type RequestContext, queryPeer, subgraphUrl } from "@change-leaders/common";

/** The province codes by people subgraph, asked once per process: the 77 provinces are reference data. */
const known = new Map<string, Promise<string[]>>();

/** Every province code people knows, in code order; a failed ask is not remembered, so the next one asks again. */
export function provinceCodes(ctx: RequestContext): Promise<string[]> {
  const key = subgraphUrl(ctx.config, "people");
  let codes = known.get(key);
  if (!codes) {
    codes = queryPeer<{ provinces: { code: string }[] }>(ctx, "people", "{ provinces { code } }").then((answer) =>
      answer.provinces.map((province) => province.code).sort(),
    );
    known.set(key, codes);
    codes.catch(() => known.delete(key));
  }
  return codes;
}
