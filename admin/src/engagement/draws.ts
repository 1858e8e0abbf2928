import { gql } from "../graphql";

/** A recorded draw as the past-draws page reads it. */
export interface RecordedDraw {
  id: string;
  size: number;
  seed: string;
  populationCount: number;
  drawnAt: string;
  /** The account that drew it (its display name from staffNames; never shown as a login). */
  drawnById: string | null;
  filter: {
    provinceCode: string | null;
    tambonCode: string | null;
    channel: string | null;
    leaderId: string | null;
    eventId: string | null;
    postedFrom: string | null;
    postedTo: string | null;
  };
  posts: { id: string; url: string; title: string | null; channel: string; tambon: { nameTh: string; nameEn: string } | null }[];
}
export interface DrawReplay {
  matches: boolean;
  postIds: string[];
  populationCount: number;
}

export const DRAWS_PAGE = 20;

const DRAWS = `query Draws($page: PageInput) { engagementDraws(page: $page) { totalCount nodes { id size seed populationCount drawnAt drawnById
  filter { provinceCode tambonCode channel leaderId eventId postedFrom postedTo }
  posts { id url title channel tambon { nameTh nameEn } } } } }`;
const NAMES = `query StaffNames($ids: [ID!]!) { staffNames(ids: $ids) { id displayName } }`;
const REPLAY = `query Replay($id: ID!) { replayEngagementDraw(id: $id) { matches postIds populationCount } }`;

/** A page of the recorded draws, latest first, with who drew each as a person's name (never a login). */
export async function readDraws(page: number): Promise<{ draws: RecordedDraw[]; total: number; names: Map<string, string> }> {
  const data = await gql<{ engagementDraws: { totalCount: number; nodes: RecordedDraw[] } }>(DRAWS, {
    page: { limit: DRAWS_PAGE, offset: page * DRAWS_PAGE },
  });
  const draws = data.engagementDraws.nodes;
  const ids = [...new Set(draws.map((d) => d.drawnById).filter((id): id is string => Boolean(id)))];
  const names = new Map<string, string>();
  if (ids.length > 0) {
    const staff = await gql<{ staffNames: { id: string; displayName: string }[] }>(NAMES, { ids });
    for (const person of staff.staffNames) names.set(person.id, person.displayName);
  }
  return { draws, total: data.engagementDraws.totalCount, names };
}

export async function replayDraw(id: string): Promise<DrawReplay> {
  return (await gql<{ replayEngagementDraw: DrawReplay }>(REPLAY, { id })).replayEngagementDraw;
}
