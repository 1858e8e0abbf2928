import { NumberInput, SelectInput, useTranslate } from "react-admin";
import { LESSON_STATUSES } from "./choices";

/** The summary list's filters: the fiscal year and the status. */
export function useLessonSummaryFilters() {
  const translate = useTranslate();
  return [
    <NumberInput key="fiscalYear" source="fiscalYear" alwaysOn />,
    <SelectInput key="status" source="status" choices={LESSON_STATUSES.map((id) => ({ id, name: translate(`enums.lesson.${id}`) }))} alwaysOn />,
  ];
}
