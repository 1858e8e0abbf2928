import { type FieldProps, useRecordContext, useTranslate } from "react-admin";

/** An enum value through its i18n key (enums.<group>.<VALUE>); a value without one says "other", never its code. */
export function EnumField({ source, group }: FieldProps & { source: string; group: string }) {
  const record = useRecordContext();
  const translate = useTranslate();
  const value = record?.[source];
  return <span>{value ? translate(`enums.${group}.${value}`, { _: translate("cl.enumOther", { _: "อื่น ๆ" }) }) : ""}</span>;
}
EnumField.displayName = "EnumField";
