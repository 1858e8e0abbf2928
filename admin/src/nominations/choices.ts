export const NOMINATION_STATUSES = ["DRAFT", "SUBMITTED", "UNDER_REVIEW", "SELECTED", "NOT_SELECTED", "WITHDRAWN"];
export const ROUNDS = ["PROVINCE", "REGION", "NATION"];

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
