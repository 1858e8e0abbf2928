export const LEADER_STATUSES = ["ACTIVE", "WITHDRAWN"];
export const GENDERS = ["MALE", "FEMALE", "OTHER"];
