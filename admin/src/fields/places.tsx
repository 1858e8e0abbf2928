import { useEffect, useState } from "react";
import { type FieldProps, useLocaleState, useRecordContext } from "react-admin";
import { type Place, placeName, tambonNames, useProvinces } from "./names";

/** The record's tambon by name in the panel's language (read by its code when the record does not carry it). */
export function TambonField({ source = "tambon" }: FieldProps) {
  const record = useRecordContext();
  const [locale] = useLocaleState();
  const carried = record?.[source === "tambonCode" ? "tambon" : source] as Place | undefined;
  const code = (record?.tambonCode as string | undefined) ?? carried?.code;
  const [read, setRead] = useState<Place | undefined>();
  useEffect(() => {
    let live = true;
    if (!carried?.nameTh && code) void tambonNames([code]).then((names) => live && setRead(names.get(code)));
    return () => {
      live = false;
    };
  }, [carried?.nameTh, code]);
  return <span>{placeName(carried?.nameTh ? carried : read, locale) ?? ""}</span>;
}
TambonField.displayName = "TambonField";

/** A province by name in the panel's language, from the record's province code (`provinceCode`, `organiserProvinceCode`…). */
export function ProvinceField({ source = "provinceCode" }: FieldProps) {
  const record = useRecordContext();
  const [locale] = useLocaleState();
  const provinces = useProvinces();
  const value = record?.[source] as string | string[] | { code: string }[] | undefined;
  const codes = (Array.isArray(value) ? value : value ? [value] : []).map((item) => (typeof item === "string" ? item : item.code));
  return <span>{codes.map((code) => placeName(provinces.get(code), locale) ?? "").join(", ")}</span>;
}
ProvinceField.displayName = "ProvinceField";
