import { LeaderStatus } from "../leader/leader.entity";

/**
 * The PDPA retention rules of leaders (docs/data-map.md), in one place.
 *
 * A leader WITHDRAWN for longer than LEADER_RETENTION_DAYS loses, irreversibly, everything that
 * identifies the person: names, title, national ID, phone, birth date, gender, village number and
 * community role, in the leader row and in every history snapshot of it. What the programme counts
 * stays: the row, its id, tambon, cohort year and status, so attendance, awards and every aggregate
 * elsewhere keep their numbers.
 */

/** The name an anonymised leader carries (first and last name): "anonymised" in Thai. */
export const ANONYMISED_NAME = "ไม่ระบุตัวตน";

/** The leader's columns and the value each takes when anonymised (the national ID is blanked). */
export const ANONYMISED_VALUES = {
  title: "",
  firstName: ANONYMISED_NAME,
  lastName: ANONYMISED_NAME,
  firstNameKey: ANONYMISED_NAME,
  lastNameKey: ANONYMISED_NAME,
  nationalId: "",
  phone: null,
  birthDate: null,
  gender: null,
  villageNo: null,
  communityRole: null,
} as const;

/** The keys of a history snapshot (leaderSnapshot) that hold personal data, and what replaces them. */
export const ANONYMISED_SNAPSHOT_KEYS: readonly (keyof typeof ANONYMISED_VALUES)[] = [
  "title",
  "firstName",
  "lastName",
  "nationalId",
  "phone",
  "birthDate",
  "gender",
  "villageNo",
  "communityRole",
];

/**
 * When a leader's withdrawal counts from, after a write: null unless WITHDRAWN; kept while the status
 * stays WITHDRAWN (a row withdrawn before the column existed counts from its last change); now when
 * the leader becomes WITHDRAWN.
 */
export function withdrawnAtAfter(status: LeaderStatus, before?: { status: LeaderStatus; withdrawnAt: Date | null; updatedAt: Date }): Date | null {
  if (status !== LeaderStatus.WITHDRAWN) return null;
  if (before?.status === LeaderStatus.WITHDRAWN) return before.withdrawnAt ?? before.updatedAt;
  return new Date();
}

const DAY_MS = 24 * 3600 * 1000;

/** Leaders withdrawn before this moment are due for anonymisation. */
export const retentionCutoff = (now: Date, retentionDays: number) => new Date(now.getTime() - retentionDays * DAY_MS);
