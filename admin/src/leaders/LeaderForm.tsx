import { NumberInput, SelectInput, SimpleForm, TextInput, required, usePermissions } from "react-admin";
import { me } from "../authProvider";
import { useChoices } from "../inputs/choices";
import { BeDateInput } from "../inputs/dates";
import { TambonInput } from "../inputs/places";
import { GENDERS, LEADER_STATUSES } from "./choices";

/** The same form creates and edits a leader; on create the names, national ID, tambon and cohort are required. */
export function LeaderForm({ creating }: { creating: boolean }) {
  const statuses = useChoices("status", LEADER_STATUSES);
  const genders = useChoices("gender", GENDERS);
  const must = creating ? [required()] : [];
  const { permissions } = usePermissions();
  const province = permissions === "PROVINCE_OFFICER" ? (me()?.provinceCode ?? null) : null;
  return (
    <SimpleForm>
      <TextInput source="title" validate={must} />
      <TextInput source="firstName" validate={must} />
      <TextInput source="lastName" validate={must} />
      <SelectInput source="gender" choices={genders} />
      <BeDateInput source="birthDate" />
      <TextInput source="nationalId" validate={must} />
      <TextInput source="phone" />
      <TextInput source="communityRole" />
      <TambonInput source="tambonCode" provinceCode={province} validate={must} label="resources.leaders.fields.tambon" />
      <NumberInput source="villageNo" />
      <NumberInput source="cohortYear" validate={must} />
      <SelectInput source="status" choices={statuses} defaultValue="ACTIVE" />
    </SimpleForm>
  );
}
