import { Stack } from "@mui/material";
import { FormDataConsumer, NumberInput, SelectInput, SimpleForm, TextInput, required, usePermissions } from "react-admin";
import { me } from "../authProvider";
import { useChoices } from "../inputs/choices";
import { BeDateTimeInput } from "../inputs/dates";
import { ProvinceArrayInput, ProvinceInput, TambonArrayInput } from "../inputs/places";
import { EVENT_KINDS, EVENT_MODES } from "./choices";

/** The same form creates and edits; the kind and organising province are fixed once the event exists. */
export function EventForm({ creating }: { creating: boolean }) {
  const kinds = useChoices("eventKind", EVENT_KINDS);
  const modes = useChoices("eventMode", EVENT_MODES);
  const { permissions } = usePermissions();
  const officerProvince = permissions === "PROVINCE_OFFICER" ? (me()?.provinceCode ?? null) : null;
  return (
    <SimpleForm defaultValues={creating ? { mode: "ONSITE", targetLeadersPerTambon: 15, organiserProvinceCode: officerProvince } : undefined}>
      {creating && <SelectInput source="kind" choices={kinds} validate={required()} />}
      <TextInput source="title" validate={required()} fullWidth />
      <Stack direction="row" spacing={2}>
        <BeDateTimeInput source="startsAt" validate={required()} />
        <BeDateTimeInput source="endsAt" validate={required()} />
      </Stack>
      <SelectInput source="mode" choices={modes} validate={required()} />
      <FormDataConsumer>
        {({ formData }) => (
          <>
            {formData.mode !== "ONLINE" && <TextInput source="venue" fullWidth />}
            {formData.mode !== "ONSITE" && <TextInput source="meetingUrl" fullWidth />}
          </>
        )}
      </FormDataConsumer>
      <NumberInput source="fiscalYear" helperText="cl.event.fiscalYearHelp" />
      {creating && permissions === "ADMIN" && <ProvinceInput source="organiserProvinceCode" />}
      <FormDataConsumer>
        {({ formData }) => (
          <TambonArrayInput
            source="tambonCodes"
            provinceCode={(formData.organiserProvinceCode as string | null | undefined) ?? officerProvince}
            label="resources.events.fields.tambons"
          />
        )}
      </FormDataConsumer>
      <NumberInput source="targetLeadersPerTambon" min={0} />
      <ProvinceArrayInput source="joinedProvinceCodes" />
    </SimpleForm>
  );
}
