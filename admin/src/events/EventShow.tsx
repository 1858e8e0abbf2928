import {
  ArrayField,
  ChipField,
  EditButton,
  Show,
  SimpleShowLayout,
  SingleFieldList,
  TextField,
  TopToolbar,
  UrlField,
  usePermissions,
  useRecordContext,
} from "react-admin";
import { Evidence } from "../evidence/Evidence";
import { BeDateField } from "../fields/dates";
import { EnumField } from "../fields/enums";
import { ProvinceField } from "../fields/places";
import { HistoryPanel } from "../history/HistoryPanel";
import { CancelEventButton } from "./CancelEventButton";
import { mayOrganise } from "./choices";
import { Participants } from "./Participants";
import { PrintSignInSheetButton } from "./PrintSignInSheetButton";

function EventShowActions() {
  const record = useRecordContext();
  const { permissions } = usePermissions();
  const organising = record && mayOrganise(permissions) && record.status === "SCHEDULED";
  return (
    <TopToolbar>
      {record && <PrintSignInSheetButton />}
      {organising && <EditButton />}
      {organising && <CancelEventButton />}
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
        <ProvinceField source="organiserProvinceCode" />
        <ArrayField source="tambons">
          <SingleFieldList linkType={false}>
            <ChipField source="nameTh" size="small" />
          </SingleFieldList>
        </ArrayField>
        <TextField source="targetLeadersPerTambon" />
        <Evidence target="event" label="cl.evidence.eventFiles" />
        <Participants />
      </SimpleShowLayout>
      {(permissions === "ADMIN" || permissions === "EXECUTIVE") && <HistoryPanel entity="Event" subgraph="activities" />}
    </Show>
  );
}
