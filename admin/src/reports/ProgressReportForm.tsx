import { Stack, Typography } from "@mui/material";
import { ReferenceInput, SelectInput, SimpleForm, TextInput, required, usePermissions, useTranslate } from "react-admin";
import { me } from "../authProvider";
import { BeDateInput } from "../inputs/dates";
import { TambonInput } from "../inputs/places";
import { IndicatorInputs } from "./indicators";

/** The same form creates and edits; the tambon and the food-security event are chosen once, on create. */
export function ProgressReportForm({ creating }: { creating: boolean }) {
  const { permissions } = usePermissions();
  const province = permissions === "PROVINCE_OFFICER" ? (me()?.provinceCode ?? null) : null;
  const translate = useTranslate();
  return (
    <SimpleForm>
      {creating && <TambonInput source="tambonCode" provinceCode={province} validate={required()} label="resources.progressReports.fields.tambon" />}
      {creating && (
        <ReferenceInput source="eventId" reference="events" filter={{ kind: "FOOD_SECURITY", ...(province ? { provinceCode: province } : {}) }}>
          <SelectInput optionText="title" label="resources.progressReports.fields.eventId" />
        </ReferenceInput>
      )}
      <Stack direction="row" spacing={2}>
        <BeDateInput source="periodStart" validate={required()} />
        <BeDateInput source="periodEnd" validate={required()} />
      </Stack>
      <TextInput source="narrative" multiline minRows={3} fullWidth validate={required()} />
      <Typography variant="subtitle2">{translate("cl.report.indicators")}</Typography>
      <IndicatorInputs />
      <TextInput source="evidenceText" multiline minRows={2} fullWidth helperText="cl.report.evidenceHelp" />
    </SimpleForm>
  );
}
