import { useEffect, useState } from "react";
import {
  AutocompleteArrayInput,
  AutocompleteInput,
  ReferenceArrayInput,
  ReferenceInput,
  type Validator,
  useLocaleState,
  useRecordContext,
} from "react-admin";
import { dataProvider } from "../dataProvider";

interface TambonChoice {
  code: string;
  nameTh: string;
  nameEn: string;
  district?: { nameTh: string; nameEn: string };
  province?: { nameTh: string; nameEn: string };
}

/** "ท่าช้าง · เมืองจันทบุรี · จันทบุรี" (or the English names), so that tambons of the same name can be told apart. */
function useTambonText() {
  const [locale] = useLocaleState();
  const name = (place?: { nameTh: string; nameEn: string }) => (place ? (locale === "en" ? place.nameEn : place.nameTh) : "");
  return (tambon: TambonChoice | undefined) =>
    tambon ? [name(tambon), name(tambon.district), name(tambon.province)].filter(Boolean).join(" · ") : "";
}

/** An option of the tambon pickers: its names, then its code (officers search by either); a picked chip shows names only. */
function TambonOption() {
  const tambon = useRecordContext<TambonChoice & { id: string }>();
  const text = useTambonText();
  return tambon ? <span>{`${text(tambon)} (${tambon.code})`}</span> : null;
}

/** The server filters the choices (by name or code), so every choice it sends matches what was typed. */
const everyChoice = () => true;

const bySearch = (search: string) => (search ? { search } : {});

/** A tambon picked by the start of its Thai or English name (or its code), optionally within one province. */
export function TambonInput({
  source,
  provinceCode,
  validate,
  label,
}: {
  source: string;
  provinceCode?: string | null;
  validate?: Validator | Validator[];
  label?: string;
}) {
  const text = useTambonText();
  return (
    <ReferenceInput source={source} reference="tambons" filter={provinceCode ? { provinceCode } : {}} perPage={20}>
      <AutocompleteInput
        label={label}
        optionText={<TambonOption />}
        inputText={(choice: TambonChoice) => text(choice)}
        matchSuggestion={everyChoice}
        filterToQuery={bySearch}
        validate={validate}
        sx={{ minWidth: 420 }}
      />
    </ReferenceInput>
  );
}

/** Several tambons (an event's targets), picked the same way. */
export function TambonArrayInput({ source, provinceCode, label }: { source: string; provinceCode?: string | null; label?: string }) {
  const text = useTambonText();
  return (
    <ReferenceArrayInput source={source} reference="tambons" filter={provinceCode ? { provinceCode } : {}} perPage={20}>
      <AutocompleteArrayInput
        label={label}
        optionText={<TambonOption />}
        inputText={(choice: TambonChoice) => text(choice)}
        matchSuggestion={everyChoice}
        filterToQuery={bySearch}
        sx={{ minWidth: 420 }}
      />
    </ReferenceArrayInput>
  );
}

interface Province {
  code: string;
  nameTh: string;
  nameEn: string;
}

let provinces: Promise<Province[]> | null = null;
/** The 77 provinces, read once per page load. */
function loadProvinces() {
  provinces ??= dataProvider.query<{ provinces: Province[] }>("provinces").then((data) => data.provinces);
  return provinces;
}

/** The 77 provinces as autocomplete choices, named in the panel's language. */
function useProvinceChoices() {
  const [locale] = useLocaleState();
  const [choices, setChoices] = useState<Province[]>([]);
  useEffect(() => {
    loadProvinces()
      .then(setChoices)
      .catch(() => setChoices([]));
  }, []);
  return { choices, optionValue: "code", optionText: (p: Province) => `${locale === "en" ? p.nameEn : p.nameTh} (${p.code})` };
}

/** A province picked by name (the 77 are few enough to filter in the browser). */
export function ProvinceInput({ source, label, alwaysOn: _alwaysOn }: { source: string; label?: string; alwaysOn?: boolean }) {
  return <AutocompleteInput source={source} label={label} {...useProvinceChoices()} sx={{ minWidth: 260 }} />;
}

/** Several provinces (the offices that joined a meeting). */
export function ProvinceArrayInput({ source, label }: { source: string; label?: string }) {
  return <AutocompleteArrayInput source={source} label={label} {...useProvinceChoices()} sx={{ minWidth: 420 }} />;
}
