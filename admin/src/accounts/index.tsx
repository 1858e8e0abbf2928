import PeopleIcon from "@mui/icons-material/ManageAccounts";
import { useEffect, useState } from "react";
import {
  BooleanField,
  Create,
  Datagrid,
  FormDataConsumer,
  List,
  NullableBooleanInput,
  NumberInput,
  PasswordInput,
  SelectInput,
  SimpleForm,
  TextField,
  TextInput,
  WithRecord,
  minLength,
  required,
  useGetIdentity,
  useTranslate,
} from "react-admin";
import { BeDateField, EnumField, ListActions } from "../fields";
import { gql } from "../graphql";
import { ProvinceInput } from "../inputs";
import { WorkflowButton } from "../workflow";

const ROLES = ["ADMIN", "PROVINCE_OFFICER", "INSPECTOR", "JUDGE", "BUDGET_OFFICER", "EXECUTIVE"];
const DEACTIVATE = `mutation Deactivate($id: ID!) { deactivateAccount(id: $id) { id active } }`;
const REACTIVATE = `mutation Reactivate($id: ID!) { reactivateAccount(id: $id) { id active } }`;
const RESET_PASSWORD = `mutation ResetPassword($id: ID!, $newPassword: String!) { resetPassword(id: $id, newPassword: $newPassword) { id } }`;
const CSV_COLUMNS = ["id", "username", "displayName", "role", "provinceCode", "regionCode", "active", "createdAt"];
/** The fiscal year whose inspection regions an inspector's login names by default. */
const REGION_YEAR = 2564;

function useRoles() {
  const translate = useTranslate();
  return ROLES.map((id) => ({ id, name: translate(`enums.role.${id}`) }));
}

/** Admins: the panel's logins by role, province, state or name. */
export function AccountList() {
  const roles = useRoles();
  const filters = [
    <TextInput key="search" source="search" alwaysOn />,
    <SelectInput key="role" source="role" choices={roles} alwaysOn />,
    <ProvinceInput key="provinceCode" source="provinceCode" />,
    <NullableBooleanInput key="active" source="active" />,
  ];
  return (
    <List filters={filters} actions={<ListActions columns={CSV_COLUMNS} mayCreate />}>
      <Datagrid bulkActionButtons={false} rowClick={false}>
        <TextField source="username" sortable={false} />
        <TextField source="displayName" sortable={false} />
        <EnumField source="role" group="role" sortable={false} />
        <TextField source="provinceCode" sortable={false} emptyText="-" />
        <TextField source="regionCode" sortable={false} emptyText="-" />
        <BooleanField source="active" sortable={false} />
        <BeDateField source="createdAt" sortable={false} />
        <AccountActions label="cl.account.actions" />
      </Datagrid>
    </List>
  );
}

/**
 * An admin's actions on a login: deactivate it (its tokens stop at once) or let it in again, and set a
 * new password (its sessions end). Not on the admin's own row: the API refuses that, so it is not offered.
 */
function AccountActions(_: { label: string }) {
  const { identity } = useGetIdentity();
  return (
    <WithRecord
      render={(account: { id: string; active: boolean }) =>
        account.id === identity?.id ? null : (
          <span style={{ display: "flex", gap: 8 }}>
            {account.active ? (
              <WorkflowButton label="cl.account.deactivate" mutation={DEACTIVATE} needsReason={false} />
            ) : (
              <WorkflowButton label="cl.account.reactivate" mutation={REACTIVATE} needsReason={false} />
            )}
            <WorkflowButton
              label="cl.account.resetPassword"
              mutation={RESET_PASSWORD}
              needsReason={false}
              prompt={{ variable: "newPassword", label: "cl.account.newPassword", secret: true }}
            />
          </span>
        )
      }
    />
  );
}

/** The inspection regions of a fiscal year, for an inspector's login. */
function RegionInput({ fiscalYear }: { fiscalYear: number }) {
  const [regions, setRegions] = useState<{ id: string; name: string }[]>([]);
  useEffect(() => {
    gql<{ inspectionRegions: { code: string; nameTh: string }[] }>(`query R($y: Int!) { inspectionRegions(fiscalYear: $y) { code nameTh } }`, {
      y: fiscalYear,
    })
      .then((data) => setRegions(data.inspectionRegions.map((r) => ({ id: r.code, name: `${r.code} · ${r.nameTh}` }))))
      .catch(() => setRegions([]));
  }, [fiscalYear]);
  return <SelectInput source="regionCode" choices={regions} validate={required()} />;
}

export const AccountCreate = () => {
  const roles = useRoles();
  return (
    <Create redirect="list">
      <SimpleForm defaultValues={{ role: "PROVINCE_OFFICER", fiscalYear: REGION_YEAR }}>
        <TextInput source="username" validate={required()} autoComplete="off" />
        <PasswordInput source="password" validate={[required(), minLength(12)]} autoComplete="new-password" />
        <TextInput source="displayName" validate={required()} fullWidth />
        <SelectInput source="role" choices={roles} validate={required()} />
        <FormDataConsumer>
          {({ formData }) =>
            formData.role === "PROVINCE_OFFICER" ? (
              <ProvinceInput source="provinceCode" />
            ) : formData.role === "INSPECTOR" ? (
              <>
                <NumberInput source="fiscalYear" />
                <RegionInput fiscalYear={Number(formData.fiscalYear) || REGION_YEAR} />
              </>
            ) : null
          }
        </FormDataConsumer>
      </SimpleForm>
    </Create>
  );
};

export const accounts = { list: AccountList, create: AccountCreate, icon: PeopleIcon };
