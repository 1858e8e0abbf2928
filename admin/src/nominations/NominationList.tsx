import { CreateButton, Datagrid, List, TextField, usePermissions } from "react-admin";
import { EnumField } from "../fields/enums";
import { TambonField } from "../fields/places";
import { ListActions } from "../list/ListActions";
import { Line, PhoneList } from "../list/PhoneList";
import { useNominationFilters } from "./NominationFilters";

const CSV_COLUMNS = ["id", "provinceCode", "fiscalYear", "round", "status", "reviewCount", "averageScore", "rank", "summary"];

/** Only officers put a tambon forward. */
function NominateButton() {
  const { permissions } = usePermissions();
  return permissions === "ADMIN" || permissions === "PROVINCE_OFFICER" ? <CreateButton /> : null;
}

export function NominationList() {
  const filters = useNominationFilters();
  return (
    <List
      filters={filters}
      actions={
        <ListActions columns={CSV_COLUMNS}>
          <NominateButton />
        </ListActions>
      }
    >
      <PhoneList
        primary={<TambonField source="tambon" />}
        secondary={
          <Line>
            <TextField source="fiscalYear" />
            <EnumField source="round" group="round" />
          </Line>
        }
        tertiary={<EnumField source="status" group="nomination" />}
      >
        <Datagrid rowClick="show" bulkActionButtons={false}>
          <TambonField source="tambon" sortable={false} />
          <TextField source="fiscalYear" sortable={false} />
          <EnumField source="round" group="round" sortable={false} />
          <EnumField source="status" group="nomination" sortable={false} />
          <TextField source="reviewCount" sortable={false} />
          <TextField source="averageScore" sortable={false} />
        </Datagrid>
      </PhoneList>
    </List>
  );
}
