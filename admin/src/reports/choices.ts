export const REPORT_STATUSES = ["DRAFT", "SUBMITTED", "ACCEPTED", "RETURNED"];

/** Who writes and submits reports. */
export const mayReport = (role: unknown) => role === "ADMIN" || role === "PROVINCE_OFFICER";
