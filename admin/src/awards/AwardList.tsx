import { Datagrid, List, TextField, usePermissions } from "react-admin";
import { EnumField } from "../fields/enums";
import { BahtField } from "../fields/money";
import { ProvinceField, TambonField } from "../fields/places";
import { ListActions } from "../list/ListActions";
import { Line, PhoneList, ScrollBox } from "../list/PhoneList";
import { AwardAmounts } from "./AwardAmounts";
import { useAwardFilters } from "./AwardFilters";

const CSV_COLUMNS = ["id", "provinceCode", "fiscalYear", "level", "rank", "amount", "recordedTotal", "approvedTotal", "paidTotal", "remaining"];

export function AwardList() {
  const { permissions } = usePermissions();
  const filters = useAwardFilters();
  return (
    <>
      <List filters={filters} actions={<ListActions columns={CSV_COLUMNS} />}>
        <PhoneList
          primary={<TambonField source="tambon" />}
          secondary={
            <Line>
              <TextField source="fiscalYear" />
              <EnumField source="level" group="level" />
            </Line>
          }
          tertiary={<BahtField source="amount" />}
        >
          <Datagrid rowClick="show" bulkActionButtons={false}>
            <TambonField source="tambon" sortable={false} />
            <ProvinceField source="provinceCode" sortable={false} />
            <TextField source="fiscalYear" sortable={false} />
            <EnumField source="level" group="level" sortable={false} />
            <BahtField source="amount" sortable={false} />
            <BahtField source="recordedTotal" sortable={false} />
            <BahtField source="approvedTotal" sortable={false} />
            <BahtField source="paidTotal" sortable={false} />
            <BahtField source="remaining" sortable={false} />
          </Datagrid>
        </PhoneList>
      </List>
      {permissions !== "PROVINCE_OFFICER" && (
        <ScrollBox>
          <AwardAmounts />
        </ScrollBox>
      )}
    </>
  );
}
