import { NumberInput, SelectInput, useTranslate } from "react-admin";
import { NOMINATION_STATUSES, ROUNDS } from "./choices";

/** The nomination list's filters: the fiscal year and status, then the round. */
export function useNominationFilters() {
  const translate = useTranslate();
  return [
    <NumberInput key="fiscalYear" source="fiscalYear" alwaysOn />,
    <SelectInput
      key="status"
      source="status"
      alwaysOn
      choices={NOMINATION_STATUSES.map((id) => ({ id, name: translate(`enums.nomination.${id}`) }))}
    />,
    <SelectInput key="round" source="round" choices={ROUNDS.map((id) => ({ id, name: translate(`enums.round.${id}`) }))} />,
  ];
}
