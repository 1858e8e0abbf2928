import { NumberInput, SelectInput } from "react-admin";
import { useChoices } from "../inputs/choices";
import { ProvinceInput } from "../inputs/places";
import { EVENT_KINDS } from "./choices";

/** The event list's filters: the fiscal year and kind, then the province. */
export function useEventFilters() {
  const kinds = useChoices("eventKind", EVENT_KINDS);
  return [
    <NumberInput key="fiscalYear" source="fiscalYear" alwaysOn />,
    <SelectInput key="kind" source="kind" choices={kinds} alwaysOn />,
    <ProvinceInput key="provinceCode" source="provinceCode" />,
  ];
}
