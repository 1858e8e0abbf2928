import { type FieldProps, useLocaleState, useRecordContext, useTranslate } from "react-admin";
import { formatDate } from "../i18n";

/**
 * A leader's birth date in the Buddhist Era; for staff who are not given it (outside the leader's province), the year
 * of birth (พ.ศ.) the API gives them instead.
 */
export function BirthField(_: FieldProps) {
  const record = useRecordContext();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (record?.birthDate) return <span>{formatDate(record.birthDate, locale)}</span>;
  if (record?.birthYear) return <span>{translate("cl.leader.birthYearOnly", { year: record.birthYear })}</span>;
  return <span />;
}
BirthField.displayName = "BirthField";
