import { NumberInput, SelectInput, useTranslate } from "react-admin";
import { AWARD_LEVELS } from "./choices";

/** The award list's filters: the fiscal year, then the level. */
export function useAwardFilters() {
  const translate = useTranslate();
  return [
    <NumberInput key="fiscalYear" source="fiscalYear" alwaysOn />,
    <SelectInput key="level" source="level" choices={AWARD_LEVELS.map((id) => ({ id, name: translate(`enums.level.${id}`) }))} />,
  ];
}
