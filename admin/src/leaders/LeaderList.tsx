import { Datagrid, List, TextField, usePermissions } from "react-admin";
import { BeDateField } from "../fields/dates";
import { EnumField } from "../fields/enums";
import { TambonField } from "../fields/places";
import { ListActions } from "../list/ListActions";
import { Line, PhoneList } from "../list/PhoneList";
import { useLeaderFilters } from "./LeaderFilters";

const CSV_COLUMNS = [
  "id",
  "title",
  "firstName",
  "lastName",
  "tambonCode",
  "districtCode",
  "provinceCode",
  "villageNo",
  "cohortYear",
  "status",
  "communityRole",
];

function LeaderActions() {
  const { permissions } = usePermissions();
  return <ListActions columns={CSV_COLUMNS} mayCreate={permissions === "ADMIN" || permissions === "PROVINCE_OFFICER"} />;
}

export function LeaderList() {
  const filters = useLeaderFilters();
  return (
    <List filters={filters} actions={<LeaderActions />} sort={{ field: "lastName", order: "ASC" }}>
      <PhoneList
        primary={
          <Line>
            <TextField source="title" />
            <TextField source="firstName" />
            <TextField source="lastName" />
          </Line>
        }
        secondary={
          <Line>
            <TambonField source="tambon" />
            <TextField source="cohortYear" />
          </Line>
        }
        tertiary={<EnumField source="status" group="status" />}
      >
        <Datagrid rowClick="show" bulkActionButtons={false}>
          <TextField source="title" sortable={false} />
          <TextField source="firstName" />
          <TextField source="lastName" />
          <TambonField source="tambon" sortBy="tambonCode" />
          <TextField source="cohortYear" />
          <TextField source="birthYear" sortable={false} emptyText="-" />
          <EnumField source="status" group="status" sortable={false} />
          <BeDateField source="createdAt" />
        </Datagrid>
      </PhoneList>
    </List>
  );
}
