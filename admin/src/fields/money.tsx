import { type FieldProps, useRecordContext } from "react-admin";
import { formatBaht } from "../i18n";

/** ฿1,000,000.00 */
export function BahtField({ source }: FieldProps & { source: string }) {
  const record = useRecordContext();
  return <span style={{ whiteSpace: "nowrap" }}>{formatBaht(record?.[source])}</span>;
}
