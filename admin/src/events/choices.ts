export const EVENT_KINDS = [
  "KICKOFF_MEETING",
  "WORKSHOP",
  "FOOD_SECURITY",
  "MONITORING",
  "OUTSTANDING_CONTEST",
  "EXCELLENCE_FORUM",
  "LESSONS_LEARNED",
];
export const EVENT_MODES = ["ONSITE", "ONLINE", "HYBRID"];

/** Who organises events (creates, edits and cancels them, registers participants). */
export const mayOrganise = (role: unknown) => role === "ADMIN" || role === "PROVINCE_OFFICER";
