import { useChoices } from "../inputs/choices";

export const ROLES = ["ADMIN", "PROVINCE_OFFICER", "INSPECTOR", "JUDGE", "BUDGET_OFFICER", "EXECUTIVE"];

/** The roles as a select's choices, in the panel's language. */
export const useRoles = () => useChoices("role", ROLES);
