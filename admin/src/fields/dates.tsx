import { type FieldProps, useLocaleState, useRecordContext } from "react-admin";
import { formatDate } from "../i18n";

/** A date (or date-time) in the Buddhist Era when the panel speaks Thai. */
export function BeDateField({ source, showTime = false }: FieldProps & { source: string; showTime?: boolean }) {
  const record = useRecordContext();
  const [locale] = useLocaleState();
  return <span>{formatDate(record?.[source], locale, showTime)}</span>;
}
BeDateField.displayName = "BeDateField";
