import { Datagrid, List, TextField, usePermissions } from "react-admin";
import { BeDateField } from "../fields/dates";
import { EnumField } from "../fields/enums";
import { ListActions } from "../list/ListActions";
import { Line, PhoneList } from "../list/PhoneList";
import { mayOrganise } from "./choices";
import { useEventFilters } from "./EventFilters";

const CSV_COLUMNS = ["id", "kind", "title", "startsAt", "endsAt", "mode", "venue", "meetingUrl", "fiscalYear", "organiserProvinceCode", "status"];

function EventActions() {
  const { permissions } = usePermissions();
  return <ListActions columns={CSV_COLUMNS} mayCreate={mayOrganise(permissions)} />;
}

export function EventList() {
  const filters = useEventFilters();
  return (
    <List filters={filters} actions={<EventActions />}>
      <PhoneList
        primary={<TextField source="title" />}
        secondary={
          <Line>
            <BeDateField source="startsAt" />
            <EnumField source="mode" group="eventMode" />
          </Line>
        }
        tertiary={<EnumField source="status" group="eventStatus" />}
      >
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
      </PhoneList>
    </List>
  );
}
