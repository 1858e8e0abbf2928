import { Create, NumberInput, SelectInput, SimpleForm, TextInput, required, usePermissions, useTranslate } from "react-admin";
import { me } from "../authProvider";
import { useFiscalYears } from "../fiscal-years/useFiscalYears";
import { TambonInput } from "../inputs/places";
import { roundsFor } from "./choices";

/**
 * A province officer puts a tambon forward (a draft, submitted from its page) at the provincial round only: later
 * rounds follow from the panels' selections, so the officer is offered that one round; admins any round.
 */
export function NominationCreate() {
  const translate = useTranslate();
  const { permissions } = usePermissions();
  const province = permissions === "PROVINCE_OFFICER" ? (me()?.provinceCode ?? null) : null;
  const { current } = useFiscalYears();
  const rounds = roundsFor(permissions);
  if (current === null) return null;
  return (
    <Create redirect="show">
      <SimpleForm>
        <TambonInput source="tambonCode" provinceCode={province} validate={required()} label="resources.nominations.fields.tambon" />
        <NumberInput source="fiscalYear" defaultValue={current} validate={required()} />
        <SelectInput
          source="round"
          defaultValue="PROVINCE"
          readOnly={rounds.length === 1}
          choices={rounds.map((id) => ({ id, name: translate(`enums.round.${id}`) }))}
        />
        <TextInput source="summary" multiline minRows={3} fullWidth validate={required()} />
      </SimpleForm>
    </Create>
  );
}
