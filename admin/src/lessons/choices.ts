export const LESSON_STATUSES = ["DRAFT", "PUBLISHED"];
/** The four texts of a summary. */
export const LESSON_TEXTS = ["successFactors", "challenges", "lessons", "recommendations"];

/** Who writes and publishes summaries. */
export const mayWrite = (role: unknown) => role === "ADMIN" || role === "PROVINCE_OFFICER";
