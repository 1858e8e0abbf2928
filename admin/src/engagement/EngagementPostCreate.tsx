import {
  AutocompleteInput,
  Create,
  FormDataConsumer,
  ReferenceInput,
  SelectInput,
  SimpleForm,
  TextInput,
  required,
  usePermissions,
} from "react-admin";
import { me } from "../authProvider";
import { BeDateTimeInput } from "../inputs/dates";
import { TambonInput } from "../inputs/places";
import { channels } from "./choices";

const leaderText = (leader: { title: string; firstName: string; lastName: string }) => `${leader.title}${leader.firstName} ${leader.lastName}`;

export function EngagementPostCreate() {
  const { permissions } = usePermissions();
  const province = permissions === "PROVINCE_OFFICER" ? (me()?.provinceCode ?? null) : null;
  return (
    <Create redirect="show">
      <SimpleForm defaultValues={{ channel: "FACEBOOK" }}>
        <SelectInput source="channel" choices={channels} validate={required()} />
        <TextInput source="url" validate={required()} fullWidth />
        <TextInput source="title" fullWidth />
        <TambonInput source="tambonCode" provinceCode={province} validate={required()} label="resources.engagementPosts.fields.tambon" />
        <FormDataConsumer>
          {({ formData }) =>
            formData.tambonCode ? (
              <ReferenceInput source="leaderId" reference="leaders" filter={{ tambonCode: formData.tambonCode, status: "ACTIVE" }} perPage={100}>
                <AutocompleteInput optionText={leaderText} filterToQuery={(search) => (search ? { search } : {})} sx={{ minWidth: 320 }} />
              </ReferenceInput>
            ) : null
          }
        </FormDataConsumer>
        <BeDateTimeInput source="postedAt" validate={required()} />
      </SimpleForm>
    </Create>
  );
}
