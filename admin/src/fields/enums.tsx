import { type FieldProps, useRecordContext, useTranslate } from "react-admin";

/** An enum value through its i18n key (enums.<group>.<VALUE>). */
export function EnumField({ source, group }: FieldProps & { source: string; group: string }) {
  const record = useRecordContext();
  const translate = useTranslate();
  const value = record?.[source];
  return <span>{value ? translate(`enums.${group}.${value}`, { _: value }) : ""}</span>;
}
