/** An event's registrations, one page at a time (the event page reads them all to tick leaders). */
export const REGISTERED = `query Registered($id: ID!, $page: PageInput) {
  event(id: $id) { participations(page: $page) { totalCount nodes { attended leader { id } } } } }`;
