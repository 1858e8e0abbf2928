import { EventStatus } from "../event.entity";
import { EVENT_TRANSITIONS, type EventAction, nextEventStatus } from "../event.transitions";

const { SCHEDULED, CANCELLED } = EventStatus;

/** Every status × every action: where it leads, or the refusal a caller reads. */
const TABLE: [EventStatus, EventAction, EventStatus | string][] = [
  [SCHEDULED, "EDIT", SCHEDULED],
  [SCHEDULED, "TAKE_PART", SCHEDULED],
  [SCHEDULED, "CANCEL", CANCELLED],
  [CANCELLED, "EDIT", "The event is cancelled"],
  [CANCELLED, "TAKE_PART", "The event is cancelled"],
  [CANCELLED, "CANCEL", "The event is cancelled"],
];

describe("the event workflow", () => {
  it("covers every status and action", () => {
    expect(TABLE).toHaveLength(Object.values(EventStatus).length * Object.keys(EVENT_TRANSITIONS).length);
  });

  it.each(TABLE)("%s + %s → %s", (from, action, outcome) => {
    if (Object.values(EventStatus).includes(outcome as EventStatus)) {
      expect(nextEventStatus(from, action)).toBe(outcome);
    } else {
      expect(() => nextEventStatus(from, action)).toThrow(
        expect.objectContaining({ message: outcome, extensions: expect.objectContaining({ code: "INVALID_TRANSITION", from, action }) }),
      );
    }
  });
});
