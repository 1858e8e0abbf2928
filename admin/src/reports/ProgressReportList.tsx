import { Datagrid, List, TextField, usePermissions } from "react-admin";
import { BeDateField } from "../fields/dates";
import { EnumField } from "../fields/enums";
import { TambonField } from "../fields/places";
import { ListActions } from "../list/ListActions";
import { Line, PhoneList } from "../list/PhoneList";
import { mayReport } from "./choices";
import { useProgressReportFilters } from "./ProgressReportFilters";

const CSV_COLUMNS = ["id", "tambonCode", "provinceCode", "fiscalYear", "periodStart", "periodEnd", "status", "narrative", "evidenceLinks"];

export function ProgressReportList() {
  const { permissions } = usePermissions();
  const filters = useProgressReportFilters();
  return (
    <List filters={filters} actions={<ListActions columns={CSV_COLUMNS} mayCreate={mayReport(permissions)} />}>
      <PhoneList
        primary={<TambonField source="tambon" />}
        secondary={
          <Line>
            <BeDateField source="periodStart" />–<BeDateField source="periodEnd" />
          </Line>
        }
        tertiary={<EnumField source="status" group="report" />}
      >
        <Datagrid rowClick="show" bulkActionButtons={false}>
          <TambonField source="tambon" sortable={false} />
          <BeDateField source="periodStart" sortable={false} />
          <BeDateField source="periodEnd" sortable={false} />
          <EnumField source="status" group="report" sortable={false} />
          <TextField source="fiscalYear" sortable={false} />
        </Datagrid>
      </PhoneList>
    </List>
  );
}
