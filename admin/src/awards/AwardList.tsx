import { Datagrid, List, TextField, usePermissions } from "react-admin";
import { EnumField } from "../fields/enums";
import { BahtField } from "../fields/money";
import { TambonField } from "../fields/places";
import { ListActions } from "../list/ListActions";
import { AwardAmounts } from "./AwardAmounts";
import { useAwardFilters } from "./AwardFilters";

const CSV_COLUMNS = ["id", "provinceCode", "fiscalYear", "level", "rank", "amount", "disbursedTotal", "remaining"];

export function AwardList() {
  const { permissions } = usePermissions();
  const filters = useAwardFilters();
  return (
    <>
      <List filters={filters} actions={<ListActions columns={CSV_COLUMNS} />}>
        <Datagrid rowClick="show" bulkActionButtons={false}>
          <TambonField source="tambon" sortable={false} />
          <TextField source="provinceCode" sortable={false} />
          <TextField source="fiscalYear" sortable={false} />
          <EnumField source="level" group="level" sortable={false} />
          <BahtField source="amount" sortable={false} />
          <BahtField source="disbursedTotal" sortable={false} />
          <BahtField source="remaining" sortable={false} />
        </Datagrid>
      </List>
      {permissions !== "PROVINCE_OFFICER" && <AwardAmounts />}
    </>
  );
}
