import { type Transitions, nextStatus } from "@change-leaders/common";
import { EventStatus } from "./event.entity";

/** What can be done to an event: change it, register leaders and record who attended (`TAKE_PART`), cancel it. */
export type EventAction = "EDIT" | "TAKE_PART" | "CANCEL";

const { SCHEDULED, CANCELLED } = EventStatus;

/** SCHEDULED → CANCELLED, once and for good; a cancelled event is neither changed nor attended. */
export const EVENT_TRANSITIONS: Transitions<EventStatus, EventAction> = {
  EDIT: { from: [SCHEDULED], to: null },
  TAKE_PART: { from: [SCHEDULED], to: null },
  CANCEL: { from: [SCHEDULED], to: CANCELLED },
};

/** The status an event in `from` has after `action`; INVALID_TRANSITION when the table does not allow it. */
export function nextEventStatus(from: EventStatus, action: EventAction): EventStatus {
  return nextStatus(EVENT_TRANSITIONS, from, action, (status, refused) =>
    status === CANCELLED ? "The event is cancelled" : `A ${status} event cannot take ${refused}`,
  );
}
