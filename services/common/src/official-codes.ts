import { Matches, Max, Min, type ValidationOptions } from "class-validator";
import { MAX_FISCAL_YEAR, MIN_FISCAL_YEAR } from "./input-rules";

/**
 * The shapes of the official codes and of a Buddhist-Era fiscal year, as input validators: one
 * definition for every subgraph. Messages name the field ("tambonCode is six digits").
 */
export const IsProvinceCode = (options: ValidationOptions = {}) => Matches(/^\d{2}$/, { message: "$property is two digits", ...options });
export const IsDistrictCode = (options: ValidationOptions = {}) => Matches(/^\d{4}$/, { message: "$property is four digits", ...options });
export const IsTambonCode = (options: ValidationOptions = {}) => Matches(/^\d{6}$/, { message: "$property is six digits", ...options });

/** A Buddhist-Era fiscal year such as 2564 (FY 2564 = 1 Oct 2020 – 30 Sep 2021). */
export function IsFiscalYear(): PropertyDecorator {
  return (target, property) => {
    Min(MIN_FISCAL_YEAR)(target, property as string);
    Max(MAX_FISCAL_YEAR)(target, property as string);
  };
}
