/** What the event page reads to register leaders: every active leader of the target tambons, and who is registered. */
const LEADER = "id title firstName lastName tambonCode";

/** The active leaders of an event's target tambons, one page (of at most 500) at a time. */
export const CANDIDATES = `query Candidates($tambonCodes: [ID!], $page: PageInput) {
  leaders(filter: { tambonCodes: $tambonCodes, status: ACTIVE }, page: $page) { totalCount nodes { ${LEADER} } } }`;

/** An event's registrations, one page at a time. */
export const REGISTERED = `query Registered($id: ID!, $page: PageInput) {
  event(id: $id) { participations(page: $page) { totalCount nodes { attended leader { id } } } } }`;
