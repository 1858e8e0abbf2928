import { Datagrid, List, TextField, usePermissions } from "react-admin";
import { BeDateField } from "../fields/dates";
import { EnumField } from "../fields/enums";
import { TambonField } from "../fields/places";
import { ListActions } from "../list/ListActions";
import { Line, PhoneList } from "../list/PhoneList";
import { mayWrite } from "./choices";
import { useLessonSummaryFilters } from "./LessonSummaryFilters";

const CSV_COLUMNS = ["id", "provinceCode", "fiscalYear", "awardId", "title", "status", "successFactors", "challenges", "lessons", "recommendations"];

export function LessonSummaryList() {
  const { permissions } = usePermissions();
  const filters = useLessonSummaryFilters();
  return (
    <List filters={filters} actions={<ListActions columns={CSV_COLUMNS} mayCreate={mayWrite(permissions)} />}>
      <PhoneList
        primary={<TextField source="title" />}
        secondary={
          <Line>
            <TambonField source="tambon" />
            <TextField source="fiscalYear" />
          </Line>
        }
        tertiary={<EnumField source="status" group="lesson" />}
      >
        <Datagrid rowClick="show" bulkActionButtons={false}>
          <TextField source="title" sortable={false} />
          <TambonField source="tambon" sortable={false} />
          <TextField source="fiscalYear" sortable={false} />
          <EnumField source="status" group="lesson" sortable={false} />
          <BeDateField source="publishedAt" sortable={false} />
        </Datagrid>
      </PhoneList>
    </List>
  );
}
