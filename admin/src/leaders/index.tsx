import PersonIcon from "@mui/icons-material/Person";
import {
  Datagrid,
  List,
  NumberInput,
  SelectInput,
  Show,
  SimpleForm,
  SimpleShowLayout,
  TextField,
  TextInput,
  required,
  usePermissions,
  useTranslate,
} from "react-admin";
import { BeDateField, EnumField, HistoryPanel, ListActions, TambonField } from "../fields";
import { formPages } from "../formPages";
import { BeDateInput, ProvinceInput, TambonInput } from "../inputs";
import { me } from "../authProvider";
import { AccessLogPanel } from "./AccessLogPanel";

const STATUS = ["ACTIVE", "WITHDRAWN"];
const GENDER = ["MALE", "FEMALE", "OTHER"];

function useChoices(group: string, values: string[]) {
  const translate = useTranslate();
  return values.map((id) => ({ id, name: translate(`enums.${group}.${id}`) }));
}

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
  const statuses = useChoices("status", STATUS);
  const filters = [
    <TextInput key="search" source="search" alwaysOn />,
    <ProvinceInput key="provinceCode" source="provinceCode" />,
    <TambonInput key="tambonCode" source="tambonCode" label="resources.leaders.fields.tambon" />,
    <NumberInput key="cohortYear" source="cohortYear" />,
    <SelectInput key="status" source="status" choices={statuses} />,
  ];
  return (
    <List filters={filters} actions={<LeaderActions />} sort={{ field: "lastName", order: "ASC" }}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="title" sortable={false} />
        <TextField source="firstName" />
        <TextField source="lastName" />
        <TambonField source="tambon" sortBy="tambonCode" />
        <TextField source="cohortYear" />
        <EnumField source="status" group="status" sortable={false} />
        <BeDateField source="createdAt" />
      </Datagrid>
    </List>
  );
}

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

function LeaderForm({ creating }: { creating: boolean }) {
  const statuses = useChoices("status", STATUS);
  const genders = useChoices("gender", GENDER);
  const must = creating ? [required()] : [];
  const { permissions } = usePermissions();
  const province = permissions === "PROVINCE_OFFICER" ? (me()?.provinceCode ?? null) : null;
  return (
    <SimpleForm>
      <TextInput source="title" validate={must} />
      <TextInput source="firstName" validate={must} />
      <TextInput source="lastName" validate={must} />
      <SelectInput source="gender" choices={genders} />
      <BeDateInput source="birthDate" />
      <TextInput source="nationalId" validate={must} />
      <TextInput source="phone" />
      <TextInput source="communityRole" />
      <TambonInput source="tambonCode" provinceCode={province} validate={must} label="resources.leaders.fields.tambon" />
      <NumberInput source="villageNo" />
      <NumberInput source="cohortYear" validate={must} />
      <SelectInput source="status" choices={statuses} defaultValue="ACTIVE" />
    </SimpleForm>
  );
}

export const leaders = { list: LeaderList, show: LeaderShow, ...formPages(LeaderForm), icon: PersonIcon };
