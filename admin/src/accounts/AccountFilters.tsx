import { NullableBooleanInput, SelectInput, TextInput } from "react-admin";
import { ProvinceInput } from "../inputs/places";
import { useRoles } from "./choices";

/** The account list's filters: a name search and the role, then the province and whether the login is active. */
export function useAccountFilters() {
  const roles = useRoles();
  return [
    <TextInput key="search" source="search" alwaysOn />,
    <SelectInput key="role" source="role" choices={roles} alwaysOn />,
    <ProvinceInput key="provinceCode" source="provinceCode" />,
    <NullableBooleanInput key="active" source="active" />,
  ];
}
