import { Show, SimpleShowLayout, TextField, usePermissions } from "react-admin";
import { BeDateField } from "../fields/dates";
import { EnumField } from "../fields/enums";
import { TambonField } from "../fields/places";
import { HistoryPanel } from "../history/HistoryPanel";
import { AccessLogPanel } from "./AccessLogPanel";

export function LeaderShow() {
  const { permissions } = usePermissions();
  return (
    <Show>
      <SimpleShowLayout>
        <TextField source="title" />
        <TextField source="firstName" />
        <TextField source="lastName" />
        <EnumField source="gender" group="gender" />
        <BeDateField source="birthDate" />
        <TextField source="nationalId" />
        <TextField source="phone" />
        <TextField source="communityRole" />
        <TambonField source="tambon" />
        <TextField source="villageNo" />
        <TextField source="cohortYear" />
        <EnumField source="status" group="status" />
        <BeDateField source="createdAt" showTime />
        <BeDateField source="updatedAt" showTime />
      </SimpleShowLayout>
      {permissions === "ADMIN" && <HistoryPanel entity="Leader" />}
      {permissions === "ADMIN" && <AccessLogPanel />}
    </Show>
  );
}
