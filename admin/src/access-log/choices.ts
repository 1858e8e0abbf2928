/** The personal fields an access-log entry names (comma-separated in `fields`), each with its words in the i18n files. */
export const LOGGED_FIELDS = ["nationalId", "phone", "birthDate", "firstName", "lastName"];

/** "nationalId,phone" in the user's words: "เลขประจำตัวประชาชน, เบอร์โทรศัพท์". */
export function fieldWords(fields: string, translate: (key: string, options?: { _: string }) => string): string {
  return fields
    .split(",")
    .map((field) => field.trim())
    .filter(Boolean)
    .map((field) => translate(`cl.accessLog.fieldNames.${field}`, { _: field }))
    .join(", ");
}

/** Who read: the account's (or key's) name and its role in words. */
export const actorWords = (
  entry: { actorName?: unknown; actorRole?: unknown },
  translate: (key: string, options?: { _: string }) => string,
): string => `${String(entry.actorName ?? "")} (${translate(`enums.role.${String(entry.actorRole)}`, { _: String(entry.actorRole ?? "") })})`;

/** The request a read came through in words: the panel's operations by name, any other (a partner's own) as "another request". */
export const operationWords = (operation: string | null, translate: (key: string, options?: { _: string }) => string): string =>
  operation ? translate(`cl.accessLog.operations.${operation}`, { _: translate("cl.accessLog.operationOther") }) : "-";
