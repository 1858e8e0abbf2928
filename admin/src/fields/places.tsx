import { type FieldProps, useLocaleState, useRecordContext } from "react-admin";

/** The record's tambon by name in the panel's language (its code while the tambon is not read). */
export function TambonField(_props: FieldProps) {
  const record = useRecordContext();
  const [locale] = useLocaleState();
  const tambon = record?.tambon as { code: string; nameTh: string; nameEn: string } | undefined;
  return <span>{tambon ? (locale === "en" ? tambon.nameEn : tambon.nameTh) : (record?.tambonCode ?? "")}</span>;
}
