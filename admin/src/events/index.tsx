import EventIcon from "@mui/icons-material/Event";
import { Stack } from "@mui/material";
import {
  ArrayField,
  ChipField,
  Datagrid,
  EditButton,
  FormDataConsumer,
  List,
  NumberInput,
  SelectInput,
  Show,
  SimpleForm,
  SimpleShowLayout,
  SingleFieldList,
  TextField,
  TextInput,
  TopToolbar,
  UrlField,
  required,
  usePermissions,
  useRecordContext,
  useTranslate,
} from "react-admin";
import { me } from "../authProvider";
import { BeDateField, EnumField, HistoryPanel, ListActions } from "../fields";
import { formPages } from "../formPages";
import { BeDateTimeInput, ProvinceArrayInput, ProvinceInput, TambonArrayInput } from "../inputs";
import { WorkflowButton } from "../workflow";
import { Participants } from "./Participants";

const KINDS = ["KICKOFF_MEETING", "WORKSHOP", "FOOD_SECURITY", "MONITORING", "OUTSTANDING_CONTEST", "EXCELLENCE_FORUM", "LESSONS_LEARNED"];
const MODES = ["ONSITE", "ONLINE", "HYBRID"];
const CSV_COLUMNS = ["id", "kind", "title", "startsAt", "endsAt", "mode", "venue", "meetingUrl", "fiscalYear", "organiserProvinceCode", "status"];

function useChoices(group: string, values: string[]) {
  const translate = useTranslate();
  return values.map((id) => ({ id, name: translate(`enums.${group}.${id}`) }));
}

const mayOrganise = (role: unknown) => role === "ADMIN" || role === "PROVINCE_OFFICER";

function EventActions() {
  const { permissions } = usePermissions();
  return <ListActions columns={CSV_COLUMNS} mayCreate={mayOrganise(permissions)} />;
}

export function EventList() {
  const kinds = useChoices("eventKind", KINDS);
  const filters = [
    <NumberInput key="fiscalYear" source="fiscalYear" alwaysOn />,
    <SelectInput key="kind" source="kind" choices={kinds} alwaysOn />,
    <ProvinceInput key="provinceCode" source="provinceCode" />,
  ];
  return (
    <List filters={filters} actions={<EventActions />}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="title" sortable={false} />
        <EnumField source="kind" group="eventKind" sortable={false} />
        <BeDateField source="startsAt" sortable={false} />
        <EnumField source="mode" group="eventMode" sortable={false} />
        <TextField source="venue" sortable={false} />
        <TextField source="attendance.attended" sortable={false} />
        <TextField source="attendance.target" sortable={false} />
        <EnumField source="status" group="eventStatus" sortable={false} />
      </Datagrid>
    </List>
  );
}

/** The same form creates and edits; the kind and organising province are fixed once the event exists. */
function EventForm({ creating }: { creating: boolean }) {
  const kinds = useChoices("eventKind", KINDS);
  const modes = useChoices("eventMode", MODES);
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

function EventShowActions() {
  const record = useRecordContext();
  const { permissions } = usePermissions();
  if (!record || !mayOrganise(permissions) || record.status !== "SCHEDULED") return <TopToolbar />;
  return (
    <TopToolbar>
      <EditButton />
      <WorkflowButton label="cl.event.cancel" mutation={CANCEL} needsReason />
    </TopToolbar>
  );
}

export function EventShow() {
  const { permissions } = usePermissions();
  return (
    <Show actions={<EventShowActions />}>
      <SimpleShowLayout>
        <TextField source="title" />
        <EnumField source="kind" group="eventKind" />
        <EnumField source="status" group="eventStatus" />
        <TextField source="cancelReason" emptyText="-" />
        <BeDateField source="startsAt" showTime />
        <BeDateField source="endsAt" showTime />
        <EnumField source="mode" group="eventMode" />
        <TextField source="venue" emptyText="-" />
        <UrlField source="meetingUrl" emptyText="-" />
        <TextField source="fiscalYear" />
        <TextField source="organiserProvinceCode" emptyText="-" />
        <ArrayField source="tambons">
          <SingleFieldList linkType={false}>
            <ChipField source="nameTh" size="small" />
          </SingleFieldList>
        </ArrayField>
        <TextField source="targetLeadersPerTambon" />
        <Participants />
      </SimpleShowLayout>
      {(permissions === "ADMIN" || permissions === "EXECUTIVE") && <HistoryPanel entity="Event" subgraph="activities" />}
    </Show>
  );
}

export const events = { list: EventList, show: EventShow, ...formPages(EventForm), icon: EventIcon };

const CANCEL = `mutation CancelEvent($id: ID!, $reason: String!) { cancelEvent(id: $id, reason: $reason) { id status } }`;
