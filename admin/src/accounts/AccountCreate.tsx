import { useEffect, useState } from "react";
import { Create, FormDataConsumer, NumberInput, PasswordInput, SelectInput, SimpleForm, TextInput, minLength, required } from "react-admin";
import { usePanelDataProvider } from "../dataProvider";
import { useFiscalYears } from "../fiscal-years/useFiscalYears";
import { ProvinceInput } from "../inputs/places";
import { useRoles } from "./choices";

/** The inspection regions of a fiscal year, for an inspector's login. */
function RegionInput({ fiscalYear }: { fiscalYear: number }) {
  const dataProvider = usePanelDataProvider();
  const [regions, setRegions] = useState<{ id: string; name: string }[]>([]);
  useEffect(() => {
    dataProvider
      .query<{ inspectionRegions: { code: string; nameTh: string }[] }>("inspectionRegions", { y: fiscalYear })
      .then((data) => setRegions(data.inspectionRegions.map((r) => ({ id: r.code, name: `${r.code} · ${r.nameTh}` }))))
      .catch(() => setRegions([]));
  }, [fiscalYear]);
  return <SelectInput source="regionCode" choices={regions} validate={required()} />;
}

/** A new login; an inspector's names a region of the working fiscal year by default (useFiscalYears). */
export const AccountCreate = () => {
  const roles = useRoles();
  const { current } = useFiscalYears();
  if (current === null) return null;
  return (
    <Create redirect="list">
      <SimpleForm defaultValues={{ role: "PROVINCE_OFFICER", fiscalYear: current }}>
        <TextInput source="username" validate={required()} autoComplete="off" />
        <PasswordInput source="password" validate={[required(), minLength(12)]} autoComplete="new-password" />
        <TextInput source="displayName" validate={required()} fullWidth />
        <SelectInput source="role" choices={roles} validate={required()} />
        <FormDataConsumer>
          {({ formData }) =>
            formData.role === "PROVINCE_OFFICER" ? (
              <ProvinceInput source="provinceCode" />
            ) : formData.role === "INSPECTOR" ? (
              <>
                <NumberInput source="fiscalYear" />
                <RegionInput fiscalYear={Number(formData.fiscalYear) || current} />
              </>
            ) : null
          }
        </FormDataConsumer>
      </SimpleForm>
    </Create>
  );
};
