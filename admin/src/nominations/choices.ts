export const NOMINATION_STATUSES = ["DRAFT", "SUBMITTED", "UNDER_REVIEW", "SELECTED", "NOT_SELECTED", "WITHDRAWN"];
export const ROUNDS = ["PROVINCE", "REGION", "NATION"];

/** The rounds a role may nominate at (the API refuses others): a province officer the provincial round only. */
export const roundsFor = (role: unknown): string[] => (role === "ADMIN" ? ROUNDS : ["PROVINCE"]);

/** A reviewer's review of a nomination, as the nomination's page reads it. */
export interface Review {
  id: string;
  reviewerId: string;
  reviewerName: string;
  recommendation: string;
  totalScore: string;
  submittedAt: string;
  comment: string | null;
}
