import { DisbursementStatus } from "../disbursement/disbursement.entity";
import { DISBURSEMENT_TRANSITIONS, type DisbursementAction } from "../disbursement/disbursement.transitions";
import { NominationStatus } from "../nomination/nomination.entity";
import { NOMINATION_TRANSITIONS, type NominationAction, nextNominationStatus } from "../nomination/nomination.transitions";
import { averageHundredths, formatHundredths, rankByMean, weightedTotalHundredths, weightsAddUp } from "../rubric/rubric.arithmetic";
import { EXAMPLE_CRITERIA } from "../seed/seed";

const { DRAFT, SUBMITTED, UNDER_REVIEW, SELECTED, NOT_SELECTED, WITHDRAWN } = NominationStatus;
const ACTIONS = Object.keys(NOMINATION_TRANSITIONS) as NominationAction[];

/** SPEC section 4, written out as the whole table: every status × every action → the status after, or refused. */
const EXPECTED: Record<NominationStatus, Partial<Record<NominationAction, NominationStatus>>> = {
  [DRAFT]: { submit: SUBMITTED, withdraw: WITHDRAWN },
  [SUBMITTED]: { startReview: UNDER_REVIEW, return: DRAFT, withdraw: WITHDRAWN },
  [UNDER_REVIEW]: { select: SELECTED, reject: NOT_SELECTED, withdraw: WITHDRAWN },
  [SELECTED]: {},
  [NOT_SELECTED]: {},
  [WITHDRAWN]: {},
};

describe("the nomination status machine", () => {
  const cases = Object.values(NominationStatus).flatMap((status) =>
    ACTIONS.map((action) => [status, action, EXPECTED[status][action] ?? null] as const),
  );

  it.each(cases)("%s + %s → %s", (status, action, expected) => {
    if (expected) expect(nextNominationStatus(status, action)).toBe(expected);
    else
      expect(() => nextNominationStatus(status, action)).toThrow(
        expect.objectContaining({ extensions: expect.objectContaining({ code: "INVALID_TRANSITION" }) }),
      );
  });

  it("asks for a reason exactly to return, reject and withdraw", () => {
    expect(ACTIONS.filter((action) => NOMINATION_TRANSITIONS[action].reasonRequired).sort()).toEqual(["reject", "return", "withdraw"]);
  });

  it("lets nothing leave a decision or a withdrawal", () => {
    for (const transition of Object.values(NOMINATION_TRANSITIONS)) expect(transition.from).not.toEqual(expect.arrayContaining([SELECTED]));
    for (const transition of Object.values(NOMINATION_TRANSITIONS)) expect(transition.from).not.toContain(WITHDRAWN);
  });
});

describe("the disbursement status machine", () => {
  const { RECORDED, APPROVED, PAID, CANCELLED } = DisbursementStatus;
  it.each<[DisbursementStatus, DisbursementAction, DisbursementStatus | null]>([
    [RECORDED, "approve", APPROVED],
    [RECORDED, "pay", null],
    [RECORDED, "cancel", CANCELLED],
    [APPROVED, "approve", null],
    [APPROVED, "pay", PAID],
    [APPROVED, "cancel", CANCELLED],
    [PAID, "approve", null],
    [PAID, "pay", null],
    [PAID, "cancel", null],
    [CANCELLED, "approve", null],
    [CANCELLED, "pay", null],
    [CANCELLED, "cancel", null],
  ])("%s + %s → %s", (status, action, expected) => {
    const transition = DISBURSEMENT_TRANSITIONS[action];
    expect(transition.from.includes(status) ? transition.to : null).toBe(expected);
  });
});

describe("rubric arithmetic", () => {
  const fifteens = [
    { weight: 50, maxScore: 15 },
    { weight: 50, maxScore: 7 },
  ];
  it.each<[string, { weight: number; maxScore: number }[], number[], string]>([
    ["full marks", EXAMPLE_CRITERIA, [10, 10, 10, 10], "100.00"],
    ["nothing", EXAMPLE_CRITERIA, [0, 0, 0, 0], "0.00"],
    ["the demo's 9/8/9/8: 27 + 20 + 22.5 + 16", EXAMPLE_CRITERIA, [9, 8, 9, 8], "85.50"],
    ["weights matter, not only scores", EXAMPLE_CRITERIA, [10, 0, 0, 0], "30.00"],
    [
      "thirds round half up once (50×1/3 = 16.666…)",
      [
        { weight: 50, maxScore: 3 },
        { weight: 50, maxScore: 3 },
      ],
      [1, 0],
      "16.67",
    ],
    ["sevenths and fifteenths add exactly before rounding", fifteens, [7, 3], "44.76"],
    [
      "0.1 + 0.2 kinds of sums stay exact",
      [
        { weight: 10, maxScore: 10 },
        { weight: 20, maxScore: 10 },
        { weight: 70, maxScore: 10 },
      ],
      [1, 1, 0],
      "3.00",
    ],
    [
      "exact half rounds up",
      [
        { weight: 1, maxScore: 8 },
        { weight: 99, maxScore: 1 },
      ],
      [1, 0],
      "0.13",
    ],
  ])("%s", (_name, criteria, scores, total) => {
    expect(formatHundredths(weightedTotalHundredths(criteria, scores))).toBe(total);
  });

  it("averages hundredths half up and ranks by the exact mean, ties sharing a rank", () => {
    expect(formatHundredths(averageHundredths(8650 + 8575, 2))).toBe("86.13");
    const ranks = rankByMean([
      { key: "a", sum: 17225n, count: 2n },
      { key: "b", sum: 8613n, count: 1n },
      { key: "c", sum: 9000n, count: 1n },
      { key: "d", sum: 25839n, count: 3n },
    ]);
    expect(Object.fromEntries(ranks)).toEqual({ c: 1, b: 2, d: 2, a: 4 });
  });

  it("the example rubric's weights add up to 100", () => {
    expect(weightsAddUp(EXAMPLE_CRITERIA)).toBe(true);
    expect(weightsAddUp([{ weight: 60, maxScore: 10 }])).toBe(false);
  });
});
