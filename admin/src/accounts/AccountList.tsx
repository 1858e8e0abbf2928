import { BooleanField, Datagrid, List, TextField, WithRecord, useGetIdentity } from "react-admin";
import { BeDateField } from "../fields/dates";
import { EnumField } from "../fields/enums";
import { ProvinceField } from "../fields/places";
import { ListActions } from "../list/ListActions";
import { Line, PhoneList } from "../list/PhoneList";
import { useAccountFilters } from "./AccountFilters";
import { DeactivateAccountButton } from "./DeactivateAccountButton";
import { ReactivateAccountButton } from "./ReactivateAccountButton";
import { ResetPasswordButton } from "./ResetPasswordButton";

const CSV_COLUMNS = ["id", "username", "displayName", "role", "provinceCode", "regionCode", "active", "createdAt"];

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
            {account.active ? <DeactivateAccountButton /> : <ReactivateAccountButton />}
            <ResetPasswordButton />
          </span>
        )
      }
    />
  );
}

/** Admins: the panel's logins by role, province, state or name. */
export function AccountList() {
  const filters = useAccountFilters();
  return (
    <List filters={filters} actions={<ListActions columns={CSV_COLUMNS} mayCreate />}>
      <PhoneList
        primary={
          <Line>
            <TextField source="username" />
            <TextField source="displayName" />
          </Line>
        }
        secondary={
          <Line>
            <EnumField source="role" group="role" />
            <ProvinceField source="provinceCode" sortable={false} />
          </Line>
        }
        tertiary={<AccountActions label="cl.account.actions" />}
        rowClick={false}
      >
        <Datagrid bulkActionButtons={false} rowClick={false}>
          <TextField source="username" sortable={false} />
          <TextField source="displayName" sortable={false} />
          <EnumField source="role" group="role" sortable={false} />
          <ProvinceField source="provinceCode" sortable={false} />
          <TextField source="regionCode" sortable={false} emptyText="-" />
          <BooleanField source="active" sortable={false} />
          <BeDateField source="createdAt" sortable={false} />
          <AccountActions label="cl.account.actions" />
        </Datagrid>
      </PhoneList>
    </List>
  );
}
