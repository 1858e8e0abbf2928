import { DomainError } from "./errors";

/**
 * Workflows as data, one shape for every record that has a status (nominations, disbursements,
 * progress reports, events), after Vendure's finite-state machine: a table says, for each action,
 * the statuses it may start from and the status it leads to; `nextStatus` is the only judge.
 * Each workflow keeps its table in `<record>.transitions.ts` next to its entity.
 */

/** One action of a workflow: where it may start, and where it leads (null: the status stays, as for an edit). */
export interface Transition<S extends string> {
  readonly from: readonly S[];
  readonly to: S | null;
}

/** A workflow's table: every action of `A` with its transition (`T` may carry more, such as whether a reason is required). */
export type Transitions<S extends string, A extends string, T extends Transition<S> = Transition<S>> = Readonly<Record<A, T>>;

/** True when the table lets `action` start from `from`. */
export function allowsTransition<S extends string, A extends string>(transitions: Transitions<S, A>, from: S, action: A): boolean {
  return transitions[action].from.includes(from);
}

/**
 * The status a record in `from` has after `action`; otherwise INVALID_TRANSITION with the message
 * `refusal` words and, for the caller's program, `from`, `action` and the statuses it may start from.
 */
export function nextStatus<S extends string, A extends string>(
  transitions: Transitions<S, A>,
  from: S,
  action: A,
  refusal: (from: S, action: A) => string,
): S {
  const transition = transitions[action];
  if (!transition.from.includes(from)) {
    throw new DomainError("INVALID_TRANSITION", refusal(from, action), { from, action, allowedFrom: [...transition.from] });
  }
  return transition.to ?? from;
}
