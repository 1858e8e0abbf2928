import { MenuItem, TextField } from "@mui/material";
import { useState } from "react";
import { useTranslate } from "react-admin";
import { me } from "../authProvider";
import { fiscalYearOfToday, useFiscalYears } from "../fiscal-years/useFiscalYears";

/**
 * The fiscal year a page shows and the years to pick from: the API's years and today's (Bangkok time). Executives and
 * budget officers open on today's year; an admin opens on the working year (the newest set up: a copied next year
 * becomes the one an admin works in).
 */
export function useChosenYear(): { fiscalYear: number | null; years: number[]; closed: boolean; choose: (year: number) => void } {
  const { years, current } = useFiscalYears();
  const [chosen, setChosen] = useState<number | null>(null);
  const today = fiscalYearOfToday();
  const opening = me()?.role === "ADMIN" ? current : current === null ? null : today;
  const fiscalYear = chosen ?? opening;
  const all = [...new Set([today, ...years.map((year) => year.fiscalYear)])].sort((a, b) => b - a);
  const closed = years.find((year) => year.fiscalYear === fiscalYear)?.status === "CLOSED";
  return { fiscalYear, years: all, closed, choose: setChosen };
}

/** The fiscal-year picker (BE), labelled ปีงบประมาณ. */
export function YearPicker({ value, years, onChange }: { value: number | null; years: number[]; onChange: (year: number) => void }) {
  const translate = useTranslate();
  return (
    <TextField
      select
      size="small"
      sx={{ width: 180 }}
      label={translate("cl.fiscalYears.year")}
      value={value ?? ""}
      onChange={(e) => onChange(Number(e.target.value))}
    >
      {years.map((year) => (
        <MenuItem key={year} value={year}>
          {year}
        </MenuItem>
      ))}
    </TextField>
  );
}
