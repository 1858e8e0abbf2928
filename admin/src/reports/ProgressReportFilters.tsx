import { NumberInput, SelectInput, useTranslate } from "react-admin";
import { ProvinceInput } from "../inputs/places";
import { REPORT_STATUSES } from "./choices";

/** The report list's filters: the fiscal year and status, then the province. */
export function useProgressReportFilters() {
  const translate = useTranslate();
  return [
    <NumberInput key="fiscalYear" source="fiscalYear" alwaysOn />,
    <SelectInput key="status" source="status" choices={REPORT_STATUSES.map((id) => ({ id, name: translate(`enums.report.${id}`) }))} alwaysOn />,
    <ProvinceInput key="provinceCode" source="provinceCode" />,
  ];
}
