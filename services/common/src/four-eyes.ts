import { type RequestContext, requireIdentity } from "./context";
import { DomainError } from "./errors";

/** A step that a second person takes after the first: accepting what was submitted, publishing what was written. */
export interface FourEyesStep {
  /** What the second person does, e.g. "accept". */
  step: string;
  /** What the first person did, e.g. "submitted". */
  firstStep: string;
  /** The refusal in Thai, for the page. */
  messageTh: string;
}

/**
 * SPEC section 2, four eyes: no one approves, accepts or publishes what they themselves recorded,
 * submitted or wrote. FORBIDDEN with `rule: "FOUR_EYES"` when the caller is the first person;
 * a record whose first person is not known (written before the rule) passes.
 */
export function requireSecondPerson(ctx: RequestContext, firstPersonId: string | null | undefined, rule: FourEyesStep): void {
  const identity = requireIdentity(ctx);
  if (firstPersonId && firstPersonId === identity.id)
    throw new DomainError("FORBIDDEN", `Four eyes: the account that ${rule.firstStep} it cannot ${rule.step} it; another account must`, {
      rule: "FOUR_EYES",
      messageTh: rule.messageTh,
    });
}
