import { Datagrid, List, TextField, UrlField, usePermissions } from "react-admin";
import { BeDateField } from "../fields/dates";
import { EnumField } from "../fields/enums";
import { TambonField } from "../fields/places";
import { ListActions } from "../list/ListActions";
import { PhoneList } from "../list/PhoneList";
import { mayRecord } from "./choices";
import { DrawButton } from "./DrawButton";
import { engagementPostFilters } from "./EngagementPostFilters";

const CSV_COLUMNS = ["id", "channel", "url", "title", "tambonCode", "provinceCode", "postedAt"];

export function EngagementPostList() {
  const { permissions } = usePermissions();
  return (
    <>
      <List filters={engagementPostFilters} actions={<ListActions columns={CSV_COLUMNS} mayCreate={mayRecord(permissions)} />}>
        <PhoneList
          primary={<EnumField source="channel" group="channel" />}
          secondary={<TambonField source="tambon" />}
          tertiary={<BeDateField source="postedAt" />}
        >
          <Datagrid rowClick="show" bulkActionButtons={false}>
            <EnumField source="channel" group="channel" sortable={false} />
            <UrlField source="url" sortable={false} onClick={(e) => e.stopPropagation()} />
            <TambonField source="tambon" sortable={false} />
            <BeDateField source="postedAt" sortable={false} />
            <TextField source="latestSample.likes" sortable={false} />
            <TextField source="latestSample.follows" sortable={false} />
            <TextField source="latestSample.shares" sortable={false} />
          </Datagrid>
        </PhoneList>
      </List>
      <DrawButton />
    </>
  );
}
