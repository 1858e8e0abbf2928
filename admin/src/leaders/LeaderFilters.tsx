import { NumberInput, SelectInput, TextInput } from "react-admin";
import { useChoices } from "../inputs/choices";
import { ProvinceInput, TambonInput } from "../inputs/places";
import { LEADER_STATUSES } from "./choices";

/** The leader list's filters: a name search, then the place, the cohort and the status. */
export function useLeaderFilters() {
  const statuses = useChoices("status", LEADER_STATUSES);
  return [
    <TextInput key="search" source="search" alwaysOn />,
    <ProvinceInput key="provinceCode" source="provinceCode" />,
    <TambonInput key="tambonCode" source="tambonCode" label="resources.leaders.fields.tambon" />,
    <NumberInput key="cohortYear" source="cohortYear" />,
    <SelectInput key="status" source="status" choices={statuses} />,
  ];
}
