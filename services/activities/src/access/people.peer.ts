import { type RequestContext, badInput, notFound, queryPeer } from "@change-leaders/common";

/** A leader as the people subgraph tells this subgraph about them: no personal data, only what rules need. */
export interface PeerLeader {
  id: string;
  tambonCode: string;
  status: "ACTIVE" | "WITHDRAWN";
}

const ENTITIES = `query ActivitiesCheck($r: [_Any!]!) {
  _entities(representations: $r) {
    __typename
    ... on Tambon { code }
    ... on Province { code }
  }
}`;

const LEADERS = `query ActivitiesLeaders($r: [_Any!]!) {
  _entities(representations: $r) { ... on Leader { id tambonCode status } }
}`;

/**
 * Checks, in one call to the people subgraph, that every tambon and province code names a real one;
 * BAD_USER_INPUT on the field that holds the first unknown code.
 */
export async function requireKnownPlaces(
  ctx: RequestContext,
  places: { tambons?: { codes: readonly string[]; field: string }; provinces?: { codes: readonly string[]; field: string } },
): Promise<void> {
  const tambons = [...new Set(places.tambons?.codes ?? [])];
  const provinces = [...new Set(places.provinces?.codes ?? [])];
  if (tambons.length + provinces.length === 0) return;
  const representations = [
    ...tambons.map((code) => ({ __typename: "Tambon", code })),
    ...provinces.map((code) => ({ __typename: "Province", code })),
  ];
  const answer = await queryPeer<{ _entities: ({ code: string } | null)[] }>(ctx, "people", ENTITIES, { r: representations });
  answer._entities.forEach((entity, i) => {
    if (entity) return;
    if (i < tambons.length) throw badInput(places.tambons!.field, `There is no tambon ${tambons[i]}`, { code: tambons[i] });
    const code = provinces[i - tambons.length];
    throw badInput(places.provinces!.field, `There is no province ${code}`, { code });
  });
}

/** The leaders of `ids` from the people subgraph in one call; NOT_FOUND for the first that does not exist. */
export async function requireLeaders(ctx: RequestContext, ids: readonly string[]): Promise<Map<string, PeerLeader>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const answer = await queryPeer<{ _entities: (PeerLeader | null)[] }>(ctx, "people", LEADERS, {
    r: unique.map((id) => ({ __typename: "Leader", id })),
  });
  const leaders = new Map<string, PeerLeader>();
  answer._entities.forEach((leader, i) => {
    if (!leader?.id) throw notFound("Leader", unique[i]);
    leaders.set(unique[i], leader);
  });
  return leaders;
}
